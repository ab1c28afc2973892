package org.virtfx.libvirt;

/**
 * A storage volume's type and sizes: libvirt's {@code virStorageVolInfo}.
 *
 * <p>Immutable and thread-safe. The sizes are C {@code unsigned long long} values, in bytes.
 *
 * @param type the volume's type
 * @param capacity the logical size, in bytes
 * @param allocation the bytes allocated on the host (or, with
 *     {@link StorageVolInfoFlags#GET_PHYSICAL}, the physical size)
 * @see <a href="https://libvirt.org/html/libvirt-libvirt-storage.html#virStorageVolInfo">virStorageVolInfo</a>
 */
public record StorageVolInfo(StorageVolType type, long capacity, long allocation) {
}
