package org.virtfx.libvirt;

import java.util.List;

/**
 * A guest network interface and its addresses, from {@code virDomainInterfaceAddresses}
 * ({@code virDomainInterface}). Immutable.
 *
 * @param name the interface's name (host side for leases and ARP, guest side for the agent)
 * @param hwaddr its MAC address, or null when unknown
 * @param addrs its addresses
 */
public record DomainInterface(String name, String hwaddr, List<DomainIPAddress> addrs) {
}
