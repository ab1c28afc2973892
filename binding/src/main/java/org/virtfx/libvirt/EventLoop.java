package org.virtfx.libvirt;

import com.sun.jna.CallbackReference;
import com.sun.jna.Pointer;
import java.lang.System.Logger.Level;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.virtfx.libvirt.internal.EventCallbacks;

/**
 * libvirt's default event loop, run on one daemon thread named {@code libvirt-event-loop}.
 *
 * <p>Call {@link #start()} once, early, <em>before opening any connection that will register
 * event listeners or a close callback</em>: libvirt's drivers (and the remote driver's keepalive)
 * pick up the event implementation when a connection is opened, and registering a listener
 * without a running loop fails. Every event listener, timeout and handle callback runs on the
 * loop's thread, one at a time; they must not block. (libvirt's loop is GLib's global default
 * main context: in a GTK application, GTK's main loop owns that context and runs the callbacks on
 * its own thread instead; see {@link #holdThread()}.)
 *
 * <p>Thread-safe. Plugging in a custom event loop ({@code virEventRegisterImpl}) is not offered:
 * the default loop suits every use of the binding and cannot be replaced once registered.
 *
 * @see <a href="https://libvirt.org/html/libvirt-libvirt-event.html">libvirt-event</a>
 */
public final class EventLoop {
    private static final System.Logger LOG = System.getLogger("org.virtfx.libvirt.events");
    private static final Object LOCK = new Object();
    private static volatile Thread thread;
    private static volatile boolean registered;
    private static boolean threadHeld; // guarded by LOCK

    private EventLoop() {
    }

    /**
     * Registers libvirt's default event loop and starts the thread that runs it. Idempotent: a
     * second call does nothing.
     *
     * <p>Wraps {@code virEventRegisterDefaultImpl} and runs {@code virEventRunDefaultImpl} in a
     * loop on the daemon thread {@code libvirt-event-loop}.
     *
     * @throws LibvirtException when libvirt is missing or refuses
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-event.html#virEventRegisterDefaultImpl">virEventRegisterDefaultImpl</a>
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-event.html#virEventRunDefaultImpl">virEventRunDefaultImpl</a>
     */
    @Wraps({"virEventRegisterDefaultImpl", "virEventRunDefaultImpl"})
    public static void start() {
        synchronized (LOCK) {
            if (!registered) {
                Libvirt.requireAvailable("virEventRegisterDefaultImpl");
                Libvirt.guard();
                ErrorCapture.check(CEvent.virEventRegisterDefaultImpl(), "virEventRegisterDefaultImpl");
                registered = true;
            }
            if (!threadHeld) {
                startThread();
            }
        }
    }

    /**
     * Lets {@link #start()} register the loop but not yet start its thread, until
     * {@link #releaseThread()}. For GTK applications (JavaFX on Linux): libvirt's default loop
     * iterates GLib's global default main context, the one GTK's own main loop runs. A libvirt
     * thread that iterates it before GTK's loop owns it dispatches GTK's sources (JavaFX's
     * {@code runLater}) on the wrong thread; once GTK's loop runs, it owns the context, and
     * dispatches libvirt's sources itself while the libvirt thread waits. So an application
     * that opens connections while its toolkit starts holds the thread until the toolkit runs.
     */
    public static void holdThread() {
        synchronized (LOCK) {
            threadHeld = true;
        }
    }

    /** Starts the thread that {@link #holdThread()} held back, if the loop is registered. */
    public static void releaseThread() {
        synchronized (LOCK) {
            threadHeld = false;
            if (registered) {
                startThread();
            }
        }
    }

    private static void startThread() {
        if (thread != null) {
            return;
        }
        Thread t = new Thread(EventLoop::run, "libvirt-event-loop");
        t.setDaemon(true);
        t.start();
        thread = t;
    }

    /**
     * Tells whether {@link #start()} has run (its thread may be held: {@link #holdThread()}).
     *
     * @return true once the loop is registered
     */
    public static boolean isRunning() {
        return registered;
    }

    /** @return true when called on the loop's own thread */
    static boolean isLoopThread() {
        return Thread.currentThread() == thread;
    }

    static void requireRunning() {
        if (!registered) {
            throw new IllegalStateException("libvirt's event loop is not running: call EventLoop.start() "
                    + "before opening the connection");
        }
    }

    private static void run() {
        while (true) {
            try {
                if (CEvent.virEventRunDefaultImpl() < 0) {
                    LOG.log(Level.WARNING, "virEventRunDefaultImpl failed: "
                            + ErrorCapture.lastError("virEventRunDefaultImpl").getMessage());
                }
            } catch (Throwable t) {
                // Keep the loop alive whatever happens: every event of the process depends on it.
                LOG.log(Level.ERROR, "libvirt event loop iteration failed", t);
            }
        }
    }

    /**
     * Adds a timer to the loop.
     *
     * <p>Wraps {@code virEventAddTimeout}.
     *
     * @param periodMillis the period in milliseconds; 0 fires on every loop iteration, -1 adds
     *        the timer disabled
     * @param callback runs on the loop thread with the timer's id; exceptions are logged
     * @return the timer's id, for {@link #updateTimeout} and {@link #removeTimeout}
     * @throws IllegalStateException when the loop was not started
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-event.html#virEventAddTimeout">virEventAddTimeout</a>
     */
    @Wraps("virEventAddTimeout")
    public static int addTimeout(int periodMillis, EventListener<Integer> callback) {
        Objects.requireNonNull(callback, "callback");
        if (periodMillis < -1) {
            throw new IllegalArgumentException("period must be -1 or more: " + periodMillis);
        }
        requireRunning();
        Libvirt.guard();
        EventCallbacks.Timeout cb = (timer, opaque) -> CallbackRegistry.deliver(callback, () -> timer);
        Pointer opaque = CallbackRegistry.pin(cb, callback);
        int rc = CEvent.virEventAddTimeout(periodMillis, CallbackReference.getFunctionPointer(cb), opaque,
                CallbackRegistry.FREE_POINTER);
        if (rc < 0) {
            CallbackRegistry.unpin(opaque);
            throw ErrorCapture.lastError("virEventAddTimeout");
        }
        return rc;
    }

    /**
     * Changes a timer's period.
     *
     * <p>Wraps {@code virEventUpdateTimeout}.
     *
     * @param timer the id {@link #addTimeout} returned
     * @param periodMillis the new period; 0 fires on every iteration, -1 disables the timer
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-event.html#virEventUpdateTimeout">virEventUpdateTimeout</a>
     */
    @Wraps("virEventUpdateTimeout")
    public static void updateTimeout(int timer, int periodMillis) {
        if (periodMillis < -1) {
            throw new IllegalArgumentException("period must be -1 or more: " + periodMillis);
        }
        requireRunning();
        Libvirt.guard();
        CEvent.virEventUpdateTimeout(timer, periodMillis);
    }

    /**
     * Removes a timer. Its callback is released once the loop has finished with it.
     *
     * <p>Wraps {@code virEventRemoveTimeout}.
     *
     * @param timer the id {@link #addTimeout} returned
     * @throws LibvirtException when there is no such timer
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-event.html#virEventRemoveTimeout">virEventRemoveTimeout</a>
     */
    @Wraps("virEventRemoveTimeout")
    public static void removeTimeout(int timer) {
        requireRunning();
        Libvirt.guard();
        ErrorCapture.check(CEvent.virEventRemoveTimeout(timer), "virEventRemoveTimeout");
    }

    /** What a file-handle watch reports: the watch, the descriptor and the events seen. */
    public record HandleEvent(int watch, int fd, Set<EventHandleType> events) {
        /** Copies the set. */
        public HandleEvent {
            events = Set.copyOf(events);
        }
    }

    /**
     * Watches a file descriptor.
     *
     * <p>Wraps {@code virEventAddHandle}.
     *
     * @param fd an open file descriptor; the caller keeps it open until the watch is removed
     * @param events what to watch for (READABLE, WRITABLE; ERROR and HANGUP are always reported)
     * @param callback runs on the loop thread; exceptions are logged
     * @return the watch's id, for {@link #updateHandle} and {@link #removeHandle}
     * @throws IllegalStateException when the loop was not started
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-event.html#virEventAddHandle">virEventAddHandle</a>
     */
    @Wraps("virEventAddHandle")
    public static int addHandle(int fd, Set<EventHandleType> events, EventListener<HandleEvent> callback) {
        Objects.requireNonNull(callback, "callback");
        if (fd < 0) {
            throw new IllegalArgumentException("negative file descriptor: " + fd);
        }
        requireRunning();
        Libvirt.guard();
        EventCallbacks.HandleEvent cb = (watch, f, ev, opaque) ->
                CallbackRegistry.deliver(callback, () -> new HandleEvent(watch, f, decode(ev)));
        Pointer opaque = CallbackRegistry.pin(cb, callback);
        int rc = CEvent.virEventAddHandle(fd, BitFlag.mask(events), CallbackReference.getFunctionPointer(cb), opaque,
                CallbackRegistry.FREE_POINTER);
        if (rc < 0) {
            CallbackRegistry.unpin(opaque);
            throw ErrorCapture.lastError("virEventAddHandle");
        }
        return rc;
    }

    /**
     * Changes what a watch looks for.
     *
     * <p>Wraps {@code virEventUpdateHandle}.
     *
     * @param watch the id {@link #addHandle} returned
     * @param events the new set; empty pauses the watch
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-event.html#virEventUpdateHandle">virEventUpdateHandle</a>
     */
    @Wraps("virEventUpdateHandle")
    public static void updateHandle(int watch, Set<EventHandleType> events) {
        requireRunning();
        Libvirt.guard();
        CEvent.virEventUpdateHandle(watch, BitFlag.mask(events));
    }

    /**
     * Stops watching a descriptor. Its callback is released once the loop has finished with it.
     *
     * <p>Wraps {@code virEventRemoveHandle}.
     *
     * @param watch the id {@link #addHandle} returned
     * @throws LibvirtException when there is no such watch
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-event.html#virEventRemoveHandle">virEventRemoveHandle</a>
     */
    @Wraps("virEventRemoveHandle")
    public static void removeHandle(int watch) {
        requireRunning();
        Libvirt.guard();
        ErrorCapture.check(CEvent.virEventRemoveHandle(watch), "virEventRemoveHandle");
    }

    static Set<EventHandleType> decode(int mask) {
        Set<EventHandleType> out = EnumSet.noneOf(EventHandleType.class);
        for (EventHandleType t : EventHandleType.values()) {
            if ((mask & t.bit()) != 0) {
                out.add(t);
            }
        }
        return out;
    }
}
