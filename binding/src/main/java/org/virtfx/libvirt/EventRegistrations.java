package org.virtfx.libvirt;

import com.sun.jna.Pointer;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The live event registrations made through one {@link Connect} handle, so that closing the
 * handle deregisters them (libvirt's registrations hold a reference to the connection, which
 * would otherwise never be freed).
 *
 * <p>Holds the raw connection pointer, never the {@code Connect} object: the handle's free
 * function runs {@link #closeAll} and must not keep the handle reachable. One lock orders
 * deregistrations against the connection's close. Thread-safe.
 */
final class EventRegistrations {
    private static final System.Logger LOG = System.getLogger("org.virtfx.libvirt.events");

    /** The kinds of registration, each with its deregistration call. */
    enum Kind {
        DOMAIN("virConnectDomainEventDeregisterAny"),
        DOMAIN_LEGACY("virConnectDomainEventDeregister"),
        NETWORK("virConnectNetworkEventDeregisterAny"),
        STORAGE_POOL("virConnectStoragePoolEventDeregisterAny"),
        NODE_DEVICE("virConnectNodeDeviceEventDeregisterAny"),
        SECRET("virConnectSecretEventDeregisterAny"),
        CLOSE("virConnectUnregisterCloseCallback");

        final String function;

        Kind(String function) {
            this.function = function;
        }
    }

    /** Undoes one registration in C. */
    @FunctionalInterface
    interface Deregister {
        int call(Pointer conn);
    }

    private final Object lock = new Object();
    private final Set<Entry> live = new LinkedHashSet<>();
    private Pointer conn;

    private record Entry(EventRegistration registration, Deregister deregister) {
    }

    /** Called once, from the handle's constructor. */
    void bind(Pointer connection) {
        this.conn = connection;
    }

    Object lock() {
        return lock;
    }

    EventRegistration add(Kind kind, int callbackId, Deregister deregister) {
        synchronized (lock) {
            EventRegistration r = new EventRegistration(this, kind, callbackId);
            live.add(new Entry(r, deregister));
            return r;
        }
    }

    boolean isClosed(EventRegistration r) {
        synchronized (lock) {
            return r.closedFlag();
        }
    }

    void close(EventRegistration r) {
        // The guard may refuse the call (UI thread): refuse before anything is marked closed.
        Libvirt.guard();
        synchronized (lock) {
            if (r.closedFlag()) {
                return;
            }
            Entry e = find(r);
            r.markClosed();
            if (e == null) {
                return;
            }
            live.remove(e);
            ErrorCapture.check(e.deregister().call(conn), r.kind().function);
        }
    }

    /**
     * Marks the registration with this kind and id closed, after a deregistration by id.
     *
     * @param kind the kind
     * @param callbackId libvirt's id
     */
    void forget(Kind kind, int callbackId) {
        synchronized (lock) {
            live.removeIf(e -> {
                boolean match = e.registration().kind() == kind && e.registration().callbackId() == callbackId;
                if (match) {
                    e.registration().markClosed();
                }
                return match;
            });
        }
    }

    /**
     * Closes the first live registration of a kind (the close callback: there is at most one).
     *
     * @param kind the kind
     * @return false when there was none
     */
    boolean closeFirst(Kind kind) {
        synchronized (lock) {
            for (Entry e : live) {
                if (e.registration().kind() == kind) {
                    close(e.registration());
                    return true;
                }
            }
            return false;
        }
    }

    private Entry find(EventRegistration r) {
        for (Entry e : live) {
            if (e.registration() == r) {
                return e;
            }
        }
        return null;
    }

    /**
     * Deregisters everything, just before the connection is closed. Failures are logged: the
     * connection goes anyway.
     *
     * @param connection the connection's pointer
     */
    void closeAll(Pointer connection) {
        synchronized (lock) {
            List<Entry> all = new ArrayList<>(live);
            live.clear();
            for (Entry e : all) {
                e.registration().markClosed();
                if (e.deregister().call(connection) < 0) {
                    LOG.log(Level.WARNING, "could not deregister " + e.registration() + " on close: "
                            + ErrorCapture.lastError(e.registration().kind().function).getMessage());
                }
            }
        }
    }
}
