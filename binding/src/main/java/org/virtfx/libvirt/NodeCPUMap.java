package org.virtfx.libvirt;

import java.util.BitSet;

/**
 * Which host CPUs are online ({@code virNodeGetCPUMap}). Immutable: the accessor returns a copy.
 *
 * @param cpus how many CPUs the host has (present, online or not)
 * @param online bit {@code i} is set when CPU {@code i} is online
 * @param onlineCount how many are online
 */
public record NodeCPUMap(int cpus, BitSet online, int onlineCount) {
    /** Copies the bit set. */
    public NodeCPUMap {
        online = (BitSet) online.clone();
    }

    /** @return a copy of the online map */
    @Override
    public BitSet online() {
        return (BitSet) online.clone();
    }
}
