package org.virtfx.ui.core;

import org.virtfx.libvirt.StorageVolType;

/**
 * What one reading saw of one storage volume: immutable, made on the worker.
 *
 * @param key the key, the identity
 * @param name the name
 * @param path the path on the host
 * @param type the type
 * @param capacity the logical size in bytes
 * @param allocation the bytes allocated on the host
 */
record StorageVolumeSnapshot(String key, String name, String path, StorageVolType type, long capacity,
                             long allocation) {
}
