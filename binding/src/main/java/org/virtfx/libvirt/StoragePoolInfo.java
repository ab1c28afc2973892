package org.virtfx.libvirt;

/**
 * A storage pool's state and sizes: libvirt's {@code virStoragePoolInfo}.
 *
 * <p>Immutable and thread-safe. The sizes are C {@code unsigned long long} values, in bytes;
 * read them with {@link Long#toUnsignedString(long)} if they may exceed {@link Long#MAX_VALUE}.
 *
 * @param state the pool's state
 * @param capacity the logical size, in bytes
 * @param allocation the bytes in use by volumes
 * @param available the bytes still free
 * @see <a href="https://libvirt.org/html/libvirt-libvirt-storage.html#virStoragePoolInfo">virStoragePoolInfo</a>
 */
public record StoragePoolInfo(StoragePoolState state, long capacity, long allocation, long available) {
}
