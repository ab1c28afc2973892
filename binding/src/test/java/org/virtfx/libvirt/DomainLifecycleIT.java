package org.virtfx.libvirt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.virtfx.libvirt.TestDriver.assertNoSupport;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A domain's identity, XML and lifecycle calls with flags, on the domain-a fixture. */
class DomainLifecycleIT extends TestDriverFixture {

    DomainLifecycleIT() {
        super("/domain-a-testdriver.xml");
    }

    @Test
    void readsRawUuidOsTypeAndFlags() {
        try (Domain d = conn.lookupDomainByName("fx-running")) {
            assertThat(d.getUuid()).containsExactly(
                    Uuids.toBytes(UUID.fromString("11111111-1111-4111-8111-111111111111")));
            // The test driver reports "linux" for every domain, whatever the XML says.
            assertThat(d.getOsType()).isEqualTo("linux");
            assertThat(d.isActive()).isTrue();
            assertThat(d.isPersistent()).isTrue();
            assertThat(d.isUpdated()).isFalse();
        }
        try (Domain d = conn.lookupDomainByName("fx-shutoff")) {
            assertThat(d.isActive()).isFalse();
        }
    }

    @Test
    void xmlDescHonoursFlags() {
        try (Domain d = conn.lookupDomainByName("fx-running")) {
            String live = d.getXmlDesc();
            assertThat(live).contains("<name>fx-running</name>", "<title>Running fixture</title>", "id='1'");
            String inactive = d.getXmlDesc(EnumSet.of(DomainXMLFlags.INACTIVE));
            assertThat(inactive).contains("<name>fx-running</name>").doesNotContain("id='1'");
            assertThat(d.getXmlDesc(EnumSet.of(DomainXMLFlags.SECURE, DomainXMLFlags.INACTIVE)))
                    .contains("<uuid>11111111-1111-4111-8111-111111111111</uuid>");
        }
    }

    @Test
    void createWithFlagsAndDestroyWithFlags() {
        try (Domain d = conn.lookupDomainByName("fx-shutoff")) {
            // The test driver accepts no start flags: its error comes through.
            assertThatThrownBy(() -> d.create(EnumSet.of(DomainCreateFlags.START_PAUSED)))
                    .isInstanceOfSatisfying(LibvirtException.class, e -> {
                        assertThat(e.function()).isEqualTo("virDomainCreateWithFlags");
                        assertThat(e.libvirtMessage()).contains("unsupported flags (0x1)");
                    });
            d.create(Set.of());
            assertThat(d.getState().state()).isEqualTo(DomainState.RUNNING);
            d.destroy(EnumSet.of(DomainDestroyFlagsValues.GRACEFUL));
            assertThat(d.getState().state()).isEqualTo(DomainState.SHUTOFF);
        }
    }

    @Test
    void createWithFilesValidatesDescriptorsAndStarts() {
        try (Domain d = conn.lookupDomainByName("fx-shutoff")) {
            assertThatThrownBy(() -> d.createWithFiles(new int[] {-5})).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> d.createWithFiles(null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> d.createWithFiles(new int[] {0}, EnumSet.of(DomainCreateFlags.START_PAUSED)))
                    .isInstanceOfSatisfying(LibvirtException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorNumber.INVALID_ARG);
                        assertThat(e.function()).isEqualTo("virDomainCreateWithFiles");
                    });
            assertThat(d.getState().state()).isEqualTo(DomainState.SHUTOFF);
            // The test driver starts the domain and ignores the descriptors.
            d.createWithFiles(new int[] {0, 1});
            assertThat(d.getState().state()).isEqualTo(DomainState.RUNNING);
        }
    }

    @Test
    void shutdownWithFlagsStopsTheDomain() {
        try (Domain d = conn.lookupDomainByName("fx-running")) {
            assertThatThrownBy(() -> d.shutdown(EnumSet.of(DomainShutdownFlagValues.ACPI_POWER_BTN)))
                    .isInstanceOfSatisfying(LibvirtException.class,
                            e -> assertThat(e.function()).isEqualTo("virDomainShutdownFlags"));
            d.shutdown(EnumSet.noneOf(DomainShutdownFlagValues.class));
            assertThat(d.getState().state()).isEqualTo(DomainState.SHUTOFF);
            assertThat(d.getId()).isEqualTo(-1);
        }
    }

    @Test
    void rebootAndResetKeepTheDomainRunning() {
        try (Domain d = conn.lookupDomainByName("fx-running")) {
            d.reboot();
            assertThat(d.getState().state()).isEqualTo(DomainState.RUNNING);
            d.reboot(EnumSet.of(DomainRebootFlagValues.ACPI_POWER_BTN));
            assertThat(d.getState().state()).isEqualTo(DomainState.RUNNING);
            d.reset();
            assertThat(d.getState().state()).isEqualTo(DomainState.RUNNING);
        }
        try (Domain d = conn.lookupDomainByName("fx-shutoff")) {
            assertThatThrownBy(d::reboot).isInstanceOfSatisfying(LibvirtException.class,
                    e -> assertThat(e.function()).isEqualTo("virDomainReboot"));
        }
    }

    @Test
    void undefineARunningDomainMakesItTransient() {
        try (Domain d = conn.lookupDomainByName("fx-running")) {
            d.undefine(EnumSet.of(DomainUndefineFlagsValues.MANAGED_SAVE));
            assertThat(d.isPersistent()).isFalse();
            assertThat(d.isActive()).isTrue();
            d.destroy();
        }
        assertThat(conn.numOfDomains()).isEqualTo(3);
    }

    @Test
    void renameAShutOffDomain() {
        try (Domain d = conn.lookupDomainByName("fx-shutoff")) {
            d.rename("fx-renamed");
            // A handle keeps the name it was made with; a new lookup sees the new one.
            assertThat(d.getName()).isEqualTo("fx-shutoff");
        }
        try (Domain d = conn.lookupDomainByName("fx-renamed")) {
            assertThat(d.getUuidString()).isEqualTo("33333333-3333-4333-8333-333333333333");
            assertThatThrownBy(() -> d.rename(null)).isInstanceOf(NullPointerException.class);
        }
        assertThat(conn.listDefinedDomains()).containsExactly("fx-renamed");
    }

    @Test
    void pmSuspendAndWakeupAreNotInTheTestDriver() {
        try (Domain d = conn.lookupDomainByName("fx-running")) {
            assertNoSupport(() -> d.pmSuspendForDuration(NodeSuspendTarget.MEM, 0), "virDomainPMSuspendForDuration");
            assertNoSupport(d::pmWakeup, "virDomainPMWakeup");
            assertThatThrownBy(() -> d.pmSuspendForDuration(NodeSuspendTarget.UNKNOWN, 0))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> d.pmSuspendForDuration(NodeSuspendTarget.DISK, -1))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> d.pmSuspendForDuration(null, 0)).isInstanceOf(NullPointerException.class);
        }
    }
}
