package org.virtfx.libvirt;

/**
 * One registered event listener (or close callback); {@link #close()} deregisters it.
 *
 * <p>Close is idempotent and thread-safe, and may be called from a listener. Closing the
 * {@link Connect} deregisters every listener still registered through that handle. The listener
 * object itself is released only when libvirt reports (through its free callback) that it will
 * not call it again, so an event already being dispatched may still arrive just after close.
 */
public final class EventRegistration implements AutoCloseable {
    private final EventRegistrations owner;
    private final EventRegistrations.Kind kind;
    private final int callbackId;
    private boolean closed; // guarded by owner's lock

    EventRegistration(EventRegistrations owner, EventRegistrations.Kind kind, int callbackId) {
        this.owner = owner;
        this.kind = kind;
        this.callbackId = callbackId;
    }

    /**
     * Returns libvirt's id of the registration, as the {@code *DeregisterAny} methods take it.
     * The legacy lifecycle registration and the close callback have none and return -1.
     *
     * @return the callback id, or -1
     */
    public int callbackId() {
        return callbackId;
    }

    /**
     * Tells whether this registration has been closed (by itself, by its connection's close or
     * by a deregister call with its id).
     *
     * @return true once closed
     */
    public boolean isClosed() {
        return owner.isClosed(this);
    }

    EventRegistrations.Kind kind() {
        return kind;
    }

    boolean closedFlag() {
        return closed;
    }

    void markClosed() {
        closed = true;
    }

    /**
     * Deregisters the listener; the second and later calls do nothing.
     *
     * @throws LibvirtException when libvirt refuses the deregistration
     */
    @Override
    public void close() {
        owner.close(this);
    }

    @Override
    public String toString() {
        return "EventRegistration[" + kind + " #" + callbackId + "]";
    }
}
