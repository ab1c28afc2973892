package org.virtfx.libvirt;

import com.sun.jna.Pointer;
import org.virtfx.libvirt.internal.NativeStrings;

/**
 * A host device ({@code virNodeDevicePtr}).
 *
 * <p>Thread-safe. The caller owns the handle and must {@link #close()} it.
 */
public final class NodeDevice extends Handle {

    NodeDevice(Pointer pointer) {
        super(pointer, "NodeDevice", CNodeDev::virNodeDeviceFree, p -> NativeStrings.borrowUtf8(CNodeDev.virNodeDeviceGetName(p)));
    }
}
