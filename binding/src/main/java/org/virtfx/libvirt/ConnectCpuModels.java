package org.virtfx.libvirt;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.virtfx.libvirt.internal.Scratch;

/**
 * CPU models of the host and hypervisor: names, baselines and comparisons.
 *
 * <p>One layer of {@link Connect}'s API: package-private so that each area of libvirt
 * gets a file of its own. Thread-safe.
 */
abstract class ConnectCpuModels extends ConnectBase {

    ConnectCpuModels(Pointer pointer) {
        super(pointer);
    }

    /**
     * Lists the CPU models libvirt knows for an architecture.
     *
     * <p>Wraps {@code virConnectGetCPUModelNames}.
     *
     * @param arch an architecture, e.g. {@code x86_64}
     * @return the model names
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-host.html#virConnectGetCPUModelNames">virConnectGetCPUModelNames</a>
     */
    @Wraps("virConnectGetCPUModelNames")
    public List<String> getCpuModelNames(String arch) {
        java.util.Objects.requireNonNull(arch, "arch");
        return call(p -> {
            Pointer out = Scratch.get(Native.POINTER_SIZE);
            int n = ErrorCapture.check(CHost.virConnectGetCPUModelNames(p, arch, out, 0), "virConnectGetCPUModelNames");
            return NodeStats.takeStrings(out.getPointer(0), n);
        });
    }

    /**
     * Computes the most capable CPU that all the given host CPUs can provide.
     *
     * @param xmlCpus {@code <cpu>} descriptions; at least one
     * @return the baseline {@code <cpu>} XML
     * @see #baselineCpu(List, Set)
     */
    public String baselineCpu(List<String> xmlCpus) {
        return baselineCpu(xmlCpus, Set.of());
    }

    /**
     * Computes the most capable CPU that all the given host CPUs can provide.
     *
     * <p>Wraps {@code virConnectBaselineCPU}.
     *
     * @param xmlCpus {@code <cpu>} descriptions (or capabilities documents); at least one
     * @param flags expand features, migratable only
     * @return the baseline {@code <cpu>} XML
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-host.html#virConnectBaselineCPU">virConnectBaselineCPU</a>
     */
    @Wraps("virConnectBaselineCPU")
    public String baselineCpu(List<String> xmlCpus, Set<ConnectBaselineCPUFlags> flags) {
        requireCpus(xmlCpus);
        List<Memory> keep = new ArrayList<>();
        try (Memory array = NodeStats.packStrings(xmlCpus, keep)) {
            return callString("virConnectBaselineCPU",
                    p -> CHost.virConnectBaselineCPU(p, array, xmlCpus.size(), BitFlag.mask(flags)));
        } finally {
            keep.forEach(Memory::close);
        }
    }

    /**
     * Computes a baseline CPU usable by the given hypervisor on this host.
     *
     * <p>Wraps {@code virConnectBaselineHypervisorCPU}.
     *
     * @param emulator the emulator binary, or null for the default
     * @param arch the architecture, or null
     * @param machine the machine type, or null
     * @param virtType the domain type ({@code kvm}, {@code qemu}), or null
     * @param xmlCpus {@code <cpu>} descriptions; at least one
     * @param flags expand features, migratable only
     * @return the baseline {@code <cpu>} XML
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-host.html#virConnectBaselineHypervisorCPU">virConnectBaselineHypervisorCPU</a>
     */
    @Wraps("virConnectBaselineHypervisorCPU")
    public String baselineHypervisorCpu(String emulator, String arch, String machine, String virtType,
            List<String> xmlCpus, Set<ConnectBaselineCPUFlags> flags) {
        requireCpus(xmlCpus);
        List<Memory> keep = new ArrayList<>();
        try (Memory array = NodeStats.packStrings(xmlCpus, keep)) {
            return callString("virConnectBaselineHypervisorCPU", p -> CHost.virConnectBaselineHypervisorCPU(p,
                    emulator, arch, machine, virtType, array, xmlCpus.size(), BitFlag.mask(flags)));
        } finally {
            keep.forEach(Memory::close);
        }
    }

    private static void requireCpus(List<String> xmlCpus) {
        if (xmlCpus.isEmpty()) {
            throw new IllegalArgumentException("need at least one CPU description");
        }
    }

    /**
     * Compares a CPU description with the host's CPU.
     *
     * @param xmlDesc a {@code <cpu>} description
     * @return how the host's CPU relates to it
     * @see #compareCpu(String, Set)
     */
    public CPUCompareResult compareCpu(String xmlDesc) {
        return compareCpu(xmlDesc, Set.of());
    }

    /**
     * Compares a CPU description with the host's CPU.
     *
     * <p>Wraps {@code virConnectCompareCPU}.
     *
     * @param xmlDesc a {@code <cpu>} description
     * @param flags fail when incompatible; validate the XML
     * @return how the host's CPU relates to it
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-host.html#virConnectCompareCPU">virConnectCompareCPU</a>
     */
    @Wraps("virConnectCompareCPU")
    public CPUCompareResult compareCpu(String xmlDesc, Set<ConnectCompareCPUFlags> flags) {
        java.util.Objects.requireNonNull(xmlDesc, "xmlDesc");
        return CPUCompareResult.of(callInt("virConnectCompareCPU",
                p -> CHost.virConnectCompareCPU(p, xmlDesc, BitFlag.mask(flags))));
    }

    /**
     * Compares a CPU description with the CPU the given hypervisor can provide on this host.
     *
     * <p>Wraps {@code virConnectCompareHypervisorCPU}.
     *
     * @param emulator the emulator binary, or null
     * @param arch the architecture, or null
     * @param machine the machine type, or null
     * @param virtType the domain type, or null
     * @param xmlCpu a {@code <cpu>} description
     * @param flags fail when incompatible; validate the XML
     * @return how the hypervisor's CPU relates to it
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-host.html#virConnectCompareHypervisorCPU">virConnectCompareHypervisorCPU</a>
     */
    @Wraps("virConnectCompareHypervisorCPU")
    public CPUCompareResult compareHypervisorCpu(String emulator, String arch, String machine, String virtType,
            String xmlCpu, Set<ConnectCompareCPUFlags> flags) {
        java.util.Objects.requireNonNull(xmlCpu, "xmlCpu");
        return CPUCompareResult.of(callInt("virConnectCompareHypervisorCPU", p -> CHost.virConnectCompareHypervisorCPU(
                p, emulator, arch, machine, virtType, xmlCpu, BitFlag.mask(flags))));
    }
}
