package org.virtfx.libvirt;

import java.util.BitSet;

/**
 * One I/O thread of a domain, from {@code virDomainGetIOThreadInfo}
 * ({@code virDomainIOThreadInfo}). Immutable but for the {@link BitSet}, the caller's own copy.
 *
 * @param ioThreadId the thread's ID ({@code iothread_id})
 * @param cpuMap the host CPUs it may run on
 */
public record DomainIOThreadInfo(int ioThreadId, BitSet cpuMap) {
}
