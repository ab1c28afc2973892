package org.virtfx.libvirt;

import com.sun.jna.Pointer;
import java.lang.ref.Cleaner;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Base of every libvirt object handle: one native reference, freed exactly once.
 *
 * <p>{@link #close()} is idempotent and thread-safe; a call after close throws
 * {@link IllegalStateException}; a close during a call frees only when that call returns. A
 * handle that is never closed is reported by a {@link Cleaner} (a leak detector, not a way of
 * managing memory) and freed then.
 */
abstract class Handle implements AutoCloseable {
    private static final Cleaner CLEANER = Cleaner.create();

    private final HandleState state;
    private final Cleaner.Cleanable cleanable;

    Handle(Pointer pointer, String kind, ToIntFunction<Pointer> free, Function<Pointer, String> describe) {
        this.state = new HandleState(pointer, kind, free, describe);
        this.cleanable = CLEANER.register(this, state);
    }

    /**
     * Starts a call: runs the call guard and pins the pointer. Always pair with {@link #release()}
     * in a {@code finally}.
     */
    final Pointer acquire() {
        Libvirt.guard();
        return state.acquire();
    }

    /** Ends a call started by {@link #acquire()}. */
    final void release() {
        state.release();
    }

    /**
     * Tells whether {@link #close()} has been called.
     *
     * @return true once closed
     */
    public final boolean isClosed() {
        return state.isClosed();
    }

    /** Frees the native reference; the second and later calls do nothing. */
    @Override
    public final void close() {
        state.markClosedByOwner();
        cleanable.clean();
    }
}
