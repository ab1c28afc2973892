package org.virtfx.libvirt;

/**
 * What {@code virDomainGetInfo} reports of a domain ({@code virDomainInfo}).
 *
 * @param state the domain's state
 * @param maxMemoryKiB the most memory the domain may have, in KiB ({@code maxMem})
 * @param memoryKiB the memory the domain has now, in KiB ({@code memory})
 * @param vcpus the number of virtual CPUs ({@code nrVirtCpu})
 * @param cpuTimeNanos CPU time used, in nanoseconds ({@code cpuTime}; unsigned, never negative in practice)
 */
public record DomainInfo(DomainState state, long maxMemoryKiB, long memoryKiB, int vcpus, long cpuTimeNanos) {
}
