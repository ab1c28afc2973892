package org.virtfx.libvirt;

import com.sun.jna.CallbackReference;
import com.sun.jna.Pointer;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.virtfx.libvirt.internal.EventCallbacks;

/**
 * Keeps every callback handed to libvirt strongly reachable until libvirt says it is done with
 * it, by running the {@code virFreeCallback} registered with it.
 *
 * <p>JNA frees a callback's native stub when the Java callback object is collected; a stub that
 * libvirt still calls would crash the JVM. Deregistration alone is not enough: libvirt may still
 * be dispatching an event to the callback on the event-loop thread, and frees it (runs the free
 * callback) only afterwards. So each registration's objects are kept here, keyed by a number
 * that travels as the C {@code opaque} pointer, and dropped only by {@link #FREE}.
 *
 * <p>Also the one place that runs listeners: {@link #deliver} never lets an exception escape
 * into C. Thread-safe.
 */
final class CallbackRegistry {
    private static final System.Logger LOG = System.getLogger("org.virtfx.libvirt.events");
    private static final AtomicLong NEXT = new AtomicLong(1);
    private static final Map<Long, List<Object>> PINNED = new ConcurrentHashMap<>();

    /** The free callback for every registration; a static final, so never collected itself. */
    static final EventCallbacks.Free FREE = opaque -> PINNED.remove(Pointer.nativeValue(opaque));

    /** Its native function pointer, made once. */
    static final Pointer FREE_POINTER = CallbackReference.getFunctionPointer(FREE);

    private CallbackRegistry() {
    }

    /**
     * Keeps objects reachable until {@link #FREE} runs with the returned opaque pointer.
     *
     * @param objects the JNA callback and whatever it uses
     * @return the opaque pointer to give libvirt (a key, never dereferenced)
     */
    static Pointer pin(Object... objects) {
        long id = NEXT.getAndIncrement();
        PINNED.put(id, List.of(objects));
        return new Pointer(id);
    }

    /**
     * Drops a pin whose registration failed (libvirt does not run the free callback then).
     *
     * @param opaque the pointer {@link #pin} returned
     */
    static void unpin(Pointer opaque) {
        PINNED.remove(Pointer.nativeValue(opaque));
    }

    /**
     * Tells whether an object is still held for a registration libvirt has not freed (for tests).
     *
     * @param object a callback or listener given to {@link #pin}
     * @return true while pinned
     */
    static boolean isPinned(Object object) {
        return PINNED.values().stream().anyMatch(objects -> objects.stream().anyMatch(o -> o == object));
    }

    /** @return how many registrations libvirt has not freed yet (for tests) */
    static int pinnedCount() {
        return PINNED.size();
    }

    /**
     * Builds an event and hands it to a listener; logs anything either throws, because an
     * exception must not unwind into libvirt's C stack.
     *
     * @param <E> the event type
     * @param listener the listener
     * @param event copies the C data into an immutable record
     */
    static <E> void deliver(EventListener<? super E> listener, Supplier<E> event) {
        try {
            listener.onEvent(event.get());
        } catch (Throwable t) {
            LOG.log(Level.WARNING, "libvirt event listener failed", t);
        }
    }
}
