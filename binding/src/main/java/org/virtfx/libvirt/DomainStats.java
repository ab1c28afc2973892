package org.virtfx.libvirt;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.virtfx.libvirt.internal.Scratch;

/**
 * Statistics: block, interface, memory, CPU; block info and peeks; disk errors, control state,
 * messages and security labels.
 *
 * <p>One layer of {@link Domain}'s API: the methods are public and reached through
 * {@code Domain}; the class is package-private so that each area of libvirt gets a file of its
 * own. Thread-safe.
 */
abstract class DomainStats extends DomainTuning {
    /** The largest peek this binding allows, in bytes (libvirt's remote protocol allows 4 MiB). */
    public static final int MAX_PEEK_BYTES = 16 * 1024 * 1024;

    /** More than libvirt's {@code VIR_DOMAIN_MEMORY_STAT_NR} (13), so that newer tags fit. */
    private static final int MEMORY_STATS_MAX = 16;

    DomainStats(Pointer pointer) {
        super(pointer);
    }

    /**
     * Returns a disk's I/O counters. Wraps {@code virDomainBlockStats}.
     *
     * @param disk the disk's target (such as {@code vda}) or source path; empty for the sum of all disks
     * @return the counters
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainBlockStats">virDomainBlockStats</a>
     */
    @Wraps("virDomainBlockStats")
    public DomainBlockStats blockStats(String disk) {
        Objects.requireNonNull(disk, "disk");
        return call(p -> {
            Pointer out = Scratch.get(DomainStatsStructs.BLOCK_STATS_SIZE);
            ErrorCapture.check(CDomain.virDomainBlockStats(p, disk, out, DomainStatsStructs.BLOCK_STATS_SIZE),
                    "virDomainBlockStats");
            return DomainStatsStructs.blockStats(out);
        });
    }

    /**
     * Returns a disk's I/O counters as typed parameters, with more fields than
     * {@link #blockStats(String)}. Wraps {@code virDomainBlockStatsFlags}.
     *
     * @param disk the disk's target or source path; empty for the sum of all disks
     * @return the parameters: {@code rd_operations}, {@code rd_bytes}, {@code flush_total_times}, ...
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainBlockStatsFlags">virDomainBlockStatsFlags</a>
     */
    @Wraps("virDomainBlockStatsFlags")
    public TypedParams blockStatsFlags(String disk) {
        Objects.requireNonNull(disk, "disk");
        return fetchParams("virDomainBlockStatsFlags", (p, a, n) -> CDomain.virDomainBlockStatsFlags(p, disk, a, n, 0));
    }

    /**
     * Returns a network interface's traffic counters. Wraps {@code virDomainInterfaceStats}.
     *
     * @param device the interface's target name (such as {@code vnet0}) or MAC address
     * @return the counters
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainInterfaceStats">virDomainInterfaceStats</a>
     */
    @Wraps("virDomainInterfaceStats")
    public DomainInterfaceStats interfaceStats(String device) {
        Objects.requireNonNull(device, "device");
        return call(p -> {
            Pointer out = Scratch.get(DomainStatsStructs.INTERFACE_STATS_SIZE);
            ErrorCapture.check(CDomain.virDomainInterfaceStats(p, device, out, DomainStatsStructs.INTERFACE_STATS_SIZE),
                    "virDomainInterfaceStats");
            return DomainStatsStructs.interfaceStats(out);
        });
    }

    /**
     * Returns the memory statistics the balloon driver reports. Wraps {@code virDomainMemoryStats}.
     *
     * @return the statistics, in libvirt's order
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainMemoryStats">virDomainMemoryStats</a>
     */
    @Wraps("virDomainMemoryStats")
    public List<DomainMemoryStat> memoryStats() {
        return call(p -> {
            Pointer out = Scratch.get(DomainStatsStructs.MEM_SIZE * MEMORY_STATS_MAX);
            int n = ErrorCapture.check(CDomain.virDomainMemoryStats(p, out, MEMORY_STATS_MAX, 0), "virDomainMemoryStats");
            return DomainStatsStructs.memoryStats(out, n);
        });
    }

    /**
     * Returns a disk's capacity and host allocation. Wraps {@code virDomainGetBlockInfo}.
     *
     * @param disk the disk's target or source path
     * @return the sizes, in bytes
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainGetBlockInfo">virDomainGetBlockInfo</a>
     */
    @Wraps("virDomainGetBlockInfo")
    public DomainBlockInfo getBlockInfo(String disk) {
        Objects.requireNonNull(disk, "disk");
        return call(p -> {
            Pointer out = Scratch.get(DomainStatsStructs.BLOCK_INFO_SIZE);
            ErrorCapture.check(CDomain.virDomainGetBlockInfo(p, disk, out, 0), "virDomainGetBlockInfo");
            return DomainStatsStructs.blockInfo(out);
        });
    }

    /**
     * Reads bytes from a disk as the host sees it. Wraps {@code virDomainBlockPeek}.
     *
     * @param disk the disk's target or source path
     * @param offset where to start, in bytes
     * @param size how many bytes, at most {@link #MAX_PEEK_BYTES}
     * @return the bytes
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainBlockPeek">virDomainBlockPeek</a>
     */
    @Wraps("virDomainBlockPeek")
    public byte[] blockPeek(String disk, long offset, int size) {
        Objects.requireNonNull(disk, "disk");
        requireNonNegative(offset, "offset");
        return peek("virDomainBlockPeek", size, (p, buf) -> CDomain.virDomainBlockPeek(p, disk, offset, size, buf, 0));
    }

    /**
     * Reads bytes of the guest's memory. Wraps {@code virDomainMemoryPeek}.
     *
     * @param start the address
     * @param size how many bytes, at most {@link #MAX_PEEK_BYTES}
     * @param flags exactly one of {@code VIRTUAL} and {@code PHYSICAL}
     * @return the bytes
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainMemoryPeek">virDomainMemoryPeek</a>
     */
    @Wraps("virDomainMemoryPeek")
    public byte[] memoryPeek(long start, int size, Set<DomainMemoryFlags> flags) {
        if (flags.size() != 1) {
            throw new IllegalArgumentException("memoryPeek needs exactly one of VIRTUAL and PHYSICAL: " + flags);
        }
        int mask = BitFlag.mask(flags);
        return peek("virDomainMemoryPeek", size, (p, buf) -> CDomain.virDomainMemoryPeek(p, start, size, buf, mask));
    }

    /** A peek into a buffer. */
    @FunctionalInterface
    interface PeekCall {
        int call(Pointer dom, Pointer buffer);
    }

    private byte[] peek(String function, int size, PeekCall peek) {
        if (size < 0 || size > MAX_PEEK_BYTES) {
            throw new IllegalArgumentException("peek size must be 0.." + MAX_PEEK_BYTES + ": " + size);
        }
        if (size == 0) {
            return new byte[0];
        }
        return call(p -> {
            try (Memory buf = new Memory(size)) {
                ErrorCapture.check(peek.call(p, buf), function);
                return buf.getByteArray(0, size);
            }
        });
    }

    /**
     * Returns the domain's total CPU statistics. Wraps {@code virDomainGetCPUStats} with
     * {@code start_cpu} -1.
     *
     * @return the parameters, such as {@code cpu_time}, {@code user_time} and {@code system_time}
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainGetCPUStats">virDomainGetCPUStats</a>
     */
    @Wraps("virDomainGetCPUStats")
    public TypedParams getCpuStatsTotal() {
        List<TypedParams> one = cpuStats(-1, 1);
        return one.isEmpty() ? TypedParams.empty() : one.get(0);
    }

    /**
     * Returns the domain's CPU statistics per host CPU. Wraps {@code virDomainGetCPUStats}.
     *
     * @param startCpu the first host CPU, from 0
     * @param ncpus how many CPUs, at least 1; cut to the CPUs the host has
     * @return one list of parameters (such as {@code cpu_time}, {@code vcpu_time}) per CPU
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainGetCPUStats">virDomainGetCPUStats</a>
     */
    @Wraps("virDomainGetCPUStats")
    public List<TypedParams> getCpuStats(int startCpu, int ncpus) {
        requireNonNegative(startCpu, "startCpu");
        if (ncpus < 1) {
            throw new IllegalArgumentException("ncpus must be at least 1: " + ncpus);
        }
        return cpuStats(startCpu, ncpus);
    }

    private List<TypedParams> cpuStats(int startCpu, int ncpus) {
        return call(p -> {
            int count = ncpus;
            if (startCpu >= 0) {
                int host = ErrorCapture.check(CDomain.virDomainGetCPUStats(p, null, 0, 0, 0, 0), "virDomainGetCPUStats");
                count = Math.min(ncpus, host - startCpu);
                if (count <= 0) {
                    return List.of();
                }
            }
            int nparams = ErrorCapture.check(CDomain.virDomainGetCPUStats(p, null, 0, startCpu < 0 ? -1 : 0, 1, 0),
                    "virDomainGetCPUStats");
            if (nparams <= 0) {
                return List.of();
            }
            int total = nparams * count;
            try (Memory array = new Memory((long) TypedParamsCodec.SIZE * total)) {
                array.clear();
                ErrorCapture.check(CDomain.virDomainGetCPUStats(p, array, nparams, startCpu, count, 0),
                        "virDomainGetCPUStats");
                try {
                    return DomainStatsStructs.cpuStats(array, nparams, count);
                } finally {
                    CTypedParams.virTypedParamsClear(array, total);
                }
            }
        });
    }

    /**
     * Lists the disks that hit an I/O error. Wraps {@code virDomainGetDiskErrors}.
     *
     * @return the disks and their errors; empty when there are none
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainGetDiskErrors">virDomainGetDiskErrors</a>
     */
    @Wraps("virDomainGetDiskErrors")
    public List<DomainDiskError> getDiskErrors() {
        return call(p -> {
            int n = ErrorCapture.check(CDomain.virDomainGetDiskErrors(p, null, 0, 0), "virDomainGetDiskErrors");
            if (n == 0) {
                return List.of();
            }
            try (Memory array = new Memory((long) DomainStatsStructs.DISK_ERR_SIZE * n)) {
                array.clear();
                int filled = ErrorCapture.check(CDomain.virDomainGetDiskErrors(p, array, n, 0), "virDomainGetDiskErrors");
                return DomainStatsStructs.takeDiskErrors(array, filled);
            }
        });
    }

    /**
     * Tells whether the domain's control interface is usable. Wraps {@code virDomainGetControlInfo}.
     *
     * @return the state
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainGetControlInfo">virDomainGetControlInfo</a>
     */
    @Wraps("virDomainGetControlInfo")
    public DomainControlInfo getControlInfo() {
        return call(p -> {
            Pointer out = Scratch.get(DomainStatsStructs.CTL_SIZE);
            ErrorCapture.check(CDomain.virDomainGetControlInfo(p, out, 0), "virDomainGetControlInfo");
            return DomainStatsStructs.controlInfo(out);
        });
    }

    /**
     * Asks for a {@code BLOCK_THRESHOLD} event when a disk's allocation passes a threshold.
     * Wraps {@code virDomainSetBlockThreshold}.
     *
     * @param dev the disk's target, or target with backing index such as {@code vda[1]}
     * @param threshold the threshold in bytes; 0 cancels it
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainSetBlockThreshold">virDomainSetBlockThreshold</a>
     */
    @Wraps("virDomainSetBlockThreshold")
    public void setBlockThreshold(String dev, long threshold) {
        Objects.requireNonNull(dev, "dev");
        requireNonNegative(threshold, "threshold");
        callInt("virDomainSetBlockThreshold", p -> CDomain.virDomainSetBlockThreshold(p, dev, threshold, 0));
    }

    /**
     * Returns the messages libvirt keeps about the domain (tainting, deprecations). Wraps
     * {@code virDomainGetMessages}.
     *
     * @param flags which kinds; empty for all
     * @return the messages
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainGetMessages">virDomainGetMessages</a>
     */
    @Wraps("virDomainGetMessages")
    public List<String> getMessages(Set<DomainMessageType> flags) {
        int mask = 0;
        for (DomainMessageType t : flags) {
            if (t == DomainMessageType.UNKNOWN) {
                throw new IllegalArgumentException("UNKNOWN is not a message type");
            }
            mask |= t.value();
        }
        int m = mask;
        return call(p -> {
            Pointer out = Scratch.get(Native.POINTER_SIZE);
            int n = ErrorCapture.check(CDomain.virDomainGetMessages(p, out, m), "virDomainGetMessages");
            return DomainStatsStructs.takeStrings(out.getPointer(0), n);
        });
    }

    /**
     * Returns the domain's (first) security label. Wraps {@code virDomainGetSecurityLabel}.
     *
     * @return the label
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainGetSecurityLabel">virDomainGetSecurityLabel</a>
     */
    @Wraps("virDomainGetSecurityLabel")
    public SecurityLabel getSecurityLabel() {
        return call(p -> {
            try (Memory out = new Memory(DomainStatsStructs.LABEL_SIZE)) {
                out.clear();
                ErrorCapture.check(CDomain.virDomainGetSecurityLabel(p, out), "virDomainGetSecurityLabel");
                return DomainStatsStructs.securityLabel(out, 0);
            }
        });
    }

    /**
     * Returns the domain's security labels, one per security driver. Wraps
     * {@code virDomainGetSecurityLabelList}.
     *
     * @return the labels
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainGetSecurityLabelList">virDomainGetSecurityLabelList</a>
     */
    @Wraps("virDomainGetSecurityLabelList")
    public List<SecurityLabel> getSecurityLabelList() {
        return call(p -> {
            Pointer out = Scratch.get(Native.POINTER_SIZE);
            int n = ErrorCapture.check(CDomain.virDomainGetSecurityLabelList(p, out), "virDomainGetSecurityLabelList");
            Pointer array = out.getPointer(0);
            if (array == null) {
                return List.of();
            }
            try {
                List<SecurityLabel> labels = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    labels.add(DomainStatsStructs.securityLabel(array, (long) i * DomainStatsStructs.LABEL_SIZE));
                }
                return List.copyOf(labels);
            } finally {
                Native.free(Pointer.nativeValue(array));
            }
        });
    }
}
