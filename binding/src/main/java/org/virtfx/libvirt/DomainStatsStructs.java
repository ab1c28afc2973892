package org.virtfx.libvirt;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.virtfx.libvirt.internal.NativeStrings;
import org.virtfx.libvirt.internal.StructLayout;

/**
 * Layouts and decoding of the structs that {@link DomainStats} reads. Thread-safe: no state.
 */
final class DomainStatsStructs {
    /** sizeof(struct _virDomainBlockStats): five long longs. */
    static final int BLOCK_STATS_SIZE = 5 * 8;
    /** sizeof(struct _virDomainInterfaceStats): eight long longs. */
    static final int INTERFACE_STATS_SIZE = 8 * 8;
    /** sizeof(struct _virDomainBlockInfo): three unsigned long longs. */
    static final int BLOCK_INFO_SIZE = 3 * 8;

    // struct _virDomainMemoryStat { int tag; unsigned long long val; }
    private static final int MEM_TAG;
    private static final int MEM_VAL;
    static final int MEM_SIZE;
    // struct _virDomainDiskError { char *disk; int error; }
    private static final int DISK_ERR_DISK;
    private static final int DISK_ERR_ERROR;
    static final int DISK_ERR_SIZE;
    // struct _virDomainControlInfo { unsigned int state; unsigned int details; unsigned long long stateTime; }
    private static final int CTL_STATE;
    private static final int CTL_DETAILS;
    private static final int CTL_TIME;
    static final int CTL_SIZE;
    /** {@code VIR_SECURITY_LABEL_BUFLEN}. */
    static final int LABEL_BUFLEN = 4096 + 1;
    // struct _virSecurityLabel { char label[VIR_SECURITY_LABEL_BUFLEN]; int enforcing; }
    private static final int LABEL_LABEL;
    private static final int LABEL_ENFORCING;
    static final int LABEL_SIZE;

    static {
        StructLayout m = new StructLayout();
        MEM_TAG = m.addInt();
        MEM_VAL = m.add(8);
        MEM_SIZE = m.size();
        StructLayout d = new StructLayout();
        DISK_ERR_DISK = d.addPointer();
        DISK_ERR_ERROR = d.addInt();
        DISK_ERR_SIZE = d.size();
        StructLayout c = new StructLayout();
        CTL_STATE = c.addInt();
        CTL_DETAILS = c.addInt();
        CTL_TIME = c.add(8);
        CTL_SIZE = c.size();
        StructLayout s = new StructLayout();
        LABEL_LABEL = s.addArray(LABEL_BUFLEN, 1);
        LABEL_ENFORCING = s.addInt();
        LABEL_SIZE = s.size();
    }

    private DomainStatsStructs() {
    }

    static DomainBlockStats blockStats(Pointer p) {
        return new DomainBlockStats(p.getLong(0), p.getLong(8), p.getLong(16), p.getLong(24), p.getLong(32));
    }

    static DomainInterfaceStats interfaceStats(Pointer p) {
        return new DomainInterfaceStats(p.getLong(0), p.getLong(8), p.getLong(16), p.getLong(24), p.getLong(32),
                p.getLong(40), p.getLong(48), p.getLong(56));
    }

    static DomainBlockInfo blockInfo(Pointer p) {
        return new DomainBlockInfo(p.getLong(0), p.getLong(8), p.getLong(16));
    }

    static List<DomainMemoryStat> memoryStats(Pointer p, int n) {
        List<DomainMemoryStat> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            long b = (long) i * MEM_SIZE;
            int tag = p.getInt(b + MEM_TAG);
            out.add(new DomainMemoryStat(DomainMemoryStatTags.of(tag), tag, p.getLong(b + MEM_VAL)));
        }
        return out;
    }

    /** Reads {@code n} disk errors and frees their strings. */
    static List<DomainDiskError> takeDiskErrors(Pointer p, int n) {
        List<DomainDiskError> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            long b = (long) i * DISK_ERR_SIZE;
            String disk = NativeStrings.takeUtf8(p.getPointer(b + DISK_ERR_DISK)).orElse("");
            out.add(new DomainDiskError(disk, DomainDiskErrorCode.of(p.getInt(b + DISK_ERR_ERROR))));
        }
        return out;
    }

    static DomainControlInfo controlInfo(Pointer p) {
        return new DomainControlInfo(DomainControlState.of(p.getInt(CTL_STATE)), p.getInt(CTL_DETAILS),
                p.getLong(CTL_TIME));
    }

    static SecurityLabel securityLabel(Pointer p, long base) {
        byte[] bytes = p.getByteArray(base + LABEL_LABEL, LABEL_BUFLEN);
        int n = 0;
        while (n < bytes.length && bytes[n] != 0) {
            n++;
        }
        return new SecurityLabel(new String(bytes, 0, n, StandardCharsets.UTF_8), p.getInt(base + LABEL_ENFORCING) != 0);
    }

    /** Reads a libvirt-allocated {@code char **} of {@code n} strings and frees it all. */
    static List<String> takeStrings(Pointer array, int n) {
        if (array == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(n);
        try {
            for (int i = 0; i < n; i++) {
                out.add(NativeStrings.borrowUtf8(array.getPointer((long) i * Native.POINTER_SIZE)));
            }
        } finally {
            for (int i = 0; i < n; i++) {
                Pointer s = array.getPointer((long) i * Native.POINTER_SIZE);
                if (s != null) {
                    Native.free(Pointer.nativeValue(s));
                }
            }
            Native.free(Pointer.nativeValue(array));
        }
        return List.copyOf(out);
    }

    /**
     * Splits a {@code virDomainGetCPUStats} array into one list per CPU.
     *
     * @param array {@code nparams * ncpus} parameters
     * @param nparams parameters per CPU
     * @param ncpus CPUs
     * @return each CPU's parameters; slots libvirt left empty are skipped
     */
    static List<TypedParams> cpuStats(Pointer array, int nparams, int ncpus) {
        List<TypedParams> out = new ArrayList<>(ncpus);
        for (int cpu = 0; cpu < ncpus; cpu++) {
            out.add(TypedParamsCodec.unpack(array.share((long) cpu * nparams * TypedParamsCodec.SIZE), nparams));
        }
        return out;
    }
}
