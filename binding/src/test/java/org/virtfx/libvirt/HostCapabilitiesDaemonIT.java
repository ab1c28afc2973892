package org.virtfx.libvirt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.virtfx.testsupport.Guests;
import org.virtfx.testsupport.SystemDependency;

/**
 * Host and domain capabilities and CPU models from a real QEMU driver, which the test driver
 * cannot give (it has no domain capabilities at all): a private libvirtd, no guest.
 */
class HostCapabilitiesDaemonIT extends DaemonFixture {
    @BeforeAll
    static void requireQemu() {
        SystemDependency.requireCommand(QEMU);
    }

    @Test
    void domainCapabilitiesDescribeTheX86Emulator() {
        String xml = conn.getDomainCapabilities(null, "x86_64", null, Guests.domainType());

        String emulator = element(xml, "path");
        assertThat(emulator).endsWith("qemu-system-x86_64");
        assertThat(Path.of(emulator)).exists();
        assertThat(element(xml, "arch")).isEqualTo("x86_64");
        assertThat(element(xml, "domain")).isEqualTo(Guests.domainType());
        // The default machine type of QEMU 7.x is a versioned i440fx or q35 alias target.
        assertThat(element(xml, "machine")).matches("pc-(i440fx|q35)-[0-9.]+");
        assertThat(xml).containsPattern("<cpu>\\s*<mode name='host-passthrough' supported='(yes|no)'")
                .containsPattern("<mode name='custom' supported='yes'>")
                .contains("<model usable='yes'")
                .contains("qemu64");
    }

    @Test
    void domainCapabilitiesForANamedMachine() {
        String xml = conn.getDomainCapabilities(null, "x86_64", "q35", Guests.domainType());
        assertThat(element(xml, "machine")).startsWith("pc-q35-");
        assertThatThrownBy(() -> conn.getDomainCapabilities(null, "x86_64", "virtfx-none", Guests.domainType()))
                .isInstanceOfSatisfying(LibvirtException.class, e -> {
                    assertThat(e.function()).isEqualTo("virConnectGetDomainCapabilities");
                    assertThat(e.is(ErrorNumber.INVALID_ARG)).as(e.code().toString()).isTrue();
                });
    }

    @Test
    void hostCapabilitiesNameTheHostArchAndTheQemuGuests() {
        String xml = conn.getCapabilities();
        assertThat(element(xml, "arch")).isEqualTo("x86_64");
        assertThat(xml).contains("<os_type>hvm</os_type>")
                .contains("<emulator>/usr/bin/qemu-system-x86_64</emulator>")
                .containsPattern("<domain type='" + Guests.domainType() + "'");
    }

    @Test
    void cpuModelNamesOfX86() {
        List<String> models = conn.getCpuModelNames("x86_64");
        assertThat(models).contains("qemu64", "kvm64", "Nehalem", "Skylake-Client").doesNotHaveDuplicates();
        assertThatThrownBy(() -> conn.getCpuModelNames("virtfx-arch"))
                .isInstanceOfSatisfying(LibvirtException.class,
                        e -> assertThat(e.function()).isEqualTo("virConnectGetCPUModelNames"));
    }

    @Test
    void hypervisorCpuComparisonAndBaseline() throws IOException {
        String i486 = "<cpu mode='custom' match='exact'><model fallback='forbid'>486</model></cpu>";
        assertThat(conn.compareHypervisorCpu(null, "x86_64", null, Guests.domainType(), i486, Set.of()))
                .isIn(CPUCompareResult.IDENTICAL, CPUCompareResult.SUPERSET);

        // The other vendor's virtualisation extension: no host has both.
        String other = Files.readString(Path.of("/proc/cpuinfo")).contains("GenuineIntel") ? "svm" : "vmx";
        String foreign = "<cpu mode='custom' match='exact'><model fallback='forbid'>486</model>"
                + "<feature policy='require' name='" + other + "'/></cpu>";
        assertThat(conn.compareHypervisorCpu(null, "x86_64", null, Guests.domainType(), foreign, Set.of()))
                .isEqualTo(CPUCompareResult.INCOMPATIBLE);
        assertThatThrownBy(() -> conn.compareHypervisorCpu(null, "x86_64", null, Guests.domainType(), foreign,
                EnumSet.of(ConnectCompareCPUFlags.FAIL_INCOMPATIBLE)))
                .isInstanceOfSatisfying(LibvirtException.class,
                        e -> assertThat(e.is(ErrorNumber.CPU_INCOMPATIBLE)).as(e.code().toString()).isTrue());

        String baseline = conn.baselineHypervisorCpu(null, "x86_64", null, Guests.domainType(),
                List.of("<cpu><arch>x86_64</arch><model>qemu64</model></cpu>",
                        "<cpu><arch>x86_64</arch><model>kvm64</model></cpu>"), Set.of());
        assertThat(baseline).containsPattern("<model[^>]*>[^<]+</model>");
    }

    /** The text of the first element with that name, without its attributes. */
    private static String element(String xml, String name) {
        Matcher m = Pattern.compile("<" + name + "(?:\\s[^>]*)?>([^<]*)</" + name + ">").matcher(xml);
        assertThat(m.find()).as("<%s> in %s", name, xml).isTrue();
        return m.group(1).strip();
    }
}
