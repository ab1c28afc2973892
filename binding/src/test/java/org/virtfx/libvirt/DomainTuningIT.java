package org.virtfx.libvirt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Memory, vCPU, pinning, I/O thread and typed-parameter tuning against the test driver. */
class DomainTuningIT extends TestDriverFixture {
    private Domain dom;

    DomainTuningIT() {
        super("/domain-b-testdriver.xml");
    }

    @BeforeEach
    void lookUp() {
        dom = closeAfter(conn.lookupDomainByName("db-running"));
    }

    private static BitSet cpus(int... n) {
        BitSet b = new BitSet();
        for (int i : n) {
            b.set(i);
        }
        return b;
    }

    @Test
    void memory() {
        assertThat(dom.getMaxMemory()).isEqualTo(2_097_152);
        dom.setMemory(786_432);
        assertThat(dom.getInfo().memoryKiB()).isEqualTo(786_432);
        dom.setMemoryFlags(655_360, EnumSet.of(DomainMemoryModFlags.LIVE));
        assertThat(dom.getInfo().memoryKiB()).isEqualTo(655_360);
        assertThatThrownBy(() -> dom.setMaxMemory(3_145_728)).isInstanceOfSatisfying(LibvirtException.class,
                e -> assertThat(e.is(ErrorNumber.OPERATION_INVALID)).isTrue());
        try (Domain off = conn.lookupDomainByName("db-shutoff")) {
            off.setMaxMemory(3_145_728);
            assertThat(off.getMaxMemory()).isEqualTo(3_145_728);
        }
        dom.setMemoryStatsPeriod(5, Set.of());
        assertThatThrownBy(() -> dom.setMemory(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> dom.setMemory(4_000_000)).isInstanceOf(LibvirtException.class);
    }

    @Test
    void vcpuCounts() {
        assertThat(dom.getMaxVcpus()).isEqualTo(4);
        assertThat(dom.getVcpusFlags(Set.of())).isEqualTo(2);
        assertThat(dom.getVcpusFlags(EnumSet.of(DomainVcpuFlags.MAXIMUM))).isEqualTo(4);
        dom.setVcpus(3);
        assertThat(dom.getVcpusFlags(EnumSet.of(DomainVcpuFlags.LIVE))).isEqualTo(3);
        dom.setVcpusFlags(1, EnumSet.of(DomainVcpuFlags.CONFIG));
        assertThat(dom.getVcpusFlags(EnumSet.of(DomainVcpuFlags.CONFIG))).isEqualTo(1);
        assertThatThrownBy(() -> dom.setVcpus(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> dom.setVcpus(5)).isInstanceOf(LibvirtException.class);
    }

    @Test
    void vcpuInfoAndPinning() {
        List<VcpuInfo> vcpus = dom.getVcpus();
        assertThat(vcpus).extracting(VcpuInfo::number).containsExactly(0, 1);
        assertThat(vcpus.get(0).state()).isEqualTo(VcpuState.RUNNING);
        assertThat(vcpus.get(0).cpuTimeNanos()).isPositive();
        assertThat(vcpus.get(0).cpuMap()).isEqualTo(cpus(0, 1, 2, 3, 4, 5, 6, 7));

        dom.pinVcpu(1, cpus(2, 3));
        assertThat(dom.getVcpus().get(1).cpuMap()).isEqualTo(cpus(2, 3));
        dom.pinVcpuFlags(0, cpus(5), Set.of());
        List<BitSet> pins = dom.getVcpuPinInfo(Set.of());
        assertThat(pins).hasSize(4);
        assertThat(pins.get(0)).isEqualTo(cpus(5));
        assertThat(pins.get(1)).isEqualTo(cpus(2, 3));
        assertThatThrownBy(() -> dom.pinVcpu(0, new BitSet())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> dom.pinVcpu(0, cpus(8))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void setVcpuIsNotInTheTestDriver() {
        assertThatThrownBy(() -> dom.setVcpu("3", true, Set.of()))
                .isInstanceOfSatisfying(LibvirtException.class, e -> assertThat(e.is(ErrorNumber.NO_SUPPORT)).isTrue());
    }

    @Test
    void emulatorPinning() {
        assertThat(dom.getEmulatorPinInfo(Set.of())).isEqualTo(cpus(0, 1, 2, 3, 4, 5, 6, 7));
        dom.pinEmulator(cpus(1, 6), Set.of());
        assertThat(dom.getEmulatorPinInfo(Set.of())).isEqualTo(cpus(1, 6));
    }

    @Test
    void ioThreads() {
        List<DomainIOThreadInfo> threads = dom.getIoThreadInfo(Set.of());
        assertThat(threads).extracting(DomainIOThreadInfo::ioThreadId).containsExactly(1, 2);
        assertThat(threads.get(0).cpuMap()).isEqualTo(cpus(0, 1));
        dom.addIoThread(5, Set.of());
        assertThat(dom.getIoThreadInfo(Set.of())).extracting(DomainIOThreadInfo::ioThreadId).contains(5);
        dom.pinIoThread(1, cpus(3), Set.of());
        dom.delIoThread(5, Set.of());
        assertThat(dom.getIoThreadInfo(Set.of())).extracting(DomainIOThreadInfo::ioThreadId).containsExactly(1, 2);
        dom.setIoThreadParams(1, TypedParams.builder().addULLong("poll_max_ns", 100).build(), Set.of());
        assertThatThrownBy(() -> dom.delIoThread(42, Set.of())).isInstanceOf(LibvirtException.class);
    }

    @Test
    void scheduler() {
        DomainSchedulerType type = dom.getSchedulerType();
        assertThat(type.type()).isEqualTo("fair");
        assertThat(type.nparams()).isEqualTo(1);
        assertThat(dom.getSchedulerParameters().getLong("weight")).hasValue(50);
        // libvirt adds TYPED_PARAM_STRING_OKAY, which the test driver's flags getter rejects.
        assertThatThrownBy(() -> dom.getSchedulerParametersFlags(Set.of())).isInstanceOfSatisfying(
                LibvirtException.class, e -> assertThat(e.is(ErrorNumber.INVALID_ARG)).isTrue());
        dom.setSchedulerParameters(TypedParams.builder().addUInt("weight", 77).build());
        dom.setSchedulerParametersFlags(TypedParams.builder().addUInt("weight", 78).build(), Set.of());
        assertThat(dom.getSchedulerParameters().getLong("weight")).isPresent();
    }

    @Test
    void typedParameterGroups() {
        assertThat(dom.getMemoryParameters(Set.of()).list()).extracting(TypedParam::field)
                .contains("hard_limit", "soft_limit", "swap_hard_limit");
        dom.setMemoryParameters(TypedParams.builder().addULLong("hard_limit", 1_500_000).build(), Set.of());
        assertThat(dom.getMemoryParameters(Set.of()).getLong("hard_limit")).hasValue(1_500_000);

        assertThat(dom.getBlkioParameters(Set.of()).getLong("weight")).isPresent();
        dom.setBlkioParameters(TypedParams.builder().addUInt("weight", 300).build(), Set.of());
        assertThat(dom.getBlkioParameters(Set.of()).getLong("weight")).hasValue(300);

        assertThat(dom.getNumaParameters(Set.of()).getInt("numa_mode")).isPresent();
        dom.setNumaParameters(TypedParams.builder().addString("numa_nodeset", "0").build(), Set.of());
        assertThat(dom.getNumaParameters(Set.of()).getString("numa_nodeset")).hasValue("0");

        assertThat(dom.getInterfaceParameters("testnet0", Set.of()).getLong("inbound.average")).hasValue(0);
        dom.setInterfaceParameters("testnet0", TypedParams.builder().addUInt("inbound.average", 100)
                .addUInt("inbound.peak", 200).build(), Set.of());
        assertThat(dom.getInterfaceParameters("52:54:00:b0:00:01", Set.of()).getLong("inbound.average")).hasValue(100);

        assertThat(dom.getBlockIoTune("vda", Set.of()).getLong("total_bytes_sec")).hasValue(0);
        dom.setBlockIoTune("vda", TypedParams.builder().addULLong("read_iops_sec", 500)
                .addULLong("read_iops_sec_max", 1000).build(), Set.of());
        assertThat(dom.getBlockIoTune("vda", Set.of()).getLong("read_iops_sec")).hasValue(500);

        dom.setPerfEvents(TypedParams.builder().addBoolean("cmt", true).build(), Set.of());
        assertThat(dom.getPerfEvents(Set.of()).getBoolean("cmt")).hasValue(true);
        assertThatThrownBy(() -> dom.getInterfaceParameters("nope", Set.of())).isInstanceOf(LibvirtException.class);
    }

    @Test
    void lifecycleAction() {
        dom.setLifecycleAction(DomainLifecycle.POWEROFF, DomainLifecycleAction.RESTART, Set.of());
        dom.setLifecycleAction(DomainLifecycle.CRASH, DomainLifecycleAction.PRESERVE, Set.of());
        assertThatThrownBy(() -> dom.setLifecycleAction(DomainLifecycle.UNKNOWN, DomainLifecycleAction.DESTROY,
                Set.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void launchSecurityFailsWithoutSev() {
        // The test driver accepts no flags, but libvirt always adds STRING_OKAY: it can never succeed here.
        assertThatThrownBy(() -> dom.getLaunchSecurityInfo()).isInstanceOf(LibvirtException.class);
        assertThatThrownBy(() -> dom.setLaunchSecurityState(TypedParams.builder()
                .addString("sev-secret", "x").addString("sev-secret-header", "y").build()))
                .isInstanceOfSatisfying(LibvirtException.class, e -> assertThat(e.is(ErrorNumber.NO_SUPPORT)).isTrue());
    }
}
