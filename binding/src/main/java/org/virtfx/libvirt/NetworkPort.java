package org.virtfx.libvirt;

import com.sun.jna.Pointer;

/**
 * A port of a virtual network ({@code virNetworkPortPtr}).
 *
 * <p>Thread-safe. The caller owns the handle and must {@link #close()} it.
 */
public final class NetworkPort extends Handle {

    NetworkPort(Pointer pointer) {
        super(pointer, "NetworkPort", CNetwork::virNetworkPortFree, p -> "port");
    }
}
