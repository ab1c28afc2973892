package org.virtfx.libvirt;

import com.sun.jna.Pointer;
import org.virtfx.libvirt.internal.NativeStrings;

/**
 * A storage volume ({@code virStorageVolPtr}).
 *
 * <p>Thread-safe. The caller owns the handle and must {@link #close()} it.
 */
public final class StorageVol extends Handle {

    StorageVol(Pointer pointer) {
        super(pointer, "StorageVol", CStorage::virStorageVolFree, p -> NativeStrings.borrowUtf8(CStorage.virStorageVolGetName(p)));
    }
}
