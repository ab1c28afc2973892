package org.virtfx.libvirt;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.virtfx.libvirt.internal.Scratch;
import org.virtfx.libvirt.internal.StructLayout;

/**
 * Decoding for {@link DomainTuning}: vCPU information, pinning maps, I/O threads and scheduler
 * parameters. Each method takes a pinned domain pointer and the C call as a lambda, so that the
 * layer names the function it wraps. Thread-safe: no state.
 */
final class CpuPinning {
    /** A call that fills {@code count} CPU maps of {@code maplen} bytes (and maybe infos). */
    @FunctionalInterface
    interface MapsCall {
        int call(Pointer info, Pointer maps, int count, int maplen);
    }

    /** A call that returns a libvirt-allocated array in {@code *out}. */
    @FunctionalInterface
    interface ArrayCall {
        int call(Pointer out);
    }

    // struct _virVcpuInfo { unsigned int number; int state; unsigned long long cpuTime; int cpu; }
    private static final int VCPU_NUMBER;
    private static final int VCPU_STATE;
    private static final int VCPU_CPU_TIME;
    private static final int VCPU_CPU;
    static final int VCPU_SIZE;

    // struct _virDomainIOThreadInfo { unsigned int iothread_id; unsigned char *cpumap; int cpumaplen; }
    private static final int IOT_ID;
    private static final int IOT_CPUMAP;
    private static final int IOT_CPUMAPLEN;

    static {
        StructLayout l = new StructLayout();
        VCPU_NUMBER = l.addInt();
        VCPU_STATE = l.addInt();
        VCPU_CPU_TIME = l.add(8);
        VCPU_CPU = l.addInt();
        VCPU_SIZE = l.size();
        StructLayout t = new StructLayout();
        IOT_ID = t.addInt();
        IOT_CPUMAP = t.addPointer();
        IOT_CPUMAPLEN = t.addInt();
    }

    private CpuPinning() {
    }

    static List<VcpuInfo> vcpus(Pointer dom, int maxinfo, MapsCall call) {
        int cpus = CpuMaps.hostCpus(dom);
        int maplen = CpuMaps.mapLength(cpus);
        if (maxinfo <= 0) {
            return List.of();
        }
        try (Memory info = new Memory((long) VCPU_SIZE * maxinfo);
                Memory maps = new Memory((long) maplen * maxinfo)) {
            info.clear();
            maps.clear();
            int n = ErrorCapture.check(call.call(info, maps, maxinfo, maplen), "virDomainGetVcpus");
            List<VcpuInfo> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                long b = (long) i * VCPU_SIZE;
                out.add(new VcpuInfo(info.getInt(b + VCPU_NUMBER), VcpuState.of(info.getInt(b + VCPU_STATE)),
                        info.getLong(b + VCPU_CPU_TIME), info.getInt(b + VCPU_CPU),
                        CpuMaps.read(maps, (long) i * maplen, maplen)));
            }
            return out;
        }
    }

    static List<BitSet> vcpuPinInfo(Pointer dom, int ncpumaps, MapsCall call) {
        int cpus = CpuMaps.hostCpus(dom);
        int maplen = CpuMaps.mapLength(cpus);
        if (ncpumaps <= 0) {
            return List.of();
        }
        try (Memory maps = new Memory((long) maplen * ncpumaps)) {
            maps.clear();
            int n = ErrorCapture.check(call.call(null, maps, ncpumaps, maplen), "virDomainGetVcpuPinInfo");
            List<BitSet> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(CpuMaps.read(maps, (long) i * maplen, maplen));
            }
            return out;
        }
    }

    static BitSet emulatorPinInfo(Pointer dom, MapsCall call) {
        int maplen = CpuMaps.mapLength(CpuMaps.hostCpus(dom));
        try (Memory map = new Memory(maplen)) {
            map.clear();
            int n = ErrorCapture.check(call.call(null, map, 1, maplen), "virDomainGetEmulatorPinInfo");
            return n == 0 ? new BitSet() : CpuMaps.read(map, 0, maplen);
        }
    }

    static List<DomainIOThreadInfo> ioThreads(ArrayCall call) {
        Pointer out = Scratch.get(Native.POINTER_SIZE);
        int n = ErrorCapture.check(call.call(out), "virDomainGetIOThreadInfo");
        Pointer array = out.getPointer(0);
        if (array == null) {
            return List.of();
        }
        List<DomainIOThreadInfo> list = new ArrayList<>(n);
        try {
            for (int i = 0; i < n; i++) {
                Pointer info = array.getPointer((long) i * Native.POINTER_SIZE);
                Pointer map = info.getPointer(IOT_CPUMAP);
                int len = info.getInt(IOT_CPUMAPLEN);
                list.add(new DomainIOThreadInfo(info.getInt(IOT_ID),
                        map == null || len <= 0 ? new BitSet() : CpuMaps.read(map, 0, len)));
            }
        } finally {
            for (int i = 0; i < n; i++) {
                CDomain.virDomainIOThreadInfoFree(array.getPointer((long) i * Native.POINTER_SIZE));
            }
            Native.free(Pointer.nativeValue(array));
        }
        return list;
    }

    /** Fetches scheduler parameters into an array sized by {@code virDomainGetSchedulerType}. */
    static TypedParams schedulerParameters(int count, String function, TypedParamsCodec.FillCall call) {
        if (count <= 0) {
            return TypedParams.empty();
        }
        try (Memory array = new Memory((long) TypedParamsCodec.SIZE * count)) {
            array.clear();
            Pointer nparams = Scratch.get(4);
            nparams.setInt(0, count);
            ErrorCapture.check(call.call(array, nparams), function);
            int filled = nparams.getInt(0);
            try {
                return TypedParamsCodec.unpack(array, filled);
            } finally {
                CTypedParams.virTypedParamsClear(array, filled);
            }
        }
    }
}
