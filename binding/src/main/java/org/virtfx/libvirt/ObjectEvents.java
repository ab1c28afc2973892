package org.virtfx.libvirt;

import com.sun.jna.Callback;
import com.sun.jna.Pointer;
import org.virtfx.libvirt.internal.EventCallbacks;
import org.virtfx.libvirt.internal.Scratch;

/**
 * The JNA callbacks behind network, storage pool, node device and secret event registrations,
 * the legacy domain lifecycle callback and the close callback. Each copies libvirt's arguments
 * into a record on the event-loop thread and hands it on through
 * {@link CallbackRegistry#deliver}. Stateless.
 */
final class ObjectEvents {
    private ObjectEvents() {
    }

    private static String uuid(Pointer obj, java.util.function.ToIntBiFunction<Pointer, Pointer> getUuid) {
        Pointer buf = Scratch.get(DomainEvents.UUID_STRING_BUFLEN);
        return getUuid.applyAsInt(obj, buf) < 0 ? "" : DomainEvents.str(buf);
    }

    static Callback networkLifecycle(EventListener<? super NetworkEventLifecycle> l) {
        return (EventCallbacks.IntInt) (c, n, a, b, o) -> CallbackRegistry.deliver(l, () -> new NetworkEventLifecycle(
                DomainEvents.str(CNetwork.virNetworkGetName(n)), uuid(n, CNetwork::virNetworkGetUUIDString),
                NetworkEventLifecycleType.of(a), b));
    }

    static Callback poolLifecycle(EventListener<? super StoragePoolEventLifecycle> l) {
        return (EventCallbacks.IntInt) (c, p, a, b, o) -> CallbackRegistry.deliver(l, () ->
                new StoragePoolEventLifecycle(DomainEvents.str(CStorage.virStoragePoolGetName(p)),
                        uuid(p, CStorage::virStoragePoolGetUUIDString), StoragePoolEventLifecycleType.of(a), b));
    }

    static Callback poolRefresh(EventListener<? super StoragePoolEventRefresh> l) {
        return (EventCallbacks.Generic) (c, p, o) -> CallbackRegistry.deliver(l, () -> new StoragePoolEventRefresh(
                DomainEvents.str(CStorage.virStoragePoolGetName(p)), uuid(p, CStorage::virStoragePoolGetUUIDString)));
    }

    static Callback nodeDeviceLifecycle(EventListener<? super NodeDeviceEventLifecycle> l) {
        return (EventCallbacks.IntInt) (c, d, a, b, o) -> CallbackRegistry.deliver(l, () -> new NodeDeviceEventLifecycle(
                DomainEvents.str(CNodeDev.virNodeDeviceGetName(d)), NodeDeviceEventLifecycleType.of(a), b));
    }

    static Callback nodeDeviceUpdate(EventListener<? super NodeDeviceEventUpdate> l) {
        return (EventCallbacks.Generic) (c, d, o) -> CallbackRegistry.deliver(l, () -> new NodeDeviceEventUpdate(
                DomainEvents.str(CNodeDev.virNodeDeviceGetName(d))));
    }

    static Callback secretLifecycle(EventListener<? super SecretEventLifecycle> l) {
        return (EventCallbacks.IntInt) (c, s, a, b, o) -> CallbackRegistry.deliver(l, () -> new SecretEventLifecycle(
                uuid(s, CSecret::virSecretGetUUIDString), SecretUsageType.of(CSecret.virSecretGetUsageType(s)),
                DomainEvents.str(CSecret.virSecretGetUsageID(s)), SecretEventLifecycleType.of(a), b));
    }

    static Callback secretValueChanged(EventListener<? super SecretEventValueChanged> l) {
        return (EventCallbacks.Generic) (c, s, o) -> CallbackRegistry.deliver(l, () -> new SecretEventValueChanged(
                uuid(s, CSecret::virSecretGetUUIDString), SecretUsageType.of(CSecret.virSecretGetUsageType(s)),
                DomainEvents.str(CSecret.virSecretGetUsageID(s))));
    }

    static Callback legacyLifecycle(EventListener<? super DomainEventLifecycle> l) {
        return (EventCallbacks.LegacyLifecycle) (c, d, a, b, o) -> {
            CallbackRegistry.deliver(l, () -> new DomainEventLifecycle(DomainEvents.name(d), DomainEvents.uuid(d),
                    DomainEventType.of(a), b));
            return 0;
        };
    }

    static Callback close(EventListener<? super ConnectCloseReason> l) {
        return (EventCallbacks.Close) (c, reason, o) -> CallbackRegistry.deliver(l, () -> ConnectCloseReason.of(reason));
    }
}
