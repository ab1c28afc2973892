package org.virtfx.libvirt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Per-domain statistics and the (faked) guest-agent calls against the test driver. */
class DomainStatsIT extends TestDriverFixture {
    private Domain dom;

    DomainStatsIT() {
        super("/domain-b-testdriver.xml");
    }

    @BeforeEach
    void lookUp() {
        dom = closeAfter(conn.lookupDomainByName("db-running"));
    }

    private static void assertNoSupport(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(LibvirtException.class,
                e -> assertThat(e.is(ErrorNumber.NO_SUPPORT)).isTrue());
    }

    @Test
    void blockAndInterfaceStats() {
        DomainBlockStats b = dom.blockStats("vda");
        assertThat(b.rdReq()).isPositive();
        assertThat(b.rdBytes()).isPositive().isLessThan(b.rdReq());
        assertThat(b.wrReq()).isPositive();
        assertThat(b.errs()).isPositive();
        DomainInterfaceStats i = dom.interfaceStats("testnet0");
        assertThat(i.rxBytes()).isPositive().isGreaterThan(i.rxPackets());
        assertThat(i.txDrop()).isPositive();
        assertThatThrownBy(() -> dom.blockStats("vdz")).isInstanceOf(LibvirtException.class);
        assertThatThrownBy(() -> dom.interfaceStats("vnet9")).isInstanceOfSatisfying(LibvirtException.class,
                e -> assertThat(e.is(ErrorNumber.INVALID_ARG)).isTrue());
        assertNoSupport(() -> dom.blockStatsFlags("vda"));
        try (Domain off = conn.lookupDomainByName("db-shutoff")) {
            assertThatThrownBy(() -> off.blockStats("vda")).isInstanceOfSatisfying(LibvirtException.class,
                    e -> assertThat(e.is(ErrorNumber.OPERATION_INVALID)).isTrue());
        }
    }

    @Test
    void memoryStats() {
        List<DomainMemoryStat> stats = dom.memoryStats();
        assertThat(stats).extracting(DomainMemoryStat::tag).contains(DomainMemoryStatTags.ACTUAL_BALLOON,
                DomainMemoryStatTags.UNUSED, DomainMemoryStatTags.RSS);
        assertThat(stats).filteredOn(s -> s.tag() == DomainMemoryStatTags.ACTUAL_BALLOON)
                .extracting(DomainMemoryStat::value).containsExactly(1_048_576L);
        assertThat(stats).filteredOn(s -> s.tag() == DomainMemoryStatTags.DISK_CACHES)
                .extracting(DomainMemoryStat::value).containsExactly(131_072L);
    }

    @Test
    void blockInfoAndPeeks() {
        DomainBlockInfo info = dom.getBlockInfo("vda");
        assertThat(info.capacity()).isEqualTo(1_099_506_450_432L);
        assertThat(info.allocation()).isEqualTo(1_099_511_627_776L);
        assertThat(info.physical()).isEqualTo(1_099_511_627_776L);
        byte[] mem = dom.memoryPeek(0, 16, EnumSet.of(DomainMemoryFlags.VIRTUAL));
        assertThat(mem).hasSize(16);
        assertThat(dom.memoryPeek(0, 0, EnumSet.of(DomainMemoryFlags.PHYSICAL))).isEmpty();
        assertThatThrownBy(() -> dom.memoryPeek(0, 16, Set.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> dom.memoryPeek(0, -1, EnumSet.of(DomainMemoryFlags.VIRTUAL)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> dom.blockPeek("vda", -1, 16)).isInstanceOf(IllegalArgumentException.class);
        assertNoSupport(() -> dom.blockPeek("vda", 0, 512));
    }

    @Test
    void cpuStats() {
        TypedParams total = dom.getCpuStatsTotal();
        assertThat(total.getLong("cpu_time")).isPresent();
        assertThat(total.getLong("user_time")).hasValue(5_540_000_000L);
        assertThat(total.getLong("system_time")).hasValue(6_460_000_000L);
        List<TypedParams> perCpu = dom.getCpuStats(0, 64);
        assertThat(perCpu).hasSize(4);
        assertThat(perCpu.get(3).getLong("vcpu_time")).isPresent();
        assertThat(dom.getCpuStats(2, 1)).hasSize(1);
        assertThatThrownBy(() -> dom.getCpuStats(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void diskErrorsAndControlInfo() {
        assertThat(dom.getDiskErrors()).containsExactly(new DomainDiskError("vda", DomainDiskErrorCode.UNSPEC),
                new DomainDiskError("vdb", DomainDiskErrorCode.NO_SPACE));
        DomainControlInfo ctl = dom.getControlInfo();
        assertThat(ctl.state()).isEqualTo(DomainControlState.OK);
        assertThat(ctl.stateTimeMillis()).isZero();
        try (Domain paused = conn.lookupDomainByName("db-paused")) {
            assertThat(paused.getDiskErrors()).isEmpty();
        }
    }

    @Test
    void messagesAndSecurityLabels() {
        assertThat(dom.getMessages(Set.of())).isNotNull();
        assertThat(dom.getMessages(EnumSet.of(DomainMessageType.TAINTING))).isNotNull();
        SecurityLabel label = dom.getSecurityLabel();
        assertThat(label.label()).isEqualTo("libvirt-test");
        assertThat(label.enforcing()).isTrue();
        assertNoSupport(() -> dom.getSecurityLabelList());
        assertNoSupport(() -> dom.setBlockThreshold("vda", 1024));
    }

    @Test
    void fakedAgentCalls() {
        assertThat(dom.getHostname()).isEqualTo("db-runninghost");
        Instant t = dom.getTime();
        assertThat(t.getEpochSecond()).isEqualTo(627_319_920L);
        dom.setTime(Instant.ofEpochSecond(1_000, 5), Set.of());
        dom.setTime(Instant.EPOCH, EnumSet.of(DomainSetTimeFlags.SYNC));
        dom.setUserPassword("root", "secret", Set.of());
        assertThat(dom.fsFreeze(List.of())).isPositive();
        assertThat(dom.fsThaw(List.of("/"))).isEqualTo(1);
        dom.fsTrim(null, 0);
        List<DomainFSInfo> fs = dom.getFsInfo();
        assertThat(fs).extracting(DomainFSInfo::mountpoint).containsExactly("/", "/boot");
        assertThat(fs.get(0)).isEqualTo(new DomainFSInfo("/", "vda1", "ext4", List.of("vda")));
        for (DomainInterfaceAddressesSource src : EnumSet.of(DomainInterfaceAddressesSource.LEASE,
                DomainInterfaceAddressesSource.AGENT, DomainInterfaceAddressesSource.ARP)) {
            List<DomainInterface> ifs = dom.interfaceAddresses(src);
            assertThat(ifs).extracting(DomainInterface::name).containsExactly("testnet0", "testnet1");
            assertThat(ifs.get(0).hwaddr()).isEqualTo("52:54:00:b0:00:01");
            assertThat(ifs.get(1).addrs()).containsExactly(new DomainIPAddress(IPAddrType.IPV4, "192.168.251.102", 24));
        }
        assertThatThrownBy(() -> dom.getHostname(EnumSet.of(DomainGetHostnameFlags.AGENT)))
                .isInstanceOf(LibvirtException.class);
    }

    @Test
    void agentCallsTheTestDriverLacks() {
        assertNoSupport(() -> dom.getGuestInfo(Set.of()));
        assertNoSupport(() -> dom.getGuestVcpus());
        assertNoSupport(() -> dom.setGuestVcpus("1", false));
        assertNoSupport(() -> dom.authorizedSshKeysGet("root"));
        assertNoSupport(() -> dom.authorizedSshKeysSet("root", List.of("ssh-ed25519 AAAA x"), Set.of()));
        assertThatThrownBy(() -> dom.authorizedSshKeysSet("root", null, Set.of()))
                .isInstanceOf(NullPointerException.class);
        try (Domain off = conn.lookupDomainByName("db-shutoff")) {
            assertThatThrownBy(off::getTime).isInstanceOfSatisfying(LibvirtException.class,
                    e -> assertThat(e.is(ErrorNumber.OPERATION_INVALID)).isTrue());
        }
    }
}
