package org.virtfx.libvirt.internal;

import com.sun.jna.Callback;
import com.sun.jna.Pointer;

/**
 * The C function types of libvirt-stream.h, as JNA callbacks. They live in this package because
 * it is the one opened to JNA. Implementations must never throw: JNA would swallow the exception
 * and return 0 to C, which libvirt reads as "end of data" or "success".
 */
public final class StreamCallbacks {
    private StreamCallbacks() {
    }

    /** {@code int virStreamSourceFunc(virStreamPtr st, char *data, size_t nbytes, void *opaque)}. */
    public interface SourceFunc extends Callback {
        /**
         * Fills {@code data}.
         *
         * @param st the stream
         * @param data the buffer to fill
         * @param nbytes its size
         * @param opaque the caller's pointer
         * @return bytes filled, 0 at the end, -1 on error
         */
        int invoke(Pointer st, Pointer data, long nbytes, Pointer opaque);
    }

    /** {@code int virStreamSinkFunc(virStreamPtr st, const char *data, size_t nbytes, void *opaque)}. */
    public interface SinkFunc extends Callback {
        /**
         * Consumes {@code data}.
         *
         * @param st the stream
         * @param data the bytes
         * @param nbytes how many
         * @param opaque the caller's pointer
         * @return bytes consumed, -1 on error
         */
        int invoke(Pointer st, Pointer data, long nbytes, Pointer opaque);
    }

    /** {@code int virStreamSourceHoleFunc(virStreamPtr st, int *inData, long long *length, void *opaque)}. */
    public interface SourceHoleFunc extends Callback {
        /**
         * Tells what the source's current position is in.
         *
         * @param st the stream
         * @param inData set to 1 in data, 0 in a hole
         * @param length set to the bytes left in the data or hole
         * @param opaque the caller's pointer
         * @return 0, or -1 on error
         */
        int invoke(Pointer st, Pointer inData, Pointer length, Pointer opaque);
    }

    /**
     * {@code int virStreamSourceSkipFunc(virStreamPtr st, long long length, void *opaque)} and
     * {@code int virStreamSinkHoleFunc(virStreamPtr st, long long length, void *opaque)}: the
     * same C type.
     */
    public interface LengthFunc extends Callback {
        /**
         * Skips over a hole, or makes one.
         *
         * @param st the stream
         * @param length the hole's length
         * @param opaque the caller's pointer
         * @return 0, or -1 on error
         */
        int invoke(Pointer st, long length, Pointer opaque);
    }

    /** {@code void virStreamEventCallback(virStreamPtr stream, int events, void *opaque)}. */
    public interface EventCallback extends Callback {
        /**
         * Reports stream events.
         *
         * @param stream the stream
         * @param events the events that happened
         * @param opaque the caller's pointer
         */
        void invoke(Pointer stream, int events, Pointer opaque);
    }

    /** {@code void virFreeCallback(void *opaque)}. */
    public interface FreeCallback extends Callback {
        /**
         * Releases the caller's data.
         *
         * @param opaque the caller's pointer
         */
        void invoke(Pointer opaque);
    }
}
