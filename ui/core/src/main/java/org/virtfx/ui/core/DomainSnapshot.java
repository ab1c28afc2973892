package org.virtfx.ui.core;

import org.virtfx.libvirt.DomainState;

/**
 * What one poll read of one domain: immutable, made on the worker, applied on the FX thread.
 *
 * @param uuid the UUID, the identity
 * @param name the name
 * @param state the state
 * @param id the hypervisor ID, or -1 when not running
 * @param vcpus the number of virtual CPUs
 * @param memoryKiB current memory in KiB
 * @param maxMemoryKiB maximum memory in KiB
 */
public record DomainSnapshot(String uuid, String name, DomainState state, long id, int vcpus,
                             long memoryKiB, long maxMemoryKiB) {
}
