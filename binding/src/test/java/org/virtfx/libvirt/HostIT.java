package org.virtfx.libvirt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Host and connection calls ({@link ConnectBase}, {@link ConnectNode}) against the test driver. */
class HostIT extends TestDriverFixture {
    private static final String FIXTURE = "/host-events-testdriver.xml";
    private static final String QEMU64 = "<cpu><arch>x86_64</arch><model>qemu64</model></cpu>";

    HostIT() {
        super(FIXTURE);
    }

    private static void assertNoSupport(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(LibvirtException.class,
                e -> assertThat(e.is(ErrorNumber.NO_SUPPORT)).as(e.getMessage()).isTrue());
    }

    @Test
    void anInProcessConnectionIsSecureButNotEncrypted() {
        assertThat(conn.isSecure()).isTrue();
        assertThat(conn.isEncrypted()).isFalse();
    }

    @Test
    void describesTheHost() {
        assertThat(conn.getCapabilities()).startsWith("<capabilities>").contains("<host>", "<model>testSecurity</model>");
        assertThat(conn.getSysinfo()).startsWith("<sysinfo type='smbios'>");
        assertThat(conn.getMaxVcpus(null)).isEqualTo(32);
        assertThat(conn.getMaxVcpus("test")).isEqualTo(32);
    }

    @Test
    void readsTheFixtureNodeInfo() {
        assertThat(conn.getNodeInfo()).isEqualTo(new NodeInfo("x86_64", 8_388_608L, 8, 3000, 1, 1, 4, 2));
    }

    @Test
    void readsTheCpuMap() {
        NodeCPUMap map = conn.getCpuMap();
        assertThat(map.cpus()).isEqualTo(8);
        // The test driver reports a fixed pattern: CPUs 0, 2 and 4 online.
        assertThat(map.online().stream().toArray()).containsExactly(0, 2, 4);
        assertThat(map.onlineCount()).isEqualTo(3);
        map.online().clear();
        assertThat(map.online().cardinality()).as("defensive copy").isEqualTo(3);
    }

    @Test
    void readsCpuStats() {
        assertThat(conn.getCpuStats(-1)).containsKeys("kernel", "user", "idle", "iowait")
                .allSatisfy((k, v) -> assertThat(v).isPositive());
        assertThatThrownBy(() -> conn.getCpuStats(-2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsFreeMemoryOfTheDefaultDriversCells() {
        // A file-based test driver has no NUMA cells; test:///default has two (read-only use here).
        try (Connect def = Connect.open("test:///default")) {
            long[] cells = def.getCellsFreeMemory(0, 2);
            assertThat(cells).hasSize(2);
            assertThat(cells[0]).isPositive();
            assertThat(cells[1]).isPositive();
            assertThat(def.getFreeMemory()).isPositive();
        }
        assertThatThrownBy(() -> conn.getCellsFreeMemory(0, 4)).isInstanceOfSatisfying(LibvirtException.class,
                e -> assertThat(e.is(ErrorNumber.INVALID_ARG)).isTrue());
        assertThatThrownBy(() -> conn.getCellsFreeMemory(-1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsFreePagesCellMajor() {
        // The test driver's made-up counts: x = 6, then x = 2x + 7 for each entry.
        assertThat(conn.getFreePages(new int[] {4, 2048}, 0, 2)).containsExactly(19, 45, 97, 201);
        assertThatThrownBy(() -> conn.getFreePages(new int[0], 0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsTheSecurityModel() {
        assertThat(conn.getSecurityModel()).isEqualTo(new SecurityModel("testSecurity", ""));
    }

    @Test
    void listsCpuModels() {
        assertThat(conn.getCpuModelNames("x86_64")).contains("qemu64", "Haswell").doesNotHaveDuplicates();
        assertThatThrownBy(() -> conn.getCpuModelNames(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void computesABaselineCpu() {
        String baseline = conn.baselineCpu(List.of(QEMU64, QEMU64));
        assertThat(baseline).startsWith("<cpu").contains("<model").contains("qemu64");
        assertThat(conn.baselineCpu(List.of(QEMU64), EnumSet.of(ConnectBaselineCPUFlags.EXPAND_FEATURES)))
                .contains("<feature");
        assertThatThrownBy(() -> conn.baselineCpu(List.of(), Set.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> conn.baselineCpu(List.of("<cpu"), Set.of())).isInstanceOf(LibvirtException.class);
    }

    @Test
    void callsTheTestDriverLacksRaiseNoSupport() {
        assertNoSupport(() -> conn.setKeepAlive(5, 3));
        assertNoSupport(() -> conn.setIdentity(TypedParams.builder().addString("user-name", "fx").build()));
        assertNoSupport(() -> conn.getMemoryStats(-1));
        assertNoSupport(() -> conn.allocPages(new int[] {2048}, new long[] {1}, 0, 1));
        assertNoSupport(conn::getMemoryParameters);
        assertNoSupport(() -> conn.setMemoryParameters(
                TypedParams.builder().addUInt("shm_pages_to_scan", 100).build()));
        assertNoSupport(conn::getSevInfo);
        assertNoSupport(() -> conn.suspendForDuration(NodeSuspendTarget.MEM, 60));
        assertNoSupport(() -> conn.compareCpu(QEMU64));
        assertNoSupport(() -> conn.compareHypervisorCpu(null, "x86_64", null, null, QEMU64, Set.of()));
        assertNoSupport(() -> conn.baselineHypervisorCpu(null, "x86_64", null, null, List.of(QEMU64), Set.of()));
    }

    @Test
    void validatesArgumentsBeforeCallingLibvirt() {
        assertThatThrownBy(() -> conn.setKeepAlive(5, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> conn.allocPages(new int[] {2048}, new long[0], 0, 1, Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> conn.suspendForDuration(NodeSuspendTarget.UNKNOWN, 60))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> conn.getMemoryStats(-5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> conn.compareCpu(null, Set.of())).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> conn.setIdentity(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void openAuthAnswersTheTestDriversQuestions() {
        String uri = TestDriver.uri("/host-events-auth-testdriver.xml");
        List<ConnectCredential> asked = new ArrayList<>();
        ConnectAuth auth = new ConnectAuth(EnumSet.of(ConnectCredentialType.AUTHNAME, ConnectCredentialType.PASSPHRASE),
                creds -> {
                    for (ConnectCredential c : creds) {
                        asked.add(c);
                        c.setResult(c.type() == ConnectCredentialType.AUTHNAME ? "fx-user" : "fx-secret");
                    }
                });
        try (Connect authed = Connect.openAuth(uri, auth)) {
            assertThat(authed.getType()).isEqualTo("TEST");
        }
        // It asks for the user name first, then for that user's password, one at a time.
        assertThat(asked).extracting(ConnectCredential::type)
                .containsExactly(ConnectCredentialType.AUTHNAME, ConnectCredentialType.PASSPHRASE);
        assertThat(asked.get(0).prompt()).isEqualTo("Enter username for localhost");
        assertThat(asked.get(1).prompt()).isEqualTo("Enter fx-user's password for localhost");
        assertThat(asked.get(0).toString()).doesNotContain("fx-user");
        assertThat(asked.get(1).toString()).doesNotContain("fx-secret");
    }

    @Test
    void openAuthFailsOnAWrongPasswordOrAThrowingCallback() {
        String uri = TestDriver.uri("/host-events-auth-testdriver.xml");
        Set<ConnectCredentialType> types = EnumSet.of(ConnectCredentialType.AUTHNAME, ConnectCredentialType.PASSPHRASE);
        ConnectAuth wrong = new ConnectAuth(types, creds -> creds.forEach(c ->
                c.setResult(c.type() == ConnectCredentialType.AUTHNAME ? "fx-user" : "nope")));
        assertThatThrownBy(() -> Connect.openAuth(uri, wrong, Set.of())).isInstanceOf(LibvirtException.class);
        ConnectAuth throwing = new ConnectAuth(types, creds -> {
            throw new IllegalStateException("user cancelled");
        });
        assertThatThrownBy(() -> Connect.openAuth(uri, throwing, Set.of())).isInstanceOf(LibvirtException.class);
        assertThatThrownBy(() -> Connect.open(uri)).isInstanceOf(LibvirtException.class)
                .hasMessageContaining("authentication");
        assertThatThrownBy(() -> new ConnectAuth(Set.of(), creds -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void openAuthWithoutQuestionsOpensReadOnly() {
        ConnectAuth auth = new ConnectAuth(Set.of(ConnectCredentialType.AUTHNAME), creds -> {
            throw new AssertionError("not asked");
        });
        try (Connect ro = Connect.openAuth(TestDriver.uri(FIXTURE), auth, EnumSet.of(ConnectFlags.RO))) {
            assertThat(ro.getNodeInfo().cpus()).isEqualTo(8);
        }
    }
}
