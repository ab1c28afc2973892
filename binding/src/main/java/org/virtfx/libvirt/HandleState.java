package org.virtfx.libvirt;

import com.sun.jna.Pointer;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * The native side of one handle: its pointer, the calls in flight on it, and its one free.
 *
 * <p>Closing while a call is in flight must not free the pointer under that call (the crash of
 * the official Java binding's finalizer), so the word counts calls in flight and carries a
 * closed bit; whoever brings it to "closed, none in flight" frees. This is also the Cleaner's
 * action, so it holds no reference to the handle object.
 */
final class HandleState implements Runnable {
    private static final long CLOSED = 1L << 62;

    private final AtomicLong word = new AtomicLong();
    private final Pointer pointer;
    private final String kind;
    private final ToIntFunction<Pointer> free;
    private final Function<Pointer, String> describe;
    private volatile boolean closedByOwner;

    HandleState(Pointer pointer, String kind, ToIntFunction<Pointer> free, Function<Pointer, String> describe) {
        this.pointer = pointer;
        this.kind = kind;
        this.free = free;
        this.describe = describe;
    }

    Pointer acquire() {
        while (true) {
            long w = word.get();
            if ((w & CLOSED) != 0) {
                throw new IllegalStateException(kind + " is closed");
            }
            if (word.compareAndSet(w, w + 1)) {
                return pointer;
            }
        }
    }

    void release() {
        if (word.decrementAndGet() == CLOSED) {
            freeNow();
        }
    }

    boolean isClosed() {
        return (word.get() & CLOSED) != 0;
    }

    void markClosedByOwner() {
        closedByOwner = true;
    }

    /** Runs once: from {@code close()} through the Cleanable, or from the Cleaner after a leak. */
    @Override
    public void run() {
        if (!closedByOwner) {
            String what;
            try {
                what = describe.apply(pointer);
            } catch (RuntimeException e) {
                what = "?";
            }
            Libvirt.reportLeak(kind + " '" + what + "' was not closed; freed by the garbage collector");
        }
        long before = word.getAndUpdate(w -> w | CLOSED);
        if (before == 0) {
            freeNow();
        }
    }

    private void freeNow() {
        // A failed free has no caller to tell and nothing left to retry; the pointer is gone either way.
        free.applyAsInt(pointer);
    }
}
