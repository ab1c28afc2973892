package org.virtfx.libvirt;

/**
 * A storage pool was refreshed ({@code VIR_STORAGE_POOL_EVENT_ID_REFRESH}). Immutable.
 *
 * @param poolName the pool's name
 * @param poolUuid the pool's UUID
 */
public record StoragePoolEventRefresh(String poolName, String poolUuid) {
}
