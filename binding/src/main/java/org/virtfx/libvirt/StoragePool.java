package org.virtfx.libvirt;

import com.sun.jna.Pointer;
import org.virtfx.libvirt.internal.NativeStrings;

/**
 * A storage pool ({@code virStoragePoolPtr}).
 *
 * <p>Thread-safe. The caller owns the handle and must {@link #close()} it.
 */
public final class StoragePool extends Handle {

    StoragePool(Pointer pointer) {
        super(pointer, "StoragePool", CStorage::virStoragePoolFree, p -> NativeStrings.borrowUtf8(CStorage.virStoragePoolGetName(p)));
    }
}
