package org.virtfx.libvirt;

import java.util.BitSet;

/**
 * One virtual CPU of a running domain, from {@code virDomainGetVcpus} ({@code virVcpuInfo} and
 * its CPU map). Immutable but for the {@link BitSet}, which is the caller's own copy.
 *
 * @param number the vCPU's number
 * @param state whether it runs
 * @param cpuTimeNanos the CPU time it used, in nanoseconds
 * @param cpu the host CPU it runs on now, or -1
 * @param cpuMap the host CPUs it may run on
 */
public record VcpuInfo(int number, VcpuState state, long cpuTimeNanos, int cpu, BitSet cpuMap) {
}
