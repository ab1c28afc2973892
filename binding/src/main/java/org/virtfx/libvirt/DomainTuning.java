package org.virtfx.libvirt;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.virtfx.libvirt.internal.NativeStrings;
import org.virtfx.libvirt.internal.Scratch;

/**
 * Tuning: memory, vCPUs, pinning, I/O threads and typed-parameter groups.
 *
 * <p>One layer of {@link Domain}'s API: the methods are public and reached through
 * {@code Domain}; the class is package-private so that each area of libvirt gets a file of its
 * own. Thread-safe. CPU maps are {@link BitSet}s of host CPU numbers. Typed-parameter setters
 * take parameters named as libvirt's {@code VIR_DOMAIN_*} field constants, such as
 * {@code "weight"}, {@code "hard_limit"}, {@code "numa_nodeset"}, {@code "inbound.average"},
 * {@code "total_bytes_sec"} or {@code "cmt"}.
 */
abstract class DomainTuning extends DomainCheckpoints {

    DomainTuning(Pointer pointer) {
        super(pointer);
    }

    /** A typed-parameter getter of the form {@code f(dom, params, &nparams, ...)}. */
    @FunctionalInterface
    interface ParamsGetter {
        int call(Pointer dom, Pointer params, Pointer nparams);
    }

    /** A typed-parameter setter of the form {@code f(dom, params, nparams, ...)}. */
    @FunctionalInterface
    interface ParamsSetter {
        int call(Pointer dom, Pointer params, int nparams);
    }

    final TypedParams fetchParams(String function, ParamsGetter getter) {
        return call(p -> TypedParamsCodec.fetch(function, (params, n) -> getter.call(p, params, n)));
    }

    final void storeParams(String function, TypedParams params, ParamsSetter setter) {
        Objects.requireNonNull(params, "params");
        try (TypedParamsCodec.Packed packed = TypedParamsCodec.pack(params)) {
            callInt(function, p -> setter.call(p, packed.pointer(), packed.count()));
        }
    }

    static void requireNonNegative(long value, String what) {
        if (value < 0) {
            throw new IllegalArgumentException(what + " must not be negative: " + value);
        }
    }

    // ---- memory -------------------------------------------------------------------------

    /**
     * Returns the most memory the domain may have. Wraps {@code virDomainGetMaxMemory}.
     *
     * @return the maximum, in KiB
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainGetMaxMemory">virDomainGetMaxMemory</a>
     */
    @Wraps("virDomainGetMaxMemory")
    public long getMaxMemory() {
        return call(p -> {
            long kib = CDomain.virDomainGetMaxMemory(p);
            if (kib == 0) { // 0 is the error value
                throw ErrorCapture.lastError("virDomainGetMaxMemory");
            }
            return kib;
        });
    }

    /**
     * Sets the most memory the domain may have. Wraps {@code virDomainSetMaxMemory}.
     *
     * @param kib the maximum, in KiB
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainSetMaxMemory">virDomainSetMaxMemory</a>
     */
    @Wraps("virDomainSetMaxMemory")
    public void setMaxMemory(long kib) {
        requireNonNegative(kib, "memory");
        callInt("virDomainSetMaxMemory", p -> CDomain.virDomainSetMaxMemory(p, kib));
    }

    /**
     * Sets a running domain's memory (balloon target). Wraps {@code virDomainSetMemory}.
     *
     * @param kib the memory, in KiB
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainSetMemory">virDomainSetMemory</a>
     */
    @Wraps("virDomainSetMemory")
    public void setMemory(long kib) {
        requireNonNegative(kib, "memory");
        callInt("virDomainSetMemory", p -> CDomain.virDomainSetMemory(p, kib));
    }

    /**
     * Sets the current or (with {@code MAXIMUM}) the maximum memory, live and/or in the
     * configuration. Wraps {@code virDomainSetMemoryFlags}.
     *
     * @param kib the memory, in KiB
     * @param flags where to apply it, and {@code MAXIMUM}
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainSetMemoryFlags">virDomainSetMemoryFlags</a>
     */
    @Wraps("virDomainSetMemoryFlags")
    public void setMemoryFlags(long kib, Set<DomainMemoryModFlags> flags) {
        requireNonNegative(kib, "memory");
        int mask = BitFlag.mask(flags);
        callInt("virDomainSetMemoryFlags", p -> CDomain.virDomainSetMemoryFlags(p, kib, mask));
    }

    /**
     * Sets how often the balloon driver refreshes memory statistics. Wraps
     * {@code virDomainSetMemoryStatsPeriod}.
     *
     * @param seconds the period; 0 turns collection off
     * @param flags where to apply it
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainSetMemoryStatsPeriod">virDomainSetMemoryStatsPeriod</a>
     */
    @Wraps("virDomainSetMemoryStatsPeriod")
    public void setMemoryStatsPeriod(int seconds, Set<DomainMemoryModFlags> flags) {
        requireNonNegative(seconds, "period");
        int mask = BitFlag.mask(flags);
        callInt("virDomainSetMemoryStatsPeriod", p -> CDomain.virDomainSetMemoryStatsPeriod(p, seconds, mask));
    }

    // ---- vCPUs --------------------------------------------------------------------------

    /**
     * Returns the most vCPUs the running domain may have. Wraps {@code virDomainGetMaxVcpus}.
     *
     * @return the maximum
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainGetMaxVcpus">virDomainGetMaxVcpus</a>
     */
    @Wraps("virDomainGetMaxVcpus")
    public int getMaxVcpus() {
        return callInt("virDomainGetMaxVcpus", CDomain::virDomainGetMaxVcpus);
    }

    /**
     * Counts vCPUs: current or maximum, live or configured. Wraps {@code virDomainGetVcpusFlags}.
     *
     * @param flags which count ({@code MAXIMUM}, {@code GUEST}) of which state ({@code LIVE},
     *     {@code CONFIG}); empty for the current count of the current state
     * @return the count
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainGetVcpusFlags">virDomainGetVcpusFlags</a>
     */
    @Wraps("virDomainGetVcpusFlags")
    public int getVcpusFlags(Set<DomainVcpuFlags> flags) {
        int mask = BitFlag.mask(flags);
        return callInt("virDomainGetVcpusFlags", p -> CDomain.virDomainGetVcpusFlags(p, mask));
    }

    /**
     * Sets the number of vCPUs of the running domain. Wraps {@code virDomainSetVcpus}.
     *
     * @param count the number, at least 1
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainSetVcpus">virDomainSetVcpus</a>
     */
    @Wraps("virDomainSetVcpus")
    public void setVcpus(int count) {
        requirePositive(count);
        callInt("virDomainSetVcpus", p -> CDomain.virDomainSetVcpus(p, count));
    }

    /**
     * Sets the current or maximum number of vCPUs, live and/or configured. Wraps
     * {@code virDomainSetVcpusFlags}.
     *
     * @param count the number, at least 1
     * @param flags which count and where
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainSetVcpusFlags">virDomainSetVcpusFlags</a>
     */
    @Wraps("virDomainSetVcpusFlags")
    public void setVcpusFlags(int count, Set<DomainVcpuFlags> flags) {
        requirePositive(count);
        int mask = BitFlag.mask(flags);
        callInt("virDomainSetVcpusFlags", p -> CDomain.virDomainSetVcpusFlags(p, count, mask));
    }

    private static void requirePositive(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("vCPU count must be at least 1: " + count);
        }
    }

    /**
     * Turns individual vCPUs on or off. Wraps {@code virDomainSetVcpu}.
     *
     * @param vcpuMap the vCPUs, in libvirt's list syntax such as {@code "1,3-4"}
     * @param enable true to enable them, false to disable
     * @param flags where to apply it
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainSetVcpu">virDomainSetVcpu</a>
     */
    @Wraps("virDomainSetVcpu")
    public void setVcpu(String vcpuMap, boolean enable, Set<DomainModificationImpact> flags) {
        Objects.requireNonNull(vcpuMap, "vcpuMap");
        int mask = BitFlag.mask(flags);
        callInt("virDomainSetVcpu", p -> CDomain.virDomainSetVcpu(p, vcpuMap, enable ? 1 : 0, mask));
    }

    /**
     * Describes the running domain's vCPUs and their pinning. Wraps {@code virDomainGetVcpus}.
     *
     * @return one entry per vCPU
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainGetVcpus">virDomainGetVcpus</a>
     */
    @Wraps("virDomainGetVcpus")
    public List<VcpuInfo> getVcpus() {
        int count = getVcpusFlags(EnumSet.of(DomainVcpuFlags.LIVE));
        return call(p -> CpuPinning.vcpus(p, count,
                (info, maps, n, maplen) -> CDomain.virDomainGetVcpus(p, info, n, maps, maplen)));
    }

    /**
     * Returns each vCPU's pinning, also for a domain that is not running. Wraps
     * {@code virDomainGetVcpuPinInfo}.
     *
     * @param flags live or configured state
     * @return the host CPUs each vCPU may use, indexed by vCPU number (up to the maximum)
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainGetVcpuPinInfo">virDomainGetVcpuPinInfo</a>
     */
    @Wraps("virDomainGetVcpuPinInfo")
    public List<BitSet> getVcpuPinInfo(Set<DomainModificationImpact> flags) {
        int mask = BitFlag.mask(flags);
        int max = callInt("virDomainGetVcpusFlags",
                p -> CDomain.virDomainGetVcpusFlags(p, mask | DomainVcpuFlags.MAXIMUM.bit()));
        return call(p -> CpuPinning.vcpuPinInfo(p, max,
                (info, maps, n, maplen) -> CDomain.virDomainGetVcpuPinInfo(p, n, maps, maplen, mask)));
    }

    /**
     * Pins a vCPU of the running domain to host CPUs. Wraps {@code virDomainPinVcpu}.
     *
     * @param vcpu the vCPU's number
     * @param cpuMap the host CPUs it may use, not empty
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainPinVcpu">virDomainPinVcpu</a>
     */
    @Wraps("virDomainPinVcpu")
    public void pinVcpu(int vcpu, BitSet cpuMap) {
        requireNonNegative(vcpu, "vcpu");
        pin("virDomainPinVcpu", cpuMap, (p, map, len) -> CDomain.virDomainPinVcpu(p, vcpu, map, len));
    }

    /**
     * Pins a vCPU to host CPUs, live and/or in the configuration. Wraps
     * {@code virDomainPinVcpuFlags}.
     *
     * @param vcpu the vCPU's number
     * @param cpuMap the host CPUs it may use, not empty
     * @param flags where to apply it
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainPinVcpuFlags">virDomainPinVcpuFlags</a>
     */
    @Wraps("virDomainPinVcpuFlags")
    public void pinVcpuFlags(int vcpu, BitSet cpuMap, Set<DomainModificationImpact> flags) {
        requireNonNegative(vcpu, "vcpu");
        int mask = BitFlag.mask(flags);
        pin("virDomainPinVcpuFlags", cpuMap, (p, map, len) -> CDomain.virDomainPinVcpuFlags(p, vcpu, map, len, mask));
    }

    /**
     * Returns the host CPUs the emulator threads may use. Wraps
     * {@code virDomainGetEmulatorPinInfo}.
     *
     * @param flags live or configured state
     * @return the CPUs; empty when the emulator is not pinned
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainGetEmulatorPinInfo">virDomainGetEmulatorPinInfo</a>
     */
    @Wraps("virDomainGetEmulatorPinInfo")
    public BitSet getEmulatorPinInfo(Set<DomainModificationImpact> flags) {
        int mask = BitFlag.mask(flags);
        return call(p -> CpuPinning.emulatorPinInfo(p,
                (info, map, n, maplen) -> CDomain.virDomainGetEmulatorPinInfo(p, map, maplen, mask)));
    }

    /**
     * Pins the emulator threads to host CPUs. Wraps {@code virDomainPinEmulator}.
     *
     * @param cpuMap the host CPUs, not empty
     * @param flags where to apply it
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainPinEmulator">virDomainPinEmulator</a>
     */
    @Wraps("virDomainPinEmulator")
    public void pinEmulator(BitSet cpuMap, Set<DomainModificationImpact> flags) {
        int mask = BitFlag.mask(flags);
        pin("virDomainPinEmulator", cpuMap, (p, map, len) -> CDomain.virDomainPinEmulator(p, map, len, mask));
    }

    /** A pinning call given the packed map. */
    @FunctionalInterface
    interface PinCall {
        int call(Pointer dom, Pointer map, int maplen);
    }

    final void pin(String function, BitSet cpuMap, PinCall pinCall) {
        Objects.requireNonNull(cpuMap, "cpuMap");
        call(p -> {
            int cpus = CpuMaps.hostCpus(p);
            try (Memory map = CpuMaps.pack(cpuMap, cpus)) {
                return ErrorCapture.check(pinCall.call(p, map, (int) map.size()), function);
            }
        });
    }

    // ---- I/O threads --------------------------------------------------------------------

    /**
     * Lists the domain's I/O threads and their pinning. Wraps {@code virDomainGetIOThreadInfo};
     * the binding frees the result with {@code virDomainIOThreadInfoFree}.
     *
     * @param flags live or configured state
     * @return the threads
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainGetIOThreadInfo">virDomainGetIOThreadInfo</a>
     */
    @Wraps({"virDomainGetIOThreadInfo", "virDomainIOThreadInfoFree"})
    public List<DomainIOThreadInfo> getIoThreadInfo(Set<DomainModificationImpact> flags) {
        int mask = BitFlag.mask(flags);
        return call(p -> CpuPinning.ioThreads(out -> CDomain.virDomainGetIOThreadInfo(p, out, mask)));
    }

    /**
     * Adds an I/O thread. Wraps {@code virDomainAddIOThread}.
     *
     * @param ioThreadId the new thread's ID, at least 1
     * @param flags where to apply it
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainAddIOThread">virDomainAddIOThread</a>
     */
    @Wraps("virDomainAddIOThread")
    public void addIoThread(int ioThreadId, Set<DomainModificationImpact> flags) {
        int mask = BitFlag.mask(flags);
        callInt("virDomainAddIOThread", p -> CDomain.virDomainAddIOThread(p, ioThreadId, mask));
    }

    /**
     * Removes an I/O thread. Wraps {@code virDomainDelIOThread}.
     *
     * @param ioThreadId the thread's ID
     * @param flags where to apply it
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainDelIOThread">virDomainDelIOThread</a>
     */
    @Wraps("virDomainDelIOThread")
    public void delIoThread(int ioThreadId, Set<DomainModificationImpact> flags) {
        int mask = BitFlag.mask(flags);
        callInt("virDomainDelIOThread", p -> CDomain.virDomainDelIOThread(p, ioThreadId, mask));
    }

    /**
     * Pins an I/O thread to host CPUs. Wraps {@code virDomainPinIOThread}.
     *
     * @param ioThreadId the thread's ID
     * @param cpuMap the host CPUs, not empty
     * @param flags where to apply it
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainPinIOThread">virDomainPinIOThread</a>
     */
    @Wraps("virDomainPinIOThread")
    public void pinIoThread(int ioThreadId, BitSet cpuMap, Set<DomainModificationImpact> flags) {
        int mask = BitFlag.mask(flags);
        pin("virDomainPinIOThread", cpuMap,
                (p, map, len) -> CDomain.virDomainPinIOThread(p, ioThreadId, map, len, mask));
    }

    /**
     * Sets an I/O thread's polling parameters ({@code poll_max_ns}, {@code poll_grow},
     * {@code poll_shrink}, ...). Wraps {@code virDomainSetIOThreadParams}.
     *
     * @param ioThreadId the thread's ID
     * @param params the parameters
     * @param flags where to apply them
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainSetIOThreadParams">virDomainSetIOThreadParams</a>
     */
    @Wraps("virDomainSetIOThreadParams")
    public void setIoThreadParams(int ioThreadId, TypedParams params, Set<DomainModificationImpact> flags) {
        int mask = BitFlag.mask(flags);
        storeParams("virDomainSetIOThreadParams", params,
                (p, a, n) -> CDomain.virDomainSetIOThreadParams(p, ioThreadId, a, n, mask));
    }

    // ---- scheduler ----------------------------------------------------------------------

    /**
     * Returns the scheduler's name and parameter count. Wraps {@code virDomainGetSchedulerType}.
     *
     * @return the scheduler
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainGetSchedulerType">virDomainGetSchedulerType</a>
     */
    @Wraps("virDomainGetSchedulerType")
    public DomainSchedulerType getSchedulerType() {
        return call(DomainTuning::schedulerType);
    }

    private static DomainSchedulerType schedulerType(Pointer p) {
        Pointer n = Scratch.get(4);
        Pointer type = ErrorCapture.check(CDomain.virDomainGetSchedulerType(p, n), "virDomainGetSchedulerType");
        int count = n.getInt(0);
        return new DomainSchedulerType(NativeStrings.takeUtf8(type).orElseThrow(), count);
    }

    /**
     * Returns the scheduler parameters of the current state. Wraps
     * {@code virDomainGetSchedulerParameters}.
     *
     * @return the parameters, such as {@code cpu_shares} or {@code weight}
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainGetSchedulerParameters">virDomainGetSchedulerParameters</a>
     */
    @Wraps("virDomainGetSchedulerParameters")
    public TypedParams getSchedulerParameters() {
        return call(p -> CpuPinning.schedulerParameters(schedulerType(p).nparams(), "virDomainGetSchedulerParameters",
                (a, n) -> CDomain.virDomainGetSchedulerParameters(p, a, n)));
    }

    /**
     * Returns the scheduler parameters of the live or configured state. Wraps
     * {@code virDomainGetSchedulerParametersFlags}.
     *
     * @param flags which state
     * @return the parameters
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainGetSchedulerParametersFlags">virDomainGetSchedulerParametersFlags</a>
     */
    @Wraps("virDomainGetSchedulerParametersFlags")
    public TypedParams getSchedulerParametersFlags(Set<DomainModificationImpact> flags) {
        int mask = BitFlag.mask(flags);
        return call(p -> CpuPinning.schedulerParameters(schedulerType(p).nparams(),
                "virDomainGetSchedulerParametersFlags",
                (a, n) -> CDomain.virDomainGetSchedulerParametersFlags(p, a, n, mask)));
    }

    /**
     * Changes scheduler parameters of the current state. Wraps
     * {@code virDomainSetSchedulerParameters}.
     *
     * @param params the parameters to change
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainSetSchedulerParameters">virDomainSetSchedulerParameters</a>
     */
    @Wraps("virDomainSetSchedulerParameters")
    public void setSchedulerParameters(TypedParams params) {
        storeParams("virDomainSetSchedulerParameters", params, CDomain::virDomainSetSchedulerParameters);
    }

    /**
     * Changes scheduler parameters, live and/or configured. Wraps
     * {@code virDomainSetSchedulerParametersFlags}.
     *
     * @param params the parameters to change
     * @param flags where to apply them
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainSetSchedulerParametersFlags">virDomainSetSchedulerParametersFlags</a>
     */
    @Wraps("virDomainSetSchedulerParametersFlags")
    public void setSchedulerParametersFlags(TypedParams params, Set<DomainModificationImpact> flags) {
        int mask = BitFlag.mask(flags);
        storeParams("virDomainSetSchedulerParametersFlags", params,
                (p, a, n) -> CDomain.virDomainSetSchedulerParametersFlags(p, a, n, mask));
    }

    // ---- typed-parameter groups ---------------------------------------------------------

    /**
     * Returns block I/O weights and limits. Wraps {@code virDomainGetBlkioParameters}.
     *
     * @param flags live or configured state
     * @return the parameters: {@code weight}, {@code device_weight}, {@code device_read_iops_sec}, ...
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainGetBlkioParameters">virDomainGetBlkioParameters</a>
     */
    @Wraps("virDomainGetBlkioParameters")
    public TypedParams getBlkioParameters(Set<DomainModificationImpact> flags) {
        int mask = BitFlag.mask(flags);
        return fetchParams("virDomainGetBlkioParameters", (p, a, n) -> CDomain.virDomainGetBlkioParameters(p, a, n, mask));
    }

    /**
     * Changes block I/O weights and limits. Wraps {@code virDomainSetBlkioParameters}.
     *
     * @param params the parameters to change: {@code weight}, {@code device_weight}, {@code device_read_iops_sec}, ...
     * @param flags where to apply them
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainSetBlkioParameters">virDomainSetBlkioParameters</a>
     */
    @Wraps("virDomainSetBlkioParameters")
    public void setBlkioParameters(TypedParams params, Set<DomainModificationImpact> flags) {
        int mask = BitFlag.mask(flags);
        storeParams("virDomainSetBlkioParameters", params, (p, a, n) -> CDomain.virDomainSetBlkioParameters(p, a, n, mask));
    }

    /**
     * Returns memory limits, in KiB. Wraps {@code virDomainGetMemoryParameters}.
     *
     * @param flags live or configured state
     * @return the parameters: {@code hard_limit}, {@code soft_limit}, {@code swap_hard_limit}, {@code min_guarantee}
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainGetMemoryParameters">virDomainGetMemoryParameters</a>
     */
    @Wraps("virDomainGetMemoryParameters")
    public TypedParams getMemoryParameters(Set<DomainModificationImpact> flags) {
        int mask = BitFlag.mask(flags);
        return fetchParams("virDomainGetMemoryParameters", (p, a, n) -> CDomain.virDomainGetMemoryParameters(p, a, n, mask));
    }

    /**
     * Changes memory limits, in KiB. Wraps {@code virDomainSetMemoryParameters}.
     *
     * @param params the parameters to change: {@code hard_limit}, {@code soft_limit}, {@code swap_hard_limit}, {@code min_guarantee}
     * @param flags where to apply them
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainSetMemoryParameters">virDomainSetMemoryParameters</a>
     */
    @Wraps("virDomainSetMemoryParameters")
    public void setMemoryParameters(TypedParams params, Set<DomainModificationImpact> flags) {
        int mask = BitFlag.mask(flags);
        storeParams("virDomainSetMemoryParameters", params, (p, a, n) -> CDomain.virDomainSetMemoryParameters(p, a, n, mask));
    }

    /**
     * Returns NUMA placement. Wraps {@code virDomainGetNumaParameters}.
     *
     * @param flags live or configured state
     * @return the parameters: {@code numa_mode} (a {@link DomainNumatuneMemMode} value) and {@code numa_nodeset}
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainGetNumaParameters">virDomainGetNumaParameters</a>
     */
    @Wraps("virDomainGetNumaParameters")
    public TypedParams getNumaParameters(Set<DomainModificationImpact> flags) {
        int mask = BitFlag.mask(flags);
        return fetchParams("virDomainGetNumaParameters", (p, a, n) -> CDomain.virDomainGetNumaParameters(p, a, n, mask));
    }

    /**
     * Changes NUMA placement. Wraps {@code virDomainSetNumaParameters}.
     *
     * @param params the parameters to change: {@code numa_mode} (a {@link DomainNumatuneMemMode} value) and {@code numa_nodeset}
     * @param flags where to apply them
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainSetNumaParameters">virDomainSetNumaParameters</a>
     */
    @Wraps("virDomainSetNumaParameters")
    public void setNumaParameters(TypedParams params, Set<DomainModificationImpact> flags) {
        int mask = BitFlag.mask(flags);
        storeParams("virDomainSetNumaParameters", params, (p, a, n) -> CDomain.virDomainSetNumaParameters(p, a, n, mask));
    }

    /**
     * Returns a network interface's bandwidth limits. Wraps {@code virDomainGetInterfaceParameters}.
     *
     * @param device the interface (target name or MAC address)
     * @param flags live or configured state
     * @return the parameters: {@code inbound.average}, {@code inbound.peak}, {@code inbound.burst}, {@code inbound.floor}, {@code outbound.average}, ...
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainGetInterfaceParameters">virDomainGetInterfaceParameters</a>
     */
    @Wraps("virDomainGetInterfaceParameters")
    public TypedParams getInterfaceParameters(String device, Set<DomainModificationImpact> flags) {
        Objects.requireNonNull(device, "device");
        int mask = BitFlag.mask(flags);
        return fetchParams("virDomainGetInterfaceParameters", (p, a, n) -> CDomain.virDomainGetInterfaceParameters(p, device, a, n, mask));
    }

    /**
     * Changes a network interface's bandwidth limits. Wraps {@code virDomainSetInterfaceParameters}.
     *
     * @param device the interface (target name or MAC address)
     * @param params the parameters to change: {@code inbound.average}, {@code inbound.peak}, {@code inbound.burst}, {@code inbound.floor}, {@code outbound.average}, ...
     * @param flags where to apply them
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainSetInterfaceParameters">virDomainSetInterfaceParameters</a>
     */
    @Wraps("virDomainSetInterfaceParameters")
    public void setInterfaceParameters(String device, TypedParams params, Set<DomainModificationImpact> flags) {
        Objects.requireNonNull(device, "device");
        int mask = BitFlag.mask(flags);
        storeParams("virDomainSetInterfaceParameters", params, (p, a, n) -> CDomain.virDomainSetInterfaceParameters(p, device, a, n, mask));
    }

    /**
     * Returns a disk's I/O throttling. Wraps {@code virDomainGetBlockIoTune}.
     *
     * @param disk the disk (target such as vda, or source path)
     * @param flags live or configured state
     * @return the parameters: {@code total_bytes_sec}, {@code read_iops_sec}, {@code group_name}, ...
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainGetBlockIoTune">virDomainGetBlockIoTune</a>
     */
    @Wraps("virDomainGetBlockIoTune")
    public TypedParams getBlockIoTune(String disk, Set<DomainModificationImpact> flags) {
        Objects.requireNonNull(disk, "disk");
        int mask = BitFlag.mask(flags);
        return fetchParams("virDomainGetBlockIoTune", (p, a, n) -> CDomain.virDomainGetBlockIoTune(p, disk, a, n, mask));
    }

    /**
     * Changes a disk's I/O throttling. Wraps {@code virDomainSetBlockIoTune}.
     *
     * @param disk the disk (target such as vda, or source path)
     * @param params the parameters to change: {@code total_bytes_sec}, {@code read_iops_sec}, {@code group_name}, ...
     * @param flags where to apply them
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainSetBlockIoTune">virDomainSetBlockIoTune</a>
     */
    @Wraps("virDomainSetBlockIoTune")
    public void setBlockIoTune(String disk, TypedParams params, Set<DomainModificationImpact> flags) {
        Objects.requireNonNull(disk, "disk");
        int mask = BitFlag.mask(flags);
        storeParams("virDomainSetBlockIoTune", params, (p, a, n) -> CDomain.virDomainSetBlockIoTune(p, disk, a, n, mask));
    }

    /**
     * Returns which perf events are collected. Wraps {@code virDomainGetPerfEvents}.
     *
     * @param flags live or configured state
     * @return the parameters: booleans named after the events, such as {@code cmt} or {@code cpu_cycles}
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainGetPerfEvents">virDomainGetPerfEvents</a>
     */
    @Wraps("virDomainGetPerfEvents")
    public TypedParams getPerfEvents(Set<DomainModificationImpact> flags) {
        int mask = BitFlag.mask(flags);
        return call(p -> {
            Pointer out = Scratch.get(Native.POINTER_SIZE + 4);
            Pointer n = out.share(Native.POINTER_SIZE);
            ErrorCapture.check(CDomain.virDomainGetPerfEvents(p, out, n, mask), "virDomainGetPerfEvents");
            return TypedParamsCodec.take(out.getPointer(0), n.getInt(0));
        });
    }

    /**
     * Changes which perf events are collected. Wraps {@code virDomainSetPerfEvents}.
     *
     * @param params the parameters to change: booleans named after the events, such as {@code cmt} or {@code cpu_cycles}
     * @param flags where to apply them
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainSetPerfEvents">virDomainSetPerfEvents</a>
     */
    @Wraps("virDomainSetPerfEvents")
    public void setPerfEvents(TypedParams params, Set<DomainModificationImpact> flags) {
        int mask = BitFlag.mask(flags);
        storeParams("virDomainSetPerfEvents", params, (p, a, n) -> CDomain.virDomainSetPerfEvents(p, a, n, mask));
    }

    /**
     * Returns the launch security (AMD SEV) measurement and related values. Wraps
     * {@code virDomainGetLaunchSecurityInfo}.
     *
     * @return the parameters, such as {@code sev-measurement}
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainGetLaunchSecurityInfo">virDomainGetLaunchSecurityInfo</a>
     */
    @Wraps("virDomainGetLaunchSecurityInfo")
    public TypedParams getLaunchSecurityInfo() {
        return call(p -> {
            Pointer out = Scratch.get(Native.POINTER_SIZE + 4);
            Pointer n = out.share(Native.POINTER_SIZE);
            ErrorCapture.check(CDomain.virDomainGetLaunchSecurityInfo(p, out, n, 0), "virDomainGetLaunchSecurityInfo");
            return TypedParamsCodec.take(out.getPointer(0), n.getInt(0));
        });
    }

    /**
     * Injects a launch secret into the guest. Wraps {@code virDomainSetLaunchSecurityState}.
     *
     * @param params {@code sev-secret}, {@code sev-secret-header} and optionally {@code sev-secret-set-address}
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainSetLaunchSecurityState">virDomainSetLaunchSecurityState</a>
     */
    @Wraps("virDomainSetLaunchSecurityState")
    public void setLaunchSecurityState(TypedParams params) {
        storeParams("virDomainSetLaunchSecurityState", params,
                (p, a, n) -> CDomain.virDomainSetLaunchSecurityState(p, a, n, 0));
    }

    /**
     * Sets what happens when the guest powers off, reboots or crashes. Wraps
     * {@code virDomainSetLifecycleAction}.
     *
     * @param type the event
     * @param action what to do
     * @param flags where to apply it
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainSetLifecycleAction">virDomainSetLifecycleAction</a>
     */
    @Wraps("virDomainSetLifecycleAction")
    public void setLifecycleAction(DomainLifecycle type, DomainLifecycleAction action,
            Set<DomainModificationImpact> flags) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(action, "action");
        if (type == DomainLifecycle.UNKNOWN || action == DomainLifecycleAction.UNKNOWN) {
            throw new IllegalArgumentException("UNKNOWN is not a lifecycle value to set");
        }
        int mask = BitFlag.mask(flags);
        callInt("virDomainSetLifecycleAction",
                p -> CDomain.virDomainSetLifecycleAction(p, type.value(), action.value(), mask));
    }
}
