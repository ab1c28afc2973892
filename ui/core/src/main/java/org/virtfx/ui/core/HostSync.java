package org.virtfx.ui.core;

import java.util.Map;
import org.virtfx.libvirt.Connect;
import org.virtfx.libvirt.ErrorNumber;
import org.virtfx.libvirt.LibvirtException;
import org.virtfx.libvirt.NodeInfo;
import org.virtfx.ui.core.history.HostPoint;
import org.virtfx.ui.core.history.HostRates;
import org.virtfx.ui.core.history.HostSample;

/**
 * Keeps a connection's host model in step: its facts once per session, its CPU and memory
 * statistics every tick ({@code virNodeGetCPUStats} and {@code virNodeGetMemoryStats} over all
 * CPUs and cells). A statistic the driver lacks is asked for once per session, then left alone.
 *
 * <p>Worker-side: {@link #rates}, {@link #factsRead}, {@link #noCpuStats}, {@link #noMemoryStats}.
 * FX-side: {@link #host}.
 */
final class HostSync implements ModelSync<HostSync.Batch> {
    /** libvirt's "all CPUs" and "all cells" index ({@code VIR_NODE_CPU_STATS_ALL_CPUS}). */
    private static final int ALL = -1;

    /**
     * @param facts the host's facts, when (re)read in this reading, else null
     * @param point the graph point; only full readings make one
     */
    record Batch(HostFacts facts, HostPoint point) {
    }

    /** The fixed facts of a host, read once per session. */
    record HostFacts(String hostname, String hypervisor, String cpuModel, int cpus, long memoryKiB, long libvirtVersion) {
    }

    // Worker-confined.
    private final HostRates rates = new HostRates();
    private boolean factsRead;
    private boolean noCpuStats;
    private boolean noMemoryStats;

    // FX-confined.
    private final LiveHost host;

    HostSync(LiveHost host) {
        this.host = host;
    }

    /** Worker: a new session: read the facts again, and try every statistic again. */
    void newSession() {
        factsRead = false;
        noCpuStats = false;
        noMemoryStats = false;
    }

    private static HostFacts facts(Connect connect) {
        NodeInfo info = connect.getNodeInfo();
        return new HostFacts(optional(connect::getHostname), optional(connect::getType), info.model(), info.cpus(),
                info.memoryKiB(), libVersion(connect));
    }

    @Override
    public Batch read(Connect connect, boolean full) {
        if (!full) {
            return null;
        }
        HostFacts facts = null;
        if (!factsRead) {
            facts = facts(connect);
            factsRead = true;
        }
        Map<String, Long> cpu = noCpuStats ? Map.of() : cpuStats(connect);
        Map<String, Long> mem = noMemoryStats ? Map.of() : memoryStats(connect);
        HostSample sample = new HostSample(System.nanoTime(), cpu.getOrDefault("kernel", -1L),
                cpu.getOrDefault("user", -1L), cpu.getOrDefault("idle", -1L), cpu.getOrDefault("iowait", -1L),
                mem.getOrDefault("total", -1L), mem.getOrDefault("free", -1L), mem.getOrDefault("buffers", -1L),
                mem.getOrDefault("cached", -1L));
        return new Batch(facts, rates.next(sample));
    }

    private Map<String, Long> cpuStats(Connect connect) {
        try {
            return connect.getCpuStats(ALL);
        } catch (LibvirtException e) {
            noCpuStats = unsupported(e);
            return Map.of();
        }
    }

    private Map<String, Long> memoryStats(Connect connect) {
        try {
            return connect.getMemoryStats(ALL);
        } catch (LibvirtException e) {
            noMemoryStats = unsupported(e);
            return Map.of();
        }
    }

    private static boolean unsupported(LibvirtException e) {
        if (e.is(ErrorNumber.NO_SUPPORT) || e.is(ErrorNumber.OPERATION_UNSUPPORTED)) {
            return true;
        }
        throw e;
    }

    private static String optional(java.util.function.Supplier<String> read) {
        try {
            return read.get();
        } catch (LibvirtException e) {
            return "";
        }
    }

    private static long libVersion(Connect connect) {
        try {
            return connect.getLibVersion();
        } catch (LibvirtException e) {
            return 0;
        }
    }

    @Override
    public void apply(Batch batch) {
        if (batch.facts() != null) {
            host.update(batch.facts());
        }
        if (batch.point() != null) {
            host.record(batch.point());
        }
    }
}
