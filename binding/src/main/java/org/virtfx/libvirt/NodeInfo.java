package org.virtfx.libvirt;

import com.sun.jna.Pointer;
import java.nio.charset.StandardCharsets;
import org.virtfx.libvirt.internal.StructLayout;

/**
 * The host's CPU and memory, as {@code virNodeGetInfo} reports them ({@code virNodeInfo}).
 * Immutable.
 *
 * @param model the CPU model (architecture for most drivers), at most 31 bytes
 * @param memoryKiB memory size in KiB
 * @param cpus the number of active CPUs
 * @param mhz the expected CPU frequency, 0 if unknown
 * @param nodes NUMA cells, 1 for uniform memory access
 * @param sockets CPU sockets per NUMA cell
 * @param cores cores per socket
 * @param threads threads per core
 */
public record NodeInfo(String model, long memoryKiB, int cpus, int mhz, int nodes, int sockets, int cores,
                       int threads) {
    // struct _virNodeInfo { char model[32]; unsigned long memory; unsigned int cpus, mhz, nodes,
    // sockets, cores, threads; }
    private static final int MODEL_LENGTH = 32;
    private static final int MODEL;
    private static final int MEMORY;
    private static final int CPUS;
    private static final int MHZ;
    private static final int NODES;
    private static final int SOCKETS;
    private static final int CORES;
    private static final int THREADS;
    static final int SIZE;

    static {
        StructLayout l = new StructLayout();
        MODEL = l.addArray(MODEL_LENGTH, 1);
        MEMORY = l.addLong();
        CPUS = l.addInt();
        MHZ = l.addInt();
        NODES = l.addInt();
        SOCKETS = l.addInt();
        CORES = l.addInt();
        THREADS = l.addInt();
        SIZE = l.size();
    }

    static NodeInfo read(Pointer p) {
        byte[] raw = p.getByteArray(MODEL, MODEL_LENGTH);
        int n = 0;
        while (n < raw.length && raw[n] != 0) {
            n++;
        }
        return new NodeInfo(new String(raw, 0, n, StandardCharsets.UTF_8), StructLayout.readUnsignedLong(p, MEMORY),
                p.getInt(CPUS), p.getInt(MHZ), p.getInt(NODES), p.getInt(SOCKETS), p.getInt(CORES), p.getInt(THREADS));
    }
}
