package org.virtfx.libvirt;

import java.util.Objects;
import java.util.Optional;

/**
 * One DHCP lease of a virtual network: libvirt's {@code virNetworkDHCPLease}, copied into Java.
 *
 * <p>Immutable and thread-safe; holds no native memory (the binding frees the C lease with
 * {@code virNetworkDHCPLeaseFree} as soon as it is read).
 *
 * @param iface the network interface's name, such as {@code virbr0}
 * @param expiryTime when the lease expires, in seconds since the epoch; 0 when it never expires
 * @param type the address family
 * @param mac the client's MAC address, if known (IPv6 leases may lack it)
 * @param iaid the IAID of an IPv6 lease, if any
 * @param ipAddr the leased address
 * @param prefix the address's prefix length
 * @param hostname the client's host name, if it sent one
 * @param clientId the client ID (IPv4) or DUID (IPv6), if any
 * @see <a href="https://libvirt.org/html/libvirt-libvirt-network.html#virNetworkDHCPLease">virNetworkDHCPLease</a>
 */
public record NetworkDHCPLease(String iface, long expiryTime, IPAddrType type, Optional<String> mac,
        Optional<String> iaid, String ipAddr, long prefix, Optional<String> hostname, Optional<String> clientId) {

    /** Checks that no component is null. */
    public NetworkDHCPLease {
        Objects.requireNonNull(iface, "iface");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(mac, "mac");
        Objects.requireNonNull(iaid, "iaid");
        Objects.requireNonNull(ipAddr, "ipAddr");
        Objects.requireNonNull(hostname, "hostname");
        Objects.requireNonNull(clientId, "clientId");
    }
}
