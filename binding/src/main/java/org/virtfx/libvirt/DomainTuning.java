package org.virtfx.libvirt;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

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
abstract class DomainTuning extends DomainParameters {

    DomainTuning(Pointer pointer) {
        super(pointer);
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
