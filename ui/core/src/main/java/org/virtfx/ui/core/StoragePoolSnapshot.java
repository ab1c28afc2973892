package org.virtfx.ui.core;

import java.util.List;
import org.virtfx.libvirt.StoragePoolState;

/**
 * What one reading saw of one storage pool and its volumes: immutable, made on the worker.
 *
 * @param uuid the UUID, the identity
 * @param name the name
 * @param state the state
 * @param capacity the logical size in bytes
 * @param allocation the bytes its volumes take
 * @param available the bytes still free
 * @param persistent whether it has a saved definition
 * @param autostart whether it starts with the host
 * @param volumes its volumes; empty when the pool is inactive
 */
record StoragePoolSnapshot(String uuid, String name, StoragePoolState state, long capacity, long allocation,
                           long available, boolean persistent, boolean autostart,
                           List<StorageVolumeSnapshot> volumes) {

    StoragePoolSnapshot {
        volumes = List.copyOf(volumes);
    }

    /** @return the same reading without volumes: what the pool's own model shows */
    StoragePoolSnapshot withoutVolumes() {
        return volumes.isEmpty() ? this
                : new StoragePoolSnapshot(uuid, name, state, capacity, allocation, available, persistent, autostart,
                        List.of());
    }
}
