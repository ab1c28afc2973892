package org.virtfx.libvirt;

import com.sun.jna.Pointer;
import java.util.Objects;

/**
 * Events of networks, storage pools, host devices and secrets, and the close callback (domain
 * events are in the layers below).
 *
 * <p>One layer of {@link Connect}'s API: the methods are public and reached through
 * {@code Connect}; the class is package-private so that each area of libvirt gets a file of its
 * own. Thread-safe.
 *
 * <p>Events need libvirt's event loop: call {@link EventLoop#start()} before opening the
 * connection. Listeners run on the loop's thread, must not block, and get immutable records.
 * Each registration method returns an {@link EventRegistration}; closing it (or this
 * connection) deregisters the listener. The listener stays strongly reachable until libvirt has
 * released it, so it keeps working however much garbage is collected.
 */
abstract class ConnectEvents extends ConnectDeviceEvents {

    ConnectEvents(Pointer pointer) {
        super(pointer);
    }

    /**
     * Registers a listener for {@link NetworkEventLifecycle} events ({@code VIR_NETWORK_EVENT_ID_LIFECYCLE}).
     *
     * <p>Wraps {@code virConnectNetworkEventRegisterAny}; closing the registration wraps {@code virConnectNetworkEventDeregisterAny}.
     *
     * @param net only this network's events, or null for every network's
     * @param listener runs on the event-loop thread; must not block
     * @return the registration; close it to deregister
     * @throws IllegalStateException when the {@link EventLoop} was not started
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-network.html#virConnectNetworkEventRegisterAny">virConnectNetworkEventRegisterAny</a>
     */
    @Wraps({"virConnectNetworkEventRegisterAny", "virConnectNetworkEventDeregisterAny"})
    public EventRegistration networkEventLifecycleRegister(Network net, EventListener<? super NetworkEventLifecycle> listener) {
        return registerObject(net, EventRegistrations.Kind.NETWORK, ObjectEvents.networkLifecycle(listener), listener,
                "virConnectNetworkEventRegisterAny",
                (p, o, fn, op) -> CNetwork.virConnectNetworkEventRegisterAny(p, o, NetworkEventID.LIFECYCLE.value(), fn, op,
                        CallbackRegistry.FREE_POINTER),
                CNetwork::virConnectNetworkEventDeregisterAny);
    }

    /**
     * Registers a listener for {@link StoragePoolEventLifecycle} events ({@code VIR_STORAGE_POOL_EVENT_ID_LIFECYCLE}).
     *
     * <p>Wraps {@code virConnectStoragePoolEventRegisterAny}; closing the registration wraps {@code virConnectStoragePoolEventDeregisterAny}.
     *
     * @param pool only this pool's events, or null for every pool's
     * @param listener runs on the event-loop thread; must not block
     * @return the registration; close it to deregister
     * @throws IllegalStateException when the {@link EventLoop} was not started
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-storage.html#virConnectStoragePoolEventRegisterAny">virConnectStoragePoolEventRegisterAny</a>
     */
    @Wraps({"virConnectStoragePoolEventRegisterAny", "virConnectStoragePoolEventDeregisterAny"})
    public EventRegistration storagePoolEventLifecycleRegister(StoragePool pool, EventListener<? super StoragePoolEventLifecycle> listener) {
        return registerObject(pool, EventRegistrations.Kind.STORAGE_POOL, ObjectEvents.poolLifecycle(listener), listener,
                "virConnectStoragePoolEventRegisterAny",
                (p, o, fn, op) -> CStorage.virConnectStoragePoolEventRegisterAny(p, o, StoragePoolEventID.LIFECYCLE.value(), fn,
                        op, CallbackRegistry.FREE_POINTER),
                CStorage::virConnectStoragePoolEventDeregisterAny);
    }

    /**
     * Registers a listener for {@link StoragePoolEventRefresh} events ({@code VIR_STORAGE_POOL_EVENT_ID_REFRESH}).
     *
     * <p>Wraps {@code virConnectStoragePoolEventRegisterAny}; closing the registration wraps {@code virConnectStoragePoolEventDeregisterAny}.
     *
     * @param pool only this pool's events, or null for every pool's
     * @param listener runs on the event-loop thread; must not block
     * @return the registration; close it to deregister
     * @throws IllegalStateException when the {@link EventLoop} was not started
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-storage.html#virConnectStoragePoolEventRegisterAny">virConnectStoragePoolEventRegisterAny</a>
     */
    @Wraps({"virConnectStoragePoolEventRegisterAny", "virConnectStoragePoolEventDeregisterAny"})
    public EventRegistration storagePoolEventRefreshRegister(StoragePool pool, EventListener<? super StoragePoolEventRefresh> listener) {
        return registerObject(pool, EventRegistrations.Kind.STORAGE_POOL, ObjectEvents.poolRefresh(listener), listener,
                "virConnectStoragePoolEventRegisterAny",
                (p, o, fn, op) -> CStorage.virConnectStoragePoolEventRegisterAny(p, o, StoragePoolEventID.REFRESH.value(), fn,
                        op, CallbackRegistry.FREE_POINTER),
                CStorage::virConnectStoragePoolEventDeregisterAny);
    }

    /**
     * Registers a listener for {@link NodeDeviceEventLifecycle} events ({@code VIR_NODE_DEVICE_EVENT_ID_LIFECYCLE}).
     *
     * <p>Wraps {@code virConnectNodeDeviceEventRegisterAny}; closing the registration wraps {@code virConnectNodeDeviceEventDeregisterAny}.
     *
     * @param dev only this device's events, or null for every device's
     * @param listener runs on the event-loop thread; must not block
     * @return the registration; close it to deregister
     * @throws IllegalStateException when the {@link EventLoop} was not started
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-nodedev.html#virConnectNodeDeviceEventRegisterAny">virConnectNodeDeviceEventRegisterAny</a>
     */
    @Wraps({"virConnectNodeDeviceEventRegisterAny", "virConnectNodeDeviceEventDeregisterAny"})
    public EventRegistration nodeDeviceEventLifecycleRegister(NodeDevice dev, EventListener<? super NodeDeviceEventLifecycle> listener) {
        return registerObject(dev, EventRegistrations.Kind.NODE_DEVICE, ObjectEvents.nodeDeviceLifecycle(listener), listener,
                "virConnectNodeDeviceEventRegisterAny",
                (p, o, fn, op) -> CNodeDev.virConnectNodeDeviceEventRegisterAny(p, o, NodeDeviceEventID.LIFECYCLE.value(), fn,
                        op, CallbackRegistry.FREE_POINTER),
                CNodeDev::virConnectNodeDeviceEventDeregisterAny);
    }

    /**
     * Registers a listener for {@link NodeDeviceEventUpdate} events ({@code VIR_NODE_DEVICE_EVENT_ID_UPDATE}).
     *
     * <p>Wraps {@code virConnectNodeDeviceEventRegisterAny}; closing the registration wraps {@code virConnectNodeDeviceEventDeregisterAny}.
     *
     * @param dev only this device's events, or null for every device's
     * @param listener runs on the event-loop thread; must not block
     * @return the registration; close it to deregister
     * @throws IllegalStateException when the {@link EventLoop} was not started
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-nodedev.html#virConnectNodeDeviceEventRegisterAny">virConnectNodeDeviceEventRegisterAny</a>
     */
    @Wraps({"virConnectNodeDeviceEventRegisterAny", "virConnectNodeDeviceEventDeregisterAny"})
    public EventRegistration nodeDeviceEventUpdateRegister(NodeDevice dev, EventListener<? super NodeDeviceEventUpdate> listener) {
        return registerObject(dev, EventRegistrations.Kind.NODE_DEVICE, ObjectEvents.nodeDeviceUpdate(listener), listener,
                "virConnectNodeDeviceEventRegisterAny",
                (p, o, fn, op) -> CNodeDev.virConnectNodeDeviceEventRegisterAny(p, o, NodeDeviceEventID.UPDATE.value(), fn,
                        op, CallbackRegistry.FREE_POINTER),
                CNodeDev::virConnectNodeDeviceEventDeregisterAny);
    }

    /**
     * Registers a listener for {@link SecretEventLifecycle} events ({@code VIR_SECRET_EVENT_ID_LIFECYCLE}).
     *
     * <p>Wraps {@code virConnectSecretEventRegisterAny}; closing the registration wraps {@code virConnectSecretEventDeregisterAny}.
     *
     * @param secret only this secret's events, or null for every secret's
     * @param listener runs on the event-loop thread; must not block
     * @return the registration; close it to deregister
     * @throws IllegalStateException when the {@link EventLoop} was not started
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-secret.html#virConnectSecretEventRegisterAny">virConnectSecretEventRegisterAny</a>
     */
    @Wraps({"virConnectSecretEventRegisterAny", "virConnectSecretEventDeregisterAny"})
    public EventRegistration secretEventLifecycleRegister(Secret secret, EventListener<? super SecretEventLifecycle> listener) {
        return registerObject(secret, EventRegistrations.Kind.SECRET, ObjectEvents.secretLifecycle(listener), listener,
                "virConnectSecretEventRegisterAny",
                (p, o, fn, op) -> CSecret.virConnectSecretEventRegisterAny(p, o, SecretEventID.LIFECYCLE.value(), fn, op,
                        CallbackRegistry.FREE_POINTER),
                CSecret::virConnectSecretEventDeregisterAny);
    }

    /**
     * Registers a listener for {@link SecretEventValueChanged} events ({@code VIR_SECRET_EVENT_ID_VALUE_CHANGED}).
     *
     * <p>Wraps {@code virConnectSecretEventRegisterAny}; closing the registration wraps {@code virConnectSecretEventDeregisterAny}.
     *
     * @param secret only this secret's events, or null for every secret's
     * @param listener runs on the event-loop thread; must not block
     * @return the registration; close it to deregister
     * @throws IllegalStateException when the {@link EventLoop} was not started
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-secret.html#virConnectSecretEventRegisterAny">virConnectSecretEventRegisterAny</a>
     */
    @Wraps({"virConnectSecretEventRegisterAny", "virConnectSecretEventDeregisterAny"})
    public EventRegistration secretEventValueChangedRegister(Secret secret, EventListener<? super SecretEventValueChanged> listener) {
        return registerObject(secret, EventRegistrations.Kind.SECRET, ObjectEvents.secretValueChanged(listener), listener,
                "virConnectSecretEventRegisterAny",
                (p, o, fn, op) -> CSecret.virConnectSecretEventRegisterAny(p, o, SecretEventID.VALUE_CHANGED.value(), fn, op,
                        CallbackRegistry.FREE_POINTER),
                CSecret::virConnectSecretEventDeregisterAny);
    }


    /**
     * Registers the connection's close callback, told why a connection closed unexpectedly
     * (keepalive timeout, end of file, error). At most one per connection.
     *
     * <p>Wraps {@code virConnectRegisterCloseCallback}; closing the registration wraps
     * {@code virConnectUnregisterCloseCallback}.
     *
     * @param listener runs on the event-loop thread; must not block
     * @return the registration; close it to unregister
     * @throws IllegalStateException when the {@link EventLoop} was not started
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-host.html#virConnectRegisterCloseCallback">virConnectRegisterCloseCallback</a>
     */
    @Wraps({"virConnectRegisterCloseCallback", "virConnectUnregisterCloseCallback"})
    public EventRegistration registerCloseCallback(EventListener<? super ConnectCloseReason> listener) {
        Objects.requireNonNull(listener, "listener");
        EventLoop.requireRunning();
        return register(EventRegistrations.Kind.CLOSE, ObjectEvents.close(listener), listener,
                "virConnectRegisterCloseCallback",
                (p, fn, op) -> CHost.virConnectRegisterCloseCallback(p, fn, op, CallbackRegistry.FREE_POINTER),
                (c, id) -> 0);
    }

    /**
     * Unregisters the close callback registered through this handle, as closing its
     * registration does.
     *
     * <p>Wraps {@code virConnectUnregisterCloseCallback}.
     *
     * @throws IllegalStateException when none is registered through this handle
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-host.html#virConnectUnregisterCloseCallback">virConnectUnregisterCloseCallback</a>
     */
    @Wraps("virConnectUnregisterCloseCallback")
    public void unregisterCloseCallback() {
        if (!registrations().closeFirst(EventRegistrations.Kind.CLOSE)) {
            throw new IllegalStateException("no close callback registered through this handle");
        }
    }
}
