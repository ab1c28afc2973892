package org.virtfx.libvirt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.virtfx.libvirt.TestDriver.assertNoSupport;

import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Devices, metadata and autostart of a domain, on the domain-a fixture. */
class DomainDevicesIT extends TestDriverFixture {
    private static final String NS = "https://virtfx.org/xmlns/test/1.0";
    private static final String CDROM = "<disk type='file' device='cdrom'><target dev='hdc' bus='ide'/></disk>";

    private Domain running;

    DomainDevicesIT() {
        super("/domain-a-testdriver.xml");
    }

    @BeforeEach
    void lookUp() {
        running = closeAfter(conn.lookupDomainByName("fx-running"));
    }

    @Test
    void readsTheFixturesMetadata() {
        assertThat(running.getMetadata(DomainMetadataType.TITLE, null)).isEqualTo("Running fixture");
        assertThat(running.getMetadata(DomainMetadataType.DESCRIPTION, null,
                EnumSet.of(DomainModificationImpact.CONFIG)))
                .isEqualTo("Running domain with a disk, a NIC and VNC graphics.");
        assertThat(running.getMetadata(DomainMetadataType.ELEMENT, NS)).contains("<app", ">fixture</app>");
    }

    @Test
    void setsAndRemovesTitleDescriptionAndElement() {
        running.setMetadata(DomainMetadataType.TITLE, "New title", null, null);
        running.setMetadata(DomainMetadataType.DESCRIPTION, "Line 1\nLine 2", null, null,
                EnumSet.of(DomainModificationImpact.LIVE, DomainModificationImpact.CONFIG));
        running.setMetadata(DomainMetadataType.ELEMENT, "<owner>qa</owner>", "own", "https://virtfx.org/owner");
        assertThat(running.getMetadata(DomainMetadataType.TITLE, null)).isEqualTo("New title");
        assertThat(running.getMetadata(DomainMetadataType.DESCRIPTION, null,
                EnumSet.of(DomainModificationImpact.CONFIG))).isEqualTo("Line 1\nLine 2");
        assertThat(running.getMetadata(DomainMetadataType.ELEMENT, "https://virtfx.org/owner"))
                .isEqualTo("<owner>qa</owner>");
        assertThat(running.getXmlDesc()).contains("<title>New title</title>", "own:owner");

        running.setMetadata(DomainMetadataType.TITLE, null, null, null);
        assertThatThrownBy(() -> running.getMetadata(DomainMetadataType.TITLE, null))
                .isInstanceOfSatisfying(LibvirtException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorNumber.NO_DOMAIN_METADATA);
                    assertThat(e.function()).isEqualTo("virDomainGetMetadata");
                });
    }

    @Test
    void metadataValidatesArguments() {
        assertThatThrownBy(() -> running.getMetadata(DomainMetadataType.ELEMENT, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> running.getMetadata(DomainMetadataType.UNKNOWN, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> running.setMetadata(DomainMetadataType.ELEMENT, "<a/>", null, NS))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> running.setMetadata(null, "x", null, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void autostartRoundTrips() {
        assertThat(running.getAutostart()).isFalse();
        running.setAutostart(true);
        assertThat(running.getAutostart()).isTrue();
        running.setAutostart(false);
        assertThat(running.getAutostart()).isFalse();
    }

    @Test
    void deviceCallsAreNotInTheTestDriver() {
        assertNoSupport(() -> running.attachDevice(CDROM), "virDomainAttachDevice");
        assertNoSupport(() -> running.attachDevice(CDROM, EnumSet.of(DomainDeviceModifyFlags.CONFIG)),
                "virDomainAttachDeviceFlags");
        assertNoSupport(() -> running.detachDevice(CDROM), "virDomainDetachDevice");
        assertNoSupport(() -> running.detachDevice(CDROM, EnumSet.of(DomainDeviceModifyFlags.LIVE)),
                "virDomainDetachDeviceFlags");
        assertNoSupport(() -> running.detachDeviceAlias("ua-cd"), "virDomainDetachDeviceAlias");
        assertNoSupport(() -> running.updateDevice(CDROM, EnumSet.of(DomainDeviceModifyFlags.FORCE)),
                "virDomainUpdateDeviceFlags");
        assertNoSupport(() -> running.updateDevice(CDROM), "virDomainUpdateDeviceFlags");
    }

    @Test
    void deviceCallsRefuseNullXml() {
        assertThatThrownBy(() -> running.attachDevice(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> running.detachDevice(null, EnumSet.noneOf(DomainDeviceModifyFlags.class)))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> running.detachDeviceAlias(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> running.updateDevice(null)).isInstanceOf(NullPointerException.class);
    }
}
