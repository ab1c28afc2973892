package org.virtfx.libvirt;

import com.sun.jna.Pointer;
import org.virtfx.libvirt.internal.NativeStrings;

/**
 * A virtual network ({@code virNetworkPtr}).
 *
 * <p>Thread-safe. The caller owns the handle and must {@link #close()} it.
 */
public final class Network extends Handle {

    Network(Pointer pointer) {
        super(pointer, "Network", CNetwork::virNetworkFree, p -> NativeStrings.borrowUtf8(CNetwork.virNetworkGetName(p)));
    }
}
