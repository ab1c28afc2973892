package org.virtfx.libvirt;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.util.BitSet;
import java.util.Map;
import java.util.Set;
import org.virtfx.libvirt.internal.Scratch;

/**
 * The host (node): its info, memory, CPU and device statistics, CPU models.
 *
 * <p>One layer of {@link Connect}'s API: the methods are public and reached through
 * {@code Connect}; the class is package-private so that each area of libvirt gets a file of its
 * own. Thread-safe.
 */
abstract class ConnectNode extends ConnectCpuModels {

    ConnectNode(Pointer pointer) {
        super(pointer);
    }


    /**
     * Returns the host's CPU and memory summary.
     *
     * <p>Wraps {@code virNodeGetInfo}.
     *
     * @return the summary
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-host.html#virNodeGetInfo">virNodeGetInfo</a>
     */
    @Wraps("virNodeGetInfo")
    public NodeInfo getNodeInfo() {
        return call(p -> {
            Pointer info = Scratch.get(NodeInfo.SIZE);
            ErrorCapture.check(CHost.virNodeGetInfo(p, info), "virNodeGetInfo");
            return NodeInfo.read(info);
        });
    }

    /**
     * Returns which host CPUs are online.
     *
     * <p>Wraps {@code virNodeGetCPUMap}.
     *
     * @return the map
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-host.html#virNodeGetCPUMap">virNodeGetCPUMap</a>
     */
    @Wraps("virNodeGetCPUMap")
    public NodeCPUMap getCpuMap() {
        return call(p -> {
            try (Memory out = new Memory(Native.POINTER_SIZE + 8L)) {
                out.clear();
                int cpus = ErrorCapture.check(CHost.virNodeGetCPUMap(p, out, out.share(Native.POINTER_SIZE), 0),
                        "virNodeGetCPUMap");
                Pointer map = out.getPointer(0);
                BitSet online = new BitSet(cpus);
                if (map != null) {
                    try {
                        byte[] bytes = map.getByteArray(0, (cpus + 7) / 8);
                        for (int i = 0; i < cpus; i++) {
                            if ((bytes[i / 8] & (1 << (i % 8))) != 0) {
                                online.set(i);
                            }
                        }
                    } finally {
                        Native.free(Pointer.nativeValue(map));
                    }
                }
                return new NodeCPUMap(cpus, online, out.getInt(Native.POINTER_SIZE));
            }
        });
    }

    /**
     * Returns CPU time counters, in nanoseconds, keyed by the {@code VIR_NODE_CPU_STATS_*} names
     * ({@code kernel}, {@code user}, {@code idle}, {@code iowait}, {@code intr}, or
     * {@code utilization} in percent, depending on the driver).
     *
     * <p>Wraps {@code virNodeGetCPUStats}.
     *
     * @param cpuNum a CPU number, or -1 ({@code VIR_NODE_CPU_STATS_ALL_CPUS}) for the total
     * @return the counters, in libvirt's order
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-host.html#virNodeGetCPUStats">virNodeGetCPUStats</a>
     */
    @Wraps("virNodeGetCPUStats")
    public Map<String, Long> getCpuStats(int cpuNum) {
        if (cpuNum < -1) {
            throw new IllegalArgumentException("cpuNum must be -1 or a CPU number: " + cpuNum);
        }
        return call(p -> NodeStats.fetch("virNodeGetCPUStats",
                (params, n) -> CHost.virNodeGetCPUStats(p, cpuNum, params, n, 0)));
    }

    /**
     * Returns memory counters, in KiB, keyed by the {@code VIR_NODE_MEMORY_STATS_*} names
     * ({@code total}, {@code free}, {@code buffers}, {@code cached}).
     *
     * <p>Wraps {@code virNodeGetMemoryStats}.
     *
     * @param cellNum a NUMA cell, or -1 ({@code VIR_NODE_MEMORY_STATS_ALL_CELLS}) for the total
     * @return the counters, in libvirt's order
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-host.html#virNodeGetMemoryStats">virNodeGetMemoryStats</a>
     */
    @Wraps("virNodeGetMemoryStats")
    public Map<String, Long> getMemoryStats(int cellNum) {
        if (cellNum < -1) {
            throw new IllegalArgumentException("cellNum must be -1 or a cell number: " + cellNum);
        }
        return call(p -> NodeStats.fetch("virNodeGetMemoryStats",
                (params, n) -> CHost.virNodeGetMemoryStats(p, cellNum, params, n, 0)));
    }

    /**
     * Returns the free memory of consecutive NUMA cells.
     *
     * <p>Wraps {@code virNodeGetCellsFreeMemory}.
     *
     * @param startCell the first cell
     * @param maxCells at most this many cells
     * @return free bytes per cell, from {@code startCell}; as many as the host has
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-host.html#virNodeGetCellsFreeMemory">virNodeGetCellsFreeMemory</a>
     */
    @Wraps("virNodeGetCellsFreeMemory")
    public long[] getCellsFreeMemory(int startCell, int maxCells) {
        if (startCell < 0 || maxCells <= 0 || maxCells > 1 << 16) {
            throw new IllegalArgumentException("bad cell range: " + startCell + ", " + maxCells);
        }
        return call(p -> {
            try (Memory out = new Memory(8L * maxCells)) {
                out.clear();
                int n = ErrorCapture.check(CHost.virNodeGetCellsFreeMemory(p, out, startCell, maxCells),
                        "virNodeGetCellsFreeMemory");
                return out.getLongArray(0, Math.min(n, maxCells));
            }
        });
    }

    /**
     * Returns the host's free memory.
     *
     * <p>Wraps {@code virNodeGetFreeMemory}.
     *
     * @return free bytes
     * @throws LibvirtException when libvirt fails (it returns 0 then)
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-host.html#virNodeGetFreeMemory">virNodeGetFreeMemory</a>
     */
    @Wraps("virNodeGetFreeMemory")
    public long getFreeMemory() {
        return call(p -> {
            long free = CHost.virNodeGetFreeMemory(p);
            if (free == 0) {
                // 0 is libvirt's error value; a host with no free byte at all is not plausible.
                throw ErrorCapture.lastError("virNodeGetFreeMemory");
            }
            return free;
        });
    }

    /**
     * Returns how many free pages of each size each NUMA cell has.
     *
     * <p>Wraps {@code virNodeGetFreePages}.
     *
     * @param pageSizesKiB the page sizes to ask about, in KiB (e.g. 4, 2048)
     * @param startCell the first cell
     * @param cellCount how many cells
     * @return counts, cell-major: {@code [cell * pageSizes + page]}
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-host.html#virNodeGetFreePages">virNodeGetFreePages</a>
     */
    @Wraps("virNodeGetFreePages")
    public long[] getFreePages(int[] pageSizesKiB, int startCell, int cellCount) {
        checkPages(pageSizesKiB, startCell, cellCount);
        return call(p -> {
            try (Memory pages = intArray(pageSizesKiB);
                 Memory counts = new Memory(8L * pageSizesKiB.length * cellCount)) {
                counts.clear();
                ErrorCapture.check(CHost.virNodeGetFreePages(p, pageSizesKiB.length, pages, startCell, cellCount,
                        counts, 0), "virNodeGetFreePages");
                // Every entry is filled on success; drivers disagree on the count they return
                // (the test driver returns 0), so it is not used.
                return counts.getLongArray(0, pageSizesKiB.length * cellCount);
            }
        });
    }

    /**
     * Sets the huge page pools of NUMA cells to the given sizes.
     *
     * @param pageSizesKiB the page sizes, in KiB
     * @param pageCounts how many pages of each size
     * @param startCell the first cell
     * @param cellCount how many cells
     * @return the number of cells adjusted
     * @see #allocPages(int[], long[], int, int, Set)
     */
    public int allocPages(int[] pageSizesKiB, long[] pageCounts, int startCell, int cellCount) {
        return allocPages(pageSizesKiB, pageCounts, startCell, cellCount, Set.of());
    }

    /**
     * Allocates or frees huge pages in NUMA cells.
     *
     * <p>Wraps {@code virNodeAllocPages}.
     *
     * @param pageSizesKiB the page sizes, in KiB
     * @param pageCounts how many pages of each size
     * @param startCell the first cell, or -1 for all cells together
     * @param cellCount how many cells
     * @param flags {@link NodeAllocPagesFlags#ADD} adds to the pool instead of setting its size
     * @return the number of cells adjusted
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-host.html#virNodeAllocPages">virNodeAllocPages</a>
     */
    @Wraps("virNodeAllocPages")
    public int allocPages(int[] pageSizesKiB, long[] pageCounts, int startCell, int cellCount,
            Set<NodeAllocPagesFlags> flags) {
        if (pageCounts.length != pageSizesKiB.length) {
            throw new IllegalArgumentException("pageCounts and pageSizesKiB differ in length");
        }
        checkPages(pageSizesKiB, Math.max(startCell, 0), cellCount);
        return call(p -> {
            try (Memory sizes = intArray(pageSizesKiB); Memory counts = new Memory(8L * pageCounts.length)) {
                counts.write(0, pageCounts, 0, pageCounts.length);
                return ErrorCapture.check(CHost.virNodeAllocPages(p, pageSizesKiB.length, sizes, counts, startCell,
                        cellCount, BitFlag.mask(flags)), "virNodeAllocPages");
            }
        });
    }

    private static void checkPages(int[] pageSizes, int startCell, int cellCount) {
        if (pageSizes.length == 0 || startCell < 0 || cellCount <= 0 || (long) pageSizes.length * cellCount > 1 << 20) {
            throw new IllegalArgumentException("need page sizes, startCell >= 0 and cellCount > 0");
        }
    }

    private static Memory intArray(int[] values) {
        Memory m = new Memory(4L * values.length);
        m.write(0, values, 0, values.length);
        return m;
    }

    /**
     * Returns the host's memory tuning (kernel same-page merging), named by the
     * {@code VIR_NODE_MEMORY_SHARED_*} constants, e.g. {@code shm_pages_to_scan} (UINT).
     *
     * <p>Wraps {@code virNodeGetMemoryParameters}.
     *
     * @return the parameters
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-host.html#virNodeGetMemoryParameters">virNodeGetMemoryParameters</a>
     */
    @Wraps("virNodeGetMemoryParameters")
    public TypedParams getMemoryParameters() {
        return call(p -> TypedParamsCodec.fetch("virNodeGetMemoryParameters",
                (params, n) -> CHost.virNodeGetMemoryParameters(p, params, n, 0)));
    }

    /**
     * Changes the host's memory tuning.
     *
     * <p>Wraps {@code virNodeSetMemoryParameters}.
     *
     * @param params the {@code VIR_NODE_MEMORY_SHARED_*} parameters to change
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-host.html#virNodeSetMemoryParameters">virNodeSetMemoryParameters</a>
     */
    @Wraps("virNodeSetMemoryParameters")
    public void setMemoryParameters(TypedParams params) {
        java.util.Objects.requireNonNull(params, "params");
        try (TypedParamsCodec.Packed packed = TypedParamsCodec.pack(params)) {
            callInt("virNodeSetMemoryParameters",
                    p -> CHost.virNodeSetMemoryParameters(p, packed.pointer(), packed.count(), 0));
        }
    }

    /**
     * Returns the host's AMD SEV parameters ({@code VIR_NODE_SEV_*}: {@code pdh},
     * {@code cert-chain}, {@code cbitpos}, {@code reduced-phys-bits}, ...).
     *
     * <p>Wraps {@code virNodeGetSEVInfo}.
     *
     * @return the parameters
     * @throws LibvirtException when the host has no SEV or the driver does not support it
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-host.html#virNodeGetSEVInfo">virNodeGetSEVInfo</a>
     */
    @Wraps("virNodeGetSEVInfo")
    public TypedParams getSevInfo() {
        return call(p -> {
            try (Memory out = new Memory(Native.POINTER_SIZE + 4L)) {
                out.clear();
                ErrorCapture.check(CHost.virNodeGetSEVInfo(p, out, out.share(Native.POINTER_SIZE), 0),
                        "virNodeGetSEVInfo");
                return TypedParamsCodec.take(out.getPointer(0), out.getInt(Native.POINTER_SIZE));
            }
        });
    }

    /**
     * Returns the host's security driver.
     *
     * <p>Wraps {@code virNodeGetSecurityModel}.
     *
     * @return the model; both fields empty when there is no security driver
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-host.html#virNodeGetSecurityModel">virNodeGetSecurityModel</a>
     */
    @Wraps("virNodeGetSecurityModel")
    public SecurityModel getSecurityModel() {
        return call(p -> {
            try (Memory out = new Memory(SecurityModel.SIZE)) {
                out.clear();
                ErrorCapture.check(CHost.virNodeGetSecurityModel(p, out), "virNodeGetSecurityModel");
                return SecurityModel.read(out);
            }
        });
    }

    /**
     * Suspends the host for a while, then wakes it with its RTC alarm.
     *
     * <p>Wraps {@code virNodeSuspendForDuration}.
     *
     * @param target memory, disk or hybrid
     * @param durationSeconds how long, at least 60 seconds for most hosts
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-host.html#virNodeSuspendForDuration">virNodeSuspendForDuration</a>
     */
    @Wraps("virNodeSuspendForDuration")
    public void suspendForDuration(NodeSuspendTarget target, long durationSeconds) {
        if (target == NodeSuspendTarget.UNKNOWN || durationSeconds < 0) {
            throw new IllegalArgumentException("need a known target and a duration >= 0");
        }
        callInt("virNodeSuspendForDuration", p -> CHost.virNodeSuspendForDuration(p, target.value(), durationSeconds, 0));
    }
}
