package org.virtfx.libvirt;

import com.sun.jna.Callback;
import com.sun.jna.CallbackReference;
import com.sun.jna.Pointer;
import java.util.Objects;
import java.util.function.ToIntFunction;

/**
 * Event registration plumbing shared by every kind of object, and deregistration by id.
 *
 * <p>One layer of {@link Connect}'s API: package-private so that each area of libvirt
 * gets a file of its own. Thread-safe.
 */
abstract class ConnectEventRegistry extends ConnectDevices {

    ConnectEventRegistry(Pointer pointer) {
        super(pointer);
    }

    /** {@code virConnectXEventRegisterAny(conn, obj, eventID, cb, opaque, freecb)} with the ID bound. */
    @FunctionalInterface
    interface RegisterCall {
        int call(Pointer conn, Pointer obj, Pointer fn, Pointer opaque);
    }

    /** {@code virConnectXEventDeregisterAny(conn, callbackID)}. */
    @FunctionalInterface
    interface DeregisterCall {
        int call(Pointer conn, int callbackId);
    }

    final EventRegistration registerDomain(Domain dom, DomainEventID id, Callback cb, Object listener) {
        return registerObject(dom, EventRegistrations.Kind.DOMAIN, cb, listener, "virConnectDomainEventRegisterAny",
                (p, o, fn, op) -> CDomain.virConnectDomainEventRegisterAny(p, o, id.value(), fn, op,
                        CallbackRegistry.FREE_POINTER),
                CDomain::virConnectDomainEventDeregisterAny);
    }

    final EventRegistration registerObject(Handle obj, EventRegistrations.Kind kind, Callback cb, Object listener,
            String function, RegisterCall register, DeregisterCall deregister) {
        Objects.requireNonNull(listener, "listener");
        EventLoop.requireRunning();
        Pointer o = obj == null ? null : obj.acquire();
        try {
            return register(kind, cb, listener, function,
                    (p, fn, op) -> register.call(p, o, fn, op), deregister::call);
        } finally {
            if (obj != null) {
                obj.release();
            }
        }
    }

    /** A registration call without the object. */
    @FunctionalInterface
    interface Call3 {
        int call(Pointer conn, Pointer fn, Pointer opaque);
    }

    EventRegistration register(EventRegistrations.Kind kind, Callback cb, Object listener, String function,
            Call3 register, DeregisterCall deregister) {
        Pointer fn = CallbackReference.getFunctionPointer(cb);
        Pointer opaque = CallbackRegistry.pin(cb, listener);
        Pointer p = acquire();
        try {
            int id = register.call(p, fn, opaque);
            if (id < 0) {
                LibvirtException e = ErrorCapture.lastError(function);
                CallbackRegistry.unpin(opaque);
                throw e;
            }
            // The legacy and close registrations return 0, not an id: they are found by function.
            boolean byId = kind != EventRegistrations.Kind.DOMAIN_LEGACY && kind != EventRegistrations.Kind.CLOSE;
            EventRegistrations.Deregister undo = byId ? c -> deregister.call(c, id)
                    : kind == EventRegistrations.Kind.CLOSE ? c -> unregisterClose(c, fn, opaque)
                    : c -> deregisterByFunction(kind, c, fn);
            return registrations().add(kind, byId ? id : -1, c -> deregisterUnlessDead(undo, c));
        } finally {
            release();
        }
    }

    /**
     * Deregisters, and counts a failure on a connection that has died (daemon gone, keepalive
     * timeout) as done: the server's side of the registration went with the connection and
     * nothing can be delivered any more, while the remote driver still tries to tell the server
     * and fails. Without this, closing a registration after a disconnect, the normal clean-up
     * of a dropped connection, throws. libvirt releases the listener when the connection is freed.
     */
    static int deregisterUnlessDead(EventRegistrations.Deregister undo, Pointer conn) {
        int rc = undo.call(conn);
        return rc < 0 && CHost.virConnectIsAlive(conn) == 0 ? 0 : rc;
    }

    /**
     * Unregisters a close callback and, once that succeeded, releases its listener. libvirt runs
     * the free callback only where the driver keeps close callbacks (the remote driver, during
     * this call); an in-process driver accepts the registration without keeping it and never
     * frees it, so without this the listener, and whatever it reaches, would stay pinned for
     * good. Releasing twice is harmless.
     */
    private static int unregisterClose(Pointer conn, Pointer fn, Pointer opaque) {
        int rc = deregisterByFunction(EventRegistrations.Kind.CLOSE, conn, fn);
        if (rc == 0) {
            CallbackRegistry.unpin(opaque);
        }
        return rc;
    }

    static int deregisterByFunction(EventRegistrations.Kind kind, Pointer conn, Pointer fn) {
        return kind == EventRegistrations.Kind.CLOSE ? CHost.virConnectUnregisterCloseCallback(conn, fn)
                : CDomain.virConnectDomainEventDeregister(conn, fn);
    }

    void deregisterAny(EventRegistrations.Kind kind, String function, int callbackId,
            ToIntFunction<Pointer> call) {
        synchronized (registrations().lock()) {
            callInt(function, call);
            registrations().forget(kind, callbackId);
        }
    }

    /**
     * Deregisters a domain event listener by libvirt's callback id ({@link EventRegistration#callbackId()});
     * the matching registration, if made through this handle, counts as closed afterwards.
     *
     * <p>Wraps {@code virConnectDomainEventDeregisterAny}.
     *
     * @param callbackId the id
     * @throws LibvirtException when there is no such registration
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virConnectDomainEventDeregisterAny">virConnectDomainEventDeregisterAny</a>
     */
    @Wraps("virConnectDomainEventDeregisterAny")
    public void domainEventDeregisterAny(int callbackId) {
        deregisterAny(EventRegistrations.Kind.DOMAIN, "virConnectDomainEventDeregisterAny", callbackId, p -> CDomain.virConnectDomainEventDeregisterAny(p, callbackId));
    }

    /**
     * Deregisters a network event listener by libvirt's callback id ({@link EventRegistration#callbackId()});
     * the matching registration, if made through this handle, counts as closed afterwards.
     *
     * <p>Wraps {@code virConnectNetworkEventDeregisterAny}.
     *
     * @param callbackId the id
     * @throws LibvirtException when there is no such registration
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-network.html#virConnectNetworkEventDeregisterAny">virConnectNetworkEventDeregisterAny</a>
     */
    @Wraps("virConnectNetworkEventDeregisterAny")
    public void networkEventDeregisterAny(int callbackId) {
        deregisterAny(EventRegistrations.Kind.NETWORK, "virConnectNetworkEventDeregisterAny", callbackId, p -> CNetwork.virConnectNetworkEventDeregisterAny(p, callbackId));
    }

    /**
     * Deregisters a storage pool event listener by libvirt's callback id ({@link EventRegistration#callbackId()});
     * the matching registration, if made through this handle, counts as closed afterwards.
     *
     * <p>Wraps {@code virConnectStoragePoolEventDeregisterAny}.
     *
     * @param callbackId the id
     * @throws LibvirtException when there is no such registration
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-storage.html#virConnectStoragePoolEventDeregisterAny">virConnectStoragePoolEventDeregisterAny</a>
     */
    @Wraps("virConnectStoragePoolEventDeregisterAny")
    public void storagePoolEventDeregisterAny(int callbackId) {
        deregisterAny(EventRegistrations.Kind.STORAGE_POOL, "virConnectStoragePoolEventDeregisterAny", callbackId, p -> CStorage.virConnectStoragePoolEventDeregisterAny(p, callbackId));
    }

    /**
     * Deregisters a node device event listener by libvirt's callback id ({@link EventRegistration#callbackId()});
     * the matching registration, if made through this handle, counts as closed afterwards.
     *
     * <p>Wraps {@code virConnectNodeDeviceEventDeregisterAny}.
     *
     * @param callbackId the id
     * @throws LibvirtException when there is no such registration
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-nodedev.html#virConnectNodeDeviceEventDeregisterAny">virConnectNodeDeviceEventDeregisterAny</a>
     */
    @Wraps("virConnectNodeDeviceEventDeregisterAny")
    public void nodeDeviceEventDeregisterAny(int callbackId) {
        deregisterAny(EventRegistrations.Kind.NODE_DEVICE, "virConnectNodeDeviceEventDeregisterAny", callbackId, p -> CNodeDev.virConnectNodeDeviceEventDeregisterAny(p, callbackId));
    }

    /**
     * Deregisters a secret event listener by libvirt's callback id ({@link EventRegistration#callbackId()});
     * the matching registration, if made through this handle, counts as closed afterwards.
     *
     * <p>Wraps {@code virConnectSecretEventDeregisterAny}.
     *
     * @param callbackId the id
     * @throws LibvirtException when there is no such registration
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-secret.html#virConnectSecretEventDeregisterAny">virConnectSecretEventDeregisterAny</a>
     */
    @Wraps("virConnectSecretEventDeregisterAny")
    public void secretEventDeregisterAny(int callbackId) {
        deregisterAny(EventRegistrations.Kind.SECRET, "virConnectSecretEventDeregisterAny", callbackId, p -> CSecret.virConnectSecretEventDeregisterAny(p, callbackId));
    }
}
