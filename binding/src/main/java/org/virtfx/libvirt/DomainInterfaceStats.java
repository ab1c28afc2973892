package org.virtfx.libvirt;

/**
 * A network interface's traffic counters, from {@code virDomainInterfaceStats}
 * ({@code virDomainInterfaceStatsStruct}). A counter the driver does not know is -1. Immutable.
 *
 * @param rxBytes bytes received
 * @param rxPackets packets received
 * @param rxErrs receive errors
 * @param rxDrop received packets dropped
 * @param txBytes bytes sent
 * @param txPackets packets sent
 * @param txErrs send errors
 * @param txDrop sent packets dropped
 */
public record DomainInterfaceStats(long rxBytes, long rxPackets, long rxErrs, long rxDrop, long txBytes,
        long txPackets, long txErrs, long txDrop) {
}
