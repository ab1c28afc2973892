package org.virtfx.libvirt;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.util.Objects;
import java.util.Set;
import org.virtfx.libvirt.internal.NativeStrings;
import org.virtfx.libvirt.internal.Scratch;

/**
 * Typed-parameter groups of a domain (scheduler, blkio, memory, NUMA, interface bandwidth, block I/O
 * tuning, perf events, launch security) and the plumbing the tuning layer shares.
 *
 * <p>One layer of {@link Domain}'s API: package-private so that each area of libvirt
 * gets a file of its own. Thread-safe.
 */
abstract class DomainParameters extends DomainCheckpoints {

    DomainParameters(Pointer pointer) {
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

    static DomainSchedulerType schedulerType(Pointer p) {
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
}
