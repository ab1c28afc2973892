package org.virtfx.ui.core.history;

/**
 * What one {@code virConnectGetAllDomainStats} record says about one domain at one time, read on
 * the connection's worker. Every count is {@code -1} when the daemon did not report it.
 *
 * <p>Block and network counters are the sums over all devices ({@code block.N.rd.bytes} ...). A
 * device that is unplugged makes the sum go down, which {@link CounterRate} reads as a reset: one
 * interval then undercounts or counts the other devices' totals; the next interval is right again.
 *
 * @param nanos when it was read, from {@link System#nanoTime()}
 * @param active whether the domain is running or paused (has a QEMU process)
 * @param vcpus the number of virtual CPUs ({@code vcpu.current}), or -1
 * @param cpuTimeNs CPU time used, nanoseconds ({@code cpu.time}), or -1
 * @param memoryKiB current memory ({@code balloon.current}), or -1
 * @param maxMemoryKiB maximum memory ({@code balloon.maximum}), or -1
 * @param blockRdBytes bytes read from all disks, or -1
 * @param blockWrBytes bytes written to all disks, or -1
 * @param netRxBytes bytes received on all interfaces, or -1
 * @param netTxBytes bytes sent on all interfaces, or -1
 */
public record DomainSample(long nanos, boolean active, int vcpus, long cpuTimeNs, long memoryKiB,
                           long maxMemoryKiB, long blockRdBytes, long blockWrBytes, long netRxBytes,
                           long netTxBytes) {
}
