package org.virtfx.libvirt;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.virtfx.libvirt.internal.NativeStrings;
import org.virtfx.libvirt.internal.Scratch;
import org.virtfx.libvirt.internal.StructLayout;

/**
 * Reads {@code virNetworkGetDHCPLeases} results into {@link NetworkDHCPLease} records and frees
 * them. Thread-safe: no state but the layout.
 */
final class NetworkLeases {
    // struct _virNetworkDHCPLease, in field order: char *iface; long long expirytime; int type;
    // char *mac; char *iaid; char *ipaddr; unsigned int prefix; char *hostname; char *clientid.
    static final int IFACE;
    static final int EXPIRY_TIME;
    static final int TYPE;
    static final int MAC;
    static final int IAID;
    static final int IP_ADDR;
    static final int PREFIX;
    static final int HOSTNAME;
    static final int CLIENT_ID;
    static final int SIZE;

    static {
        StructLayout l = new StructLayout();
        IFACE = l.addPointer();
        EXPIRY_TIME = l.add(8);
        TYPE = l.addInt();
        MAC = l.addPointer();
        IAID = l.addPointer();
        IP_ADDR = l.addPointer();
        PREFIX = l.addInt();
        HOSTNAME = l.addPointer();
        CLIENT_ID = l.addPointer();
        SIZE = l.size();
    }

    private NetworkLeases() {
    }

    /**
     * Calls {@code virNetworkGetDHCPLeases} on a pinned network pointer.
     *
     * @param network the network
     * @param mac a MAC address to filter by, or null for all leases
     * @return the leases
     */
    static List<NetworkDHCPLease> get(Pointer network, String mac) {
        Pointer out = Scratch.get(Native.POINTER_SIZE);
        int n = ErrorCapture.check(CNetwork.virNetworkGetDHCPLeases(network, mac, out, 0), "virNetworkGetDHCPLeases");
        return take(out.getPointer(0), n);
    }

    /**
     * Reads an array of {@code count} lease pointers, then frees each lease with
     * {@code virNetworkDHCPLeaseFree} and the array with {@code free}.
     *
     * @param array the array, may be null when {@code count} is 0
     * @param count how many leases it holds
     * @return the leases, in libvirt's order
     */
    static List<NetworkDHCPLease> take(Pointer array, int count) {
        if (array == null) {
            return List.of();
        }
        List<NetworkDHCPLease> leases = new ArrayList<>(count);
        try {
            for (int i = 0; i < count; i++) {
                leases.add(read(array.getPointer((long) i * Native.POINTER_SIZE)));
            }
        } finally {
            for (int i = 0; i < count; i++) {
                Pointer lease = array.getPointer((long) i * Native.POINTER_SIZE);
                if (lease != null) {
                    CNetwork.virNetworkDHCPLeaseFree(lease);
                }
            }
            Native.free(Pointer.nativeValue(array));
        }
        return List.copyOf(leases);
    }

    /**
     * Reads one lease; leaves the memory alone.
     *
     * @param lease a {@code virNetworkDHCPLease}
     * @return its copy
     */
    static NetworkDHCPLease read(Pointer lease) {
        return new NetworkDHCPLease(
                text(lease, IFACE).orElse(""),
                lease.getLong(EXPIRY_TIME),
                IPAddrType.of(lease.getInt(TYPE)),
                text(lease, MAC),
                text(lease, IAID),
                text(lease, IP_ADDR).orElse(""),
                lease.getInt(PREFIX) & 0xffff_ffffL,
                text(lease, HOSTNAME),
                text(lease, CLIENT_ID));
    }

    private static Optional<String> text(Pointer struct, int offset) {
        return Optional.ofNullable(NativeStrings.borrowUtf8(struct.getPointer(offset)));
    }
}
