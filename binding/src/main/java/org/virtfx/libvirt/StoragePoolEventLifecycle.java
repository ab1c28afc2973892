package org.virtfx.libvirt;

/**
 * A storage pool was defined, undefined, started, stopped, created or deleted
 * ({@code VIR_STORAGE_POOL_EVENT_ID_LIFECYCLE}). An immutable copy made on the event-loop thread.
 *
 * @param poolName the pool's name
 * @param poolUuid the pool's UUID
 * @param event what happened
 * @param detail more about it; 0 for now
 */
public record StoragePoolEventLifecycle(String poolName, String poolUuid, StoragePoolEventLifecycleType event,
                                        int detail) {
}
