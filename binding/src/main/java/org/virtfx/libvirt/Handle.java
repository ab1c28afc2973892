package org.virtfx.libvirt;

import com.sun.jna.Pointer;
import java.lang.ref.Cleaner;
import java.lang.ref.Reference;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.virtfx.libvirt.internal.NativeStrings;

/**
 * Base of every libvirt object handle: one native reference, freed exactly once.
 *
 * <p>{@link #close()} is idempotent and thread-safe; a call after close throws
 * {@link IllegalStateException}; a close during a call frees only when that call returns. A
 * handle that is never closed is reported by a {@link Cleaner} (a leak detector, not a way of
 * managing memory) and freed then.
 */
abstract class Handle implements AutoCloseable {
    /** The leak detector; the test suite registers a sentinel with it to know it has caught up. */
    static final Cleaner CLEANER = Cleaner.create();

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

    /**
     * Ends a call started by {@link #acquire()}.
     *
     * <p>The fence keeps this object reachable until here: without it, in a chained call on a
     * temporary ({@code conn.lookupDomainByName(n).getInfo()}) the JIT may drop {@code this} once
     * {@code state} is loaded, and the Cleaner could close the handle before {@code acquire}
     * pinned it.
     */
    final void release() {
        state.release();
        Reference.reachabilityFence(this);
    }

    /**
     * Runs a call that returns 0 or more on success and -1 on failure, with the pointer pinned.
     *
     * @param function the C function, for the error
     * @param call the call, given this handle's pointer
     * @return the call's non-negative result
     * @throws LibvirtException when the call returns a negative number
     */
    final int callInt(String function, ToIntFunction<Pointer> call) {
        Pointer p = acquire();
        try {
            return ErrorCapture.check(call.applyAsInt(p), function);
        } finally {
            release();
        }
    }

    /**
     * Runs a call with the pointer pinned and returns what the body makes of it. The body checks
     * the C results itself, with {@link ErrorCapture}.
     *
     * @param <R> the result type
     * @param body the call and the decoding of its result
     * @return the body's result
     */
    final <R> R call(Function<Pointer, R> body) {
        Pointer p = acquire();
        try {
            return body.apply(p);
        } finally {
            release();
        }
    }

    /**
     * Runs a call that returns a string the caller frees, with the pointer pinned.
     *
     * @param function the C function, for the error
     * @param call the call, given this handle's pointer
     * @return the string
     * @throws LibvirtException when the call returns NULL
     */
    final String callString(String function, Function<Pointer, Pointer> call) {
        Pointer p = acquire();
        try {
            return NativeStrings.takeUtf8(ErrorCapture.check(call.apply(p), function)).orElseThrow();
        } finally {
            release();
        }
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
