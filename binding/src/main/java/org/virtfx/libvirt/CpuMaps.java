package org.virtfx.libvirt;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import java.util.BitSet;
import java.util.Objects;

/**
 * Converts libvirt CPU maps ({@code unsigned char *cpumap}: CPU {@code n} is bit {@code n % 8}
 * of byte {@code n / 8}) to and from {@link BitSet}s, whose {@code toByteArray} uses that very
 * order. Thread-safe: no state.
 */
final class CpuMaps {
    private CpuMaps() {
    }

    /**
     * Counts the host's CPUs, which sizes every CPU map of a domain.
     *
     * @param dom a pinned domain pointer
     * @return the number of host CPUs
     */
    static int hostCpus(Pointer dom) {
        Pointer conn = ErrorCapture.check(CDomain.virDomainGetConnect(dom), "virDomainGetConnect");
        return ErrorCapture.check(CHost.virNodeGetCPUMap(conn, null, null, 0), "virNodeGetCPUMap");
    }

    /** @return the bytes a map of {@code cpus} CPUs takes ({@code VIR_CPU_MAPLEN}) */
    static int mapLength(int cpus) {
        return (cpus + 7) / 8;
    }

    /**
     * Reads one map.
     *
     * @param p the memory
     * @param offset where the map starts
     * @param length its length in bytes
     * @return the CPUs set in it
     */
    static BitSet read(Pointer p, long offset, int length) {
        return BitSet.valueOf(p.getByteArray(offset, length));
    }

    /**
     * Packs a map into new native memory of the host's map length.
     *
     * @param cpus the CPUs; none may be at or beyond {@code hostCpus}
     * @param hostCpus the number of host CPUs
     * @return the map; the caller closes it
     * @throws IllegalArgumentException for an empty map or a CPU the host lacks
     */
    static Memory pack(BitSet cpus, int hostCpus) {
        Objects.requireNonNull(cpus, "cpumap");
        if (cpus.isEmpty()) {
            throw new IllegalArgumentException("a CPU map needs at least one CPU");
        }
        if (cpus.length() > hostCpus) {
            throw new IllegalArgumentException("CPU " + (cpus.length() - 1) + " is beyond the host's " + hostCpus
                    + " CPUs");
        }
        int length = mapLength(hostCpus);
        Memory m = new Memory(length);
        m.clear();
        byte[] bytes = cpus.toByteArray();
        m.write(0, bytes, 0, bytes.length);
        return m;
    }
}
