package org.virtfx.libvirt;

/**
 * One address of a guest interface ({@code virDomainIPAddress}). Immutable.
 *
 * @param type IPv4 or IPv6
 * @param addr the address as text
 * @param prefix the prefix length
 */
public record DomainIPAddress(IPAddrType type, String addr, int prefix) {
}
