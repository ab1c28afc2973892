package org.virtfx.libvirt;

import com.sun.jna.CallbackReference;
import com.sun.jna.Pointer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import org.virtfx.libvirt.internal.StreamCallbacks;

/**
 * One {@code virStream*All} call: the Java handlers, and the C callbacks that reach them.
 *
 * <p>The C callbacks are static (their JNA stubs live as long as the class) and find the
 * transfer through the {@code opaque} pointer, an id in {@link #ACTIVE}; the transfer stays
 * there, and so reachable, for exactly as long as the C call runs. A handler's exception is
 * caught in the callback (it must never reach C), the callback returns -1, libvirt aborts the
 * stream, and {@link #run} rethrows the exception on the calling thread.
 */
final class StreamTransfer {
    /** Most bytes handed to a Java handler at once. */
    private static final int MAX_CHUNK = 256 * 1024;

    private static final Map<Long, StreamTransfer> ACTIVE = new ConcurrentHashMap<>();
    private static final AtomicLong IDS = new AtomicLong();

    // Static finals: JNA frees a callback's native stub when the Java object is collected.
    private static final StreamCallbacks.SourceFunc SOURCE = StreamTransfer::source;
    private static final StreamCallbacks.SinkFunc SINK = StreamTransfer::sink;
    private static final StreamCallbacks.SourceHoleFunc SOURCE_HOLE = StreamTransfer::sourceHole;
    private static final StreamCallbacks.LengthFunc SOURCE_SKIP = StreamTransfer::sourceSkip;
    private static final StreamCallbacks.LengthFunc SINK_HOLE = StreamTransfer::sinkHole;

    static final Pointer SOURCE_FN = CallbackReference.getFunctionPointer(SOURCE);
    static final Pointer SINK_FN = CallbackReference.getFunctionPointer(SINK);
    static final Pointer SOURCE_HOLE_FN = CallbackReference.getFunctionPointer(SOURCE_HOLE);
    static final Pointer SOURCE_SKIP_FN = CallbackReference.getFunctionPointer(SOURCE_SKIP);
    static final Pointer SINK_HOLE_FN = CallbackReference.getFunctionPointer(SINK_HOLE);

    private final StreamSource source;
    private final StreamSink sink;
    private final StreamSourceHole holeSource;
    private final StreamSourceSkip skip;
    private final StreamSinkHole holeSink;
    private byte[] buffer = new byte[0];
    private Throwable failure;

    StreamTransfer(StreamSource source, StreamSink sink, StreamSourceHole holeSource, StreamSourceSkip skip,
            StreamSinkHole holeSink) {
        this.source = source;
        this.sink = sink;
        this.holeSource = holeSource;
        this.skip = skip;
        this.holeSink = holeSink;
    }

    /** @return the number of transfers in flight, for tests */
    static int active() {
        return ACTIVE.size();
    }

    /**
     * Runs the C call with this transfer registered.
     *
     * @param stream the stream
     * @param function the C function, for the error
     * @param call the C call, given the stream pointer and the opaque pointer
     * @throws IOException a handler's {@code IOException}
     */
    void run(Stream stream, String function, BiFunction<Pointer, Pointer, Integer> call) throws IOException {
        long id = IDS.incrementAndGet();
        ACTIVE.put(id, this);
        try {
            stream.call(st -> {
                int r = call.apply(st, new Pointer(id));
                if (r < 0 && failure == null) {
                    throw ErrorCapture.lastError(function);
                }
                return r;
            });
            if (failure != null) {
                CError.virResetLastError();
                rethrow(failure);
            }
        } finally {
            ACTIVE.remove(id);
        }
    }

    private static void rethrow(Throwable t) throws IOException {
        if (t instanceof IOException e) {
            throw e;
        }
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
        throw new UncheckedIOException(new IOException("stream handler failed", t));
    }

    private static StreamTransfer of(Pointer opaque) {
        return ACTIVE.get(Pointer.nativeValue(opaque));
    }

    private byte[] buffer(int size) {
        if (buffer.length < size) {
            buffer = new byte[size];
        }
        return buffer;
    }

    private int fail(Throwable t) {
        if (failure == null) {
            failure = t;
        }
        return -1;
    }

    private static int source(Pointer st, Pointer data, long nbytes, Pointer opaque) {
        StreamTransfer t = of(opaque);
        if (t == null) {
            return -1;
        }
        try {
            int want = (int) Math.min(Math.max(nbytes, 0), MAX_CHUNK);
            byte[] b = t.buffer(want);
            int n = t.source.read(b, want);
            if (n == 0 || n == -1) {
                return 0;
            }
            if (n < -1 || n > want) {
                throw new IllegalStateException("StreamSource.read returned " + n + " for at most " + want + " bytes");
            }
            data.write(0, b, 0, n);
            return n;
        } catch (Throwable e) {
            return t.fail(e);
        }
    }

    private static int sink(Pointer st, Pointer data, long nbytes, Pointer opaque) {
        StreamTransfer t = of(opaque);
        if (t == null) {
            return -1;
        }
        try {
            int n = (int) Math.min(Math.max(nbytes, 0), MAX_CHUNK);
            byte[] b = t.buffer(n);
            data.read(0, b, 0, n);
            t.sink.write(b, 0, n);
            return n;
        } catch (Throwable e) {
            return t.fail(e);
        }
    }

    private static int sourceHole(Pointer st, Pointer inData, Pointer length, Pointer opaque) {
        StreamTransfer t = of(opaque);
        if (t == null) {
            return -1;
        }
        try {
            StreamSection s = t.holeSource.section();
            if (s == null) {
                throw new IllegalStateException("StreamSourceHole.section returned null");
            }
            inData.setInt(0, s.inData() ? 1 : 0);
            length.setLong(0, s.length());
            return 0;
        } catch (Throwable e) {
            return t.fail(e);
        }
    }

    private static int sourceSkip(Pointer st, long length, Pointer opaque) {
        StreamTransfer t = of(opaque);
        if (t == null) {
            return -1;
        }
        try {
            t.skip.skip(length);
            return 0;
        } catch (Throwable e) {
            return t.fail(e);
        }
    }

    private static int sinkHole(Pointer st, long length, Pointer opaque) {
        StreamTransfer t = of(opaque);
        if (t == null) {
            return -1;
        }
        try {
            t.holeSink.hole(length);
            return 0;
        } catch (Throwable e) {
            return t.fail(e);
        }
    }
}
