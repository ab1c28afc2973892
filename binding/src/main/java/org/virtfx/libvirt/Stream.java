package org.virtfx.libvirt;

import com.sun.jna.Pointer;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ReadOnlyBufferException;
import java.util.Objects;
import java.util.Set;
import org.virtfx.libvirt.internal.Scratch;

/**
 * A data stream ({@code virStreamPtr}): the channel of volume uploads and downloads, consoles
 * and screenshots. Made by {@link Connect#newStream(Set)}.
 *
 * <p>Thread-safe as a handle; the data calls of one stream should come from one thread at a time
 * (libvirt's rule). Binary data is {@code byte[]} or {@link ByteBuffer}, never text. The caller
 * owns the handle and must {@link #close()} it; a close during a call (such as a blocking
 * {@link #recv}) frees the stream only when that call returns. Java handlers given to the
 * {@code *All} calls and to {@link #eventAddCallback} are kept reachable for as long as libvirt
 * may call them, and their exceptions never reach C.
 *
 * @see <a href="https://libvirt.org/html/libvirt-libvirt-stream.html">libvirt-stream</a>
 */
public final class Stream extends Handle {
    /** Returned by send and receive calls of a non-blocking stream that would have to wait. */
    public static final int WOULD_BLOCK = -2;
    /**
     * Returned by {@link #recvFlags} with {@link StreamRecvFlagsValues.STOP_AT_HOLE} at a hole; then call
     * {@link #recvHole()}.
     */
    public static final int HOLE = -3;

    /** Bytes copied per call for {@code byte[]} and heap buffers (libvirt's largest message payload). */
    static final int CHUNK = 256 * 1024;

    Stream(Pointer pointer) {
        super(pointer, "Stream", CStream::virStreamFree, p -> "stream");
    }

    /**
     * Returns a second, independent handle to this stream.
     *
     * <p>Wraps {@code virStreamRef}.
     *
     * @return a handle the caller closes on its own
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-stream.html#virStreamRef">virStreamRef</a>
     */
    @Wraps("virStreamRef")
    public Stream ref() {
        return call(p -> {
            ErrorCapture.check(CStream.virStreamRef(p), "virStreamRef");
            return new Stream(p);
        });
    }

    /**
     * Sends bytes. May send fewer than given (at most {@value #CHUNK} per call); loop until all
     * are sent. Blocks on a blocking stream.
     *
     * <p>Wraps {@code virStreamSend}.
     *
     * @param data the bytes
     * @param offset where they start in {@code data}
     * @param length how many to send; 0 sends nothing (libvirt would read an empty send as the end)
     * @return how many were sent, or {@link #WOULD_BLOCK} on a non-blocking stream that is full
     * @throws IllegalArgumentException when {@code offset}/{@code length} do not fit {@code data}
     * @throws LibvirtException on error; the stream is then aborted
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-stream.html#virStreamSend">virStreamSend</a>
     */
    @Wraps("virStreamSend")
    public int send(byte[] data, int offset, int length) {
        StreamIo.checkRange(data, offset, length);
        return call(st -> StreamIo.send(st, data, offset, length));
    }

    /**
     * Sends the remaining bytes of a buffer (some of them), advancing its position by the count.
     * A direct buffer is sent without a copy.
     *
     * <p>Wraps {@code virStreamSend}.
     *
     * @param src the bytes between position and limit
     * @return how many were sent, or {@link #WOULD_BLOCK}
     * @see #send(byte[], int, int)
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-stream.html#virStreamSend">virStreamSend</a>
     */
    @Wraps("virStreamSend")
    public int send(ByteBuffer src) {
        Objects.requireNonNull(src, "src");
        return call(st -> StreamIo.send(st, src));
    }

    /**
     * Receives bytes. Blocks on a blocking stream until some arrive.
     *
     * <p>Wraps {@code virStreamRecv}.
     *
     * @param data where to put them
     * @param offset where to start in {@code data}
     * @param length the most to receive
     * @return how many arrived; 0 at the end of the stream (then call {@link #finish()}); or
     *     {@link #WOULD_BLOCK} on a non-blocking stream with nothing pending
     * @throws IllegalArgumentException when {@code offset}/{@code length} do not fit {@code data}
     * @throws LibvirtException on error; the stream is then aborted
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-stream.html#virStreamRecv">virStreamRecv</a>
     */
    @Wraps("virStreamRecv")
    public int recv(byte[] data, int offset, int length) {
        StreamIo.checkRange(data, offset, length);
        return call(st -> StreamIo.recv(st, data, offset, length, false, 0));
    }

    /**
     * Receives bytes into a buffer's remaining space, advancing its position by the count.
     *
     * <p>Wraps {@code virStreamRecv}.
     *
     * @param dst where to put them
     * @return how many arrived, 0 at the end, or {@link #WOULD_BLOCK}
     * @throws ReadOnlyBufferException when {@code dst} is read-only
     * @see #recv(byte[], int, int)
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-stream.html#virStreamRecv">virStreamRecv</a>
     */
    @Wraps("virStreamRecv")
    public int recv(ByteBuffer dst) {
        return recvInto(dst, 0);
    }

    /**
     * Receives bytes, optionally stopping at a hole of a sparse stream.
     *
     * <p>Wraps {@code virStreamRecvFlags}.
     *
     * @param data where to put them
     * @param offset where to start in {@code data}
     * @param length the most to receive
     * @param flags {@link StreamRecvFlagsValues.STOP_AT_HOLE} to stop at holes
     * @return how many arrived; 0 at the end; {@link #WOULD_BLOCK}; or {@link #HOLE} at a hole
     * @throws IllegalArgumentException when {@code offset}/{@code length} do not fit {@code data}
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-stream.html#virStreamRecvFlags">virStreamRecvFlags</a>
     */
    @Wraps("virStreamRecvFlags")
    public int recvFlags(byte[] data, int offset, int length, Set<StreamRecvFlagsValues> flags) {
        StreamIo.checkRange(data, offset, length);
        int mask = BitFlag.mask(flags);
        return call(st -> StreamIo.recv(st, data, offset, length, true, mask));
    }

    /**
     * Receives bytes into a buffer, optionally stopping at a hole.
     *
     * <p>Wraps {@code virStreamRecvFlags}.
     *
     * @param dst where to put them
     * @param flags {@link StreamRecvFlagsValues.STOP_AT_HOLE} to stop at holes
     * @return how many arrived; 0 at the end; {@link #WOULD_BLOCK}; or {@link #HOLE}
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-stream.html#virStreamRecvFlags">virStreamRecvFlags</a>
     */
    @Wraps("virStreamRecvFlags")
    public int recvFlags(ByteBuffer dst, Set<StreamRecvFlagsValues> flags) {
        return recvInto(dst, BitFlag.mask(flags));
    }

    private int recvInto(ByteBuffer dst, int mask) {
        Objects.requireNonNull(dst, "dst");
        if (dst.isReadOnly()) {
            throw new ReadOnlyBufferException();
        }
        return call(st -> StreamIo.recv(st, dst, mask));
    }

    /**
     * Tells the other end of a sparse stream to skip a hole.
     *
     * <p>Wraps {@code virStreamSendHole}.
     *
     * @param length the hole's length in bytes; not negative
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-stream.html#virStreamSendHole">virStreamSendHole</a>
     */
    @Wraps("virStreamSendHole")
    public void sendHole(long length) {
        if (length < 0) {
            throw new IllegalArgumentException("length must not be negative: " + length);
        }
        callInt("virStreamSendHole", st -> CStream.virStreamSendHole(st, length, 0));
    }

    /**
     * Returns the length of the hole a sparse stream is at (after {@link #recvFlags} returned
     * {@link #HOLE}).
     *
     * <p>Wraps {@code virStreamRecvHole}.
     *
     * @return the hole's length in bytes
     * @throws LibvirtException on error, or when the stream is not at a hole
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-stream.html#virStreamRecvHole">virStreamRecvHole</a>
     */
    @Wraps("virStreamRecvHole")
    public long recvHole() {
        return call(st -> {
            Pointer out = Scratch.get(8);
            ErrorCapture.check(CStream.virStreamRecvHole(st, out, 0), "virStreamRecvHole");
            return out.getLong(0);
        });
    }

    /**
     * Completes the transfer: flushes sent data and confirms that the other end succeeded.
     *
     * <p>Wraps {@code virStreamFinish}.
     *
     * @throws LibvirtException when the transfer failed
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-stream.html#virStreamFinish">virStreamFinish</a>
     */
    @Wraps("virStreamFinish")
    public void finish() {
        callInt("virStreamFinish", CStream::virStreamFinish);
    }

    /**
     * Cancels the transfer. A stream not yet used for a transfer aborts without error.
     *
     * <p>Wraps {@code virStreamAbort}.
     *
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-stream.html#virStreamAbort">virStreamAbort</a>
     */
    @Wraps("virStreamAbort")
    public void abort() {
        callInt("virStreamAbort", CStream::virStreamAbort);
    }

    /**
     * Sends everything a source supplies, blocking; then call {@link #finish()}.
     *
     * <p>Wraps {@code virStreamSendAll}.
     *
     * @param source supplies the data, on this thread
     * @throws IOException thrown by {@code source} (the stream is then aborted)
     * @throws LibvirtException when libvirt fails (the stream is then aborted)
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-stream.html#virStreamSendAll">virStreamSendAll</a>
     */
    @Wraps("virStreamSendAll")
    public void sendAll(StreamSource source) throws IOException {
        Objects.requireNonNull(source, "source");
        new StreamTransfer(source, null, null, null, null).run(this, "virStreamSendAll",
                (st, opaque) -> CStream.virStreamSendAll(st, StreamTransfer.SOURCE_FN, opaque));
    }

    /**
     * Receives everything into a sink, blocking; then call {@link #finish()}.
     *
     * <p>Wraps {@code virStreamRecvAll}.
     *
     * @param sink consumes the data, on this thread; {@code outputStream::write} will do
     * @throws IOException thrown by {@code sink} (the stream is then aborted)
     * @throws LibvirtException when libvirt fails (the stream is then aborted)
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-stream.html#virStreamRecvAll">virStreamRecvAll</a>
     */
    @Wraps("virStreamRecvAll")
    public void recvAll(StreamSink sink) throws IOException {
        Objects.requireNonNull(sink, "sink");
        new StreamTransfer(null, sink, null, null, null).run(this, "virStreamRecvAll",
                (st, opaque) -> CStream.virStreamRecvAll(st, StreamTransfer.SINK_FN, opaque));
    }

    /**
     * Sends a sparse source, data and holes, blocking; then call {@link #finish()}.
     *
     * <p>Wraps {@code virStreamSparseSendAll}.
     *
     * @param source supplies the data sections
     * @param hole tells whether the source is in data or a hole
     * @param skip moves the source past a hole
     * @throws IOException thrown by a handler (the stream is then aborted)
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-stream.html#virStreamSparseSendAll">virStreamSparseSendAll</a>
     */
    @Wraps("virStreamSparseSendAll")
    public void sparseSendAll(StreamSource source, StreamSourceHole hole, StreamSourceSkip skip) throws IOException {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(hole, "hole");
        Objects.requireNonNull(skip, "skip");
        new StreamTransfer(source, null, hole, skip, null).run(this, "virStreamSparseSendAll",
                (st, opaque) -> CStream.virStreamSparseSendAll(st, StreamTransfer.SOURCE_FN,
                        StreamTransfer.SOURCE_HOLE_FN, StreamTransfer.SOURCE_SKIP_FN, opaque));
    }

    /**
     * Receives a sparse stream, data and holes, blocking; then call {@link #finish()}.
     *
     * <p>Wraps {@code virStreamSparseRecvAll}.
     *
     * @param sink consumes the data sections
     * @param hole makes the holes in the target
     * @throws IOException thrown by a handler (the stream is then aborted)
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-stream.html#virStreamSparseRecvAll">virStreamSparseRecvAll</a>
     */
    @Wraps("virStreamSparseRecvAll")
    public void sparseRecvAll(StreamSink sink, StreamSinkHole hole) throws IOException {
        Objects.requireNonNull(sink, "sink");
        Objects.requireNonNull(hole, "hole");
        new StreamTransfer(null, sink, null, null, hole).run(this, "virStreamSparseRecvAll",
                (st, opaque) -> CStream.virStreamSparseRecvAll(st, StreamTransfer.SINK_FN,
                        StreamTransfer.SINK_HOLE_FN, opaque));
    }

    /**
     * Watches a non-blocking stream: the callback runs on the event loop's thread (which must be
     * running) when the stream can be read or written. At most one callback per stream; remove
     * it with {@link #eventRemoveCallback()} before closing the stream.
     *
     * <p>Wraps {@code virStreamEventAddCallback}.
     *
     * @param events what to watch
     * @param callback what to call; kept reachable until libvirt releases it
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-stream.html#virStreamEventAddCallback">virStreamEventAddCallback</a>
     */
    @Wraps("virStreamEventAddCallback")
    public void eventAddCallback(Set<StreamEventType> events, StreamEventCallback callback) {
        Objects.requireNonNull(callback, "callback");
        int mask = BitFlag.mask(events);
        call(st -> {
            StreamEvents.add(this, st, mask, callback);
            return null;
        });
    }

    /**
     * Changes what the stream's callback watches.
     *
     * <p>Wraps {@code virStreamEventUpdateCallback}.
     *
     * @param events what to watch
     * @throws LibvirtException when no callback is registered
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-stream.html#virStreamEventUpdateCallback">virStreamEventUpdateCallback</a>
     */
    @Wraps("virStreamEventUpdateCallback")
    public void eventUpdateCallback(Set<StreamEventType> events) {
        int mask = BitFlag.mask(events);
        callInt("virStreamEventUpdateCallback", st -> CStream.virStreamEventUpdateCallback(st, mask));
    }

    /**
     * Removes the stream's callback.
     *
     * <p>Wraps {@code virStreamEventRemoveCallback}.
     *
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-stream.html#virStreamEventRemoveCallback">virStreamEventRemoveCallback</a>
     */
    @Wraps("virStreamEventRemoveCallback")
    public void eventRemoveCallback() {
        callInt("virStreamEventRemoveCallback", CStream::virStreamEventRemoveCallback);
    }
}
