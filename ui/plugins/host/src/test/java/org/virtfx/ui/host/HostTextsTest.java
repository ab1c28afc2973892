package org.virtfx.ui.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.virtfx.libvirt.DomainState;
import org.virtfx.libvirt.NodeInfo;
import org.virtfx.ui.api.ConnectionState;

/** How the Overview words the host's facts. */
class HostTextsTest {
    private static final String CAPABILITIES = """
            <capabilities>
              <host>
                <uuid>0e4b6c3a-0000-4000-8000-000000000000</uuid>
                <cpu><arch>x86_64</arch><model>Skylake-Client-IBRS</model><vendor>Intel</vendor></cpu>
              </host>
              <guest><os_type>hvm</os_type><arch name='i686'/></guest>
            </capabilities>
            """;

    @Test
    void versionsReadAsLibvirtWritesThem() {
        assertThat(HostTexts.version(9_000_000)).isEqualTo("9.0.0");
        assertThat(HostTexts.version(8_002_001)).isEqualTo("8.2.1");
        assertThat(HostTexts.version(0)).isEmpty();
        assertThat(HostTexts.hypervisor("QEMU", 7_002_000)).isEqualTo("QEMU 7.2.0");
        assertThat(HostTexts.hypervisor("LXC", 0)).isEqualTo("LXC");
        assertThat(HostTexts.hypervisor("", 0)).isEqualTo(HostTexts.UNKNOWN);
    }

    @Test
    void theCapabilitiesGiveTheArchitectureAndModelAndTheNodeInfoTheTopology() {
        NodeInfo info = new NodeInfo("x86_64", 67_108_864, 32, 2900, 1, 2, 8, 2);
        HostFacts facts = HostFacts.of(7_002_000, info, CAPABILITIES);
        assertThat(facts.architecture()).isEqualTo("x86_64");
        assertThat(HostTexts.cpus(32, facts)).isEqualTo("32 (2 sockets × 8 cores × 2 threads)");
        assertThat(HostTexts.cpuModel("x86_64", facts)).isEqualTo("Skylake-Client-IBRS, 2900 MHz");
        assertThat(HostTexts.memory(info.memoryKiB())).isEqualTo("64 GiB");
    }

    @Test
    void unknownFactsStayUnknownInsteadOfFailing() {
        HostFacts none = HostFacts.of(0, null, "<not-xml");
        assertThat(none).isEqualTo(HostFacts.UNKNOWN);
        assertThat(HostTexts.cpus(4, none)).isEqualTo("4");
        assertThat(HostTexts.cpus(0, none)).isEqualTo(HostTexts.UNKNOWN);
        assertThat(HostTexts.cpuModel("i686", none)).isEqualTo("i686");
        assertThat(HostTexts.memory(0)).isEqualTo(HostTexts.UNKNOWN);
        // a document with a DOCTYPE is refused, not expanded
        assertThat(HostFacts.of(0, null, "<!DOCTYPE x [<!ENTITY e 'x86_64'>]><capabilities><host><cpu><arch>&e;</arch>"
                + "</cpu></host></capabilities>").architecture()).isEmpty();
    }

    @Test
    void theStateCarriesTheReasonAndTheCountsTheirStates() {
        assertThat(HostTexts.state(ConnectionState.CONNECTED, "")).isEqualTo("Connected");
        assertThat(HostTexts.state(ConnectionState.DISCONNECTED, "Cannot recv data: Connection reset by peer"))
                .isEqualTo("Disconnected: Cannot recv data: Connection reset by peer");
        assertThat(HostTexts.domains(List.of(DomainState.SHUTOFF, DomainState.RUNNING, DomainState.RUNNING)))
                .isEqualTo("3: 2 Running, 1 Shutoff");
        assertThat(HostTexts.domains(List.of())).isEqualTo("None");
        assertThat(HostTexts.counted(3, 2)).isEqualTo("3 (2 active)");
        assertThat(HostTexts.counted(0, 0)).isEqualTo("None");
    }

    @Test
    void usageReadsAsAShareOrSaysWhyThereIsNone() {
        assertThat(HostTexts.cpuUsage(12.4)).isEqualTo("12 %");
        assertThat(HostTexts.cpuUsage(Double.NaN)).isEqualTo("No reading");
        assertThat(HostTexts.memoryUsage(16_777_216, 67_108_864)).isEqualTo("16 GiB of 64 GiB (25 %)");
        assertThat(HostTexts.memoryUsage(Double.NaN, 67_108_864)).isEqualTo("Not reported by this host");
    }
}
