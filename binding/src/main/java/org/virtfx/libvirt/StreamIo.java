package org.virtfx.libvirt;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.lang.ref.Reference;
import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * The data path of {@link Stream}'s send and receive calls: copying between Java arrays or buffers
 * and native memory, chunking, and reading libvirt's special return values.
 *
 * <p>Each method runs inside {@link Stream}'s {@code call}, on the stream pointer it was given.
 * Thread-safe: the only state is a per-thread copy buffer.
 */
final class StreamIo {
    private static final ThreadLocal<Memory> BUFFER = ThreadLocal.withInitial(() -> new Memory(Stream.CHUNK));

    private StreamIo() {
    }

    /** Sends up to {@link Stream#CHUNK} bytes of an array through the per-thread buffer. */
    static int send(Pointer st, byte[] data, int offset, int length) {
        if (length == 0) {
            return 0; // libvirt would read an empty send as the end of the stream
        }
        int n = Math.min(length, Stream.CHUNK);
        Memory m = BUFFER.get();
        m.write(0, data, offset, n);
        return sendResult(CStream.virStreamSend(st, m, n));
    }

    /** Sends a buffer's remaining bytes (some of them) and advances its position by the count. */
    static int send(Pointer st, ByteBuffer src) {
        if (!src.isDirect() && src.hasArray()) {
            int n = send(st, src.array(), src.arrayOffset() + src.position(), src.remaining());
            advance(src, n);
            return n;
        }
        int len = Math.min(src.remaining(), src.isDirect() ? Integer.MAX_VALUE : Stream.CHUNK);
        if (len == 0) {
            return 0;
        }
        Pointer data;
        if (src.isDirect()) {
            data = Native.getDirectBufferPointer(src).share(src.position()); // no copy
        } else {
            byte[] copy = new byte[len];
            src.duplicate().get(copy);
            data = BUFFER.get();
            data.write(0, copy, 0, len);
        }
        int rc;
        try {
            rc = sendResult(CStream.virStreamSend(st, data, len));
        } finally {
            Reference.reachabilityFence(src);
        }
        advance(src, rc);
        return rc;
    }

    /**
     * Receives up to {@link Stream#CHUNK} bytes into an array.
     *
     * @param withFlags call {@code virStreamRecvFlags} with {@code mask} instead of {@code virStreamRecv}
     */
    static int recv(Pointer st, byte[] data, int offset, int length, boolean withFlags, int mask) {
        int n = Math.min(length, Stream.CHUNK);
        Memory m = BUFFER.get();
        int rc = withFlags ? recvResult(CStream.virStreamRecvFlags(st, m, n, mask), "virStreamRecvFlags")
                : recvResult(CStream.virStreamRecv(st, m, n), "virStreamRecv");
        if (rc > 0) {
            m.read(0, data, offset, rc);
        }
        return rc;
    }

    /**
     * Receives into a buffer's remaining space and advances its position by the count; a direct
     * buffer is filled without a copy.
     *
     * @param mask 0 for {@code virStreamRecv}, else the flags of {@code virStreamRecvFlags}
     */
    static int recv(Pointer st, ByteBuffer dst, int mask) {
        int rc;
        if (!dst.isDirect()) {
            rc = recv(st, dst.array(), dst.arrayOffset() + dst.position(), dst.remaining(), mask != 0, mask);
        } else {
            Pointer data = Native.getDirectBufferPointer(dst).share(dst.position());
            try {
                rc = mask == 0 ? recvResult(CStream.virStreamRecv(st, data, dst.remaining()), "virStreamRecv")
                        : recvResult(CStream.virStreamRecvFlags(st, data, dst.remaining(), mask), "virStreamRecvFlags");
            } finally {
                Reference.reachabilityFence(dst);
            }
        }
        advance(dst, rc);
        return rc;
    }

    /** Fails fast, before the stream is touched, when a range does not fit its array. */
    static void checkRange(byte[] data, int offset, int length) {
        Objects.requireNonNull(data, "data");
        if (offset < 0 || length < 0 || offset > data.length - length) {
            throw new IllegalArgumentException("offset " + offset + " and length " + length
                    + " do not fit an array of " + data.length);
        }
    }

    private static int sendResult(int rc) {
        return rc == Stream.WOULD_BLOCK ? Stream.WOULD_BLOCK : ErrorCapture.check(rc, "virStreamSend");
    }

    private static int recvResult(int rc, String function) {
        return rc == Stream.WOULD_BLOCK || rc == Stream.HOLE ? rc : ErrorCapture.check(rc, function);
    }

    private static void advance(ByteBuffer b, int n) {
        if (n > 0) {
            b.position(b.position() + n);
        }
    }
}
