package org.virtfx.libvirt;

import com.sun.jna.CallbackReference;
import com.sun.jna.Pointer;
import java.lang.System.Logger.Level;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.virtfx.libvirt.internal.StreamCallbacks;

/**
 * The Java side of {@code virStreamEventAddCallback}: which Java callback each registration
 * calls.
 *
 * <p>A registration is an id passed to C as the {@code opaque} pointer; its entry (the callback
 * and the {@link Stream} object) stays in {@link #REGISTERED}, and so reachable, until libvirt
 * calls the free callback, which it does when the callback is removed. The C callbacks are
 * static, so their JNA stubs are never collected. Thread-safe.
 */
final class StreamEvents {
    private static final System.Logger LOG = System.getLogger("org.virtfx.libvirt");

    private record Registration(Stream stream, StreamEventCallback callback) {
    }

    private static final Map<Long, Registration> REGISTERED = new ConcurrentHashMap<>();
    private static final AtomicLong IDS = new AtomicLong();

    private static final StreamCallbacks.EventCallback EVENT = StreamEvents::dispatch;
    private static final StreamCallbacks.FreeCallback FREE = opaque -> REGISTERED.remove(Pointer.nativeValue(opaque));
    private static final Pointer EVENT_FN = CallbackReference.getFunctionPointer(EVENT);
    private static final Pointer FREE_FN = CallbackReference.getFunctionPointer(FREE);

    private StreamEvents() {
    }

    /** @return the number of registrations that libvirt has not yet released, for tests */
    static int registered() {
        return REGISTERED.size();
    }

    /**
     * Adds the callback; call with the stream's pointer pinned.
     *
     * @param stream the Java stream, handed to the callback
     * @param st its pointer
     * @param events the event mask
     * @param callback the Java callback
     */
    static void add(Stream stream, Pointer st, int events, StreamEventCallback callback) {
        long id = IDS.incrementAndGet();
        REGISTERED.put(id, new Registration(stream, callback));
        int rc = CStream.virStreamEventAddCallback(st, events, EVENT_FN, new Pointer(id), FREE_FN);
        if (rc < 0) {
            LibvirtException e = ErrorCapture.lastError("virStreamEventAddCallback");
            // libvirt keeps nothing of a failed registration and will not call the free callback.
            REGISTERED.remove(id);
            throw e;
        }
    }

    static Set<StreamEventType> decode(int events) {
        Set<StreamEventType> set = EnumSet.noneOf(StreamEventType.class);
        for (StreamEventType t : StreamEventType.values()) {
            if ((events & t.bit()) != 0) {
                set.add(t);
            }
        }
        return set;
    }

    private static void dispatch(Pointer st, int events, Pointer opaque) {
        try {
            Registration r = REGISTERED.get(Pointer.nativeValue(opaque));
            if (r != null) {
                r.callback().onEvent(r.stream(), decode(events));
            }
        } catch (Throwable e) {
            // Nothing may reach the event loop's C frames.
            try {
                LOG.log(Level.WARNING, "stream event callback failed", e);
            } catch (Throwable ignored) {
                // Logging failed too; drop it.
            }
        }
    }
}
