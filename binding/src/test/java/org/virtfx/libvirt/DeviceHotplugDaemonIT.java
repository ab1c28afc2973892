package org.virtfx.libvirt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.virtfx.testsupport.Wait;
import org.virtfx.testsupport.Guests;

/**
 * Hot-plug, hot-unplug and media change on a running QEMU guest, which the test driver only
 * pretends to do: one SeaBIOS guest with a virtio-scsi controller (SCSI disks unplug at once,
 * without the guest's help, unlike PCI devices) and an empty IDE CD-ROM drive.
 */
class DeviceHotplugDaemonIT extends DaemonFixture {
    private static final String EXTRA_DEVICES = """
            <controller type='scsi' index='0' model='virtio-scsi'/>
            <disk type='file' device='cdrom'>
              <driver name='qemu' type='raw'/>
              <target dev='hdc' bus='ide'/>
              <readonly/>
            </disk>
            """;

    private static Domain guest;
    private static Path files;

    @BeforeAll
    static void startGuest() throws IOException {
        files = folder("images");
        guest = createGuest(Guests.biosGuestWith(Guests.uniqueName("hotplug"), EXTRA_DEVICES));
    }

    private static String scsiDisk(Path image, String target, String alias) throws IOException {
        Files.write(image, new byte[1024 * 1024]);
        return "<disk type='file' device='disk'><driver name='qemu' type='raw'/><source file='" + image
                + "'/><target dev='" + target + "' bus='scsi'/>" + (alias == null ? "" : "<alias name='" + alias + "'/>")
                + "</disk>";
    }

    @Test
    void attachAndDetachADiskWithEvents() throws Exception {
        Path image = files.resolve("data-a.img");
        String disk = scsiDisk(image, "sda", null);
        List<String> added = new CopyOnWriteArrayList<>();
        CountDownLatch removed = new CountDownLatch(1);
        List<String> removedAliases = new CopyOnWriteArrayList<>();
        try (EventRegistration onAdd = conn.domainEventDeviceAddedRegister(guest, e -> added.add(e.devAlias()));
             EventRegistration onRemove = conn.domainEventDeviceRemovedRegister(guest, e -> {
                 removedAliases.add(e.devAlias());
                 removed.countDown();
             })) {
            guest.attachDevice(disk, EnumSet.of(DomainDeviceModifyFlags.LIVE));
            String live = guest.getXmlDesc();
            assertThat(live).contains("<source file='" + image + "'").contains("<target dev='sda' bus='scsi'/>");
            String alias = aliasOf(live, image);
            assertThat(Wait.holds(() -> added.contains(alias), Duration.ofSeconds(10))).as("added %s", added).isTrue();

            guest.detachDevice(disk, EnumSet.of(DomainDeviceModifyFlags.LIVE));
            assertThat(removed.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(removedAliases).containsExactly(alias);
            assertThat(guest.getXmlDesc()).doesNotContain(image.toString());
        }
    }

    @Test
    void detachByUserAlias() throws Exception {
        Path image = files.resolve("data-b.img");
        guest.attachDevice(scsiDisk(image, "sdb", "ua-virtfx-data"));
        assertThat(guest.getXmlDesc()).contains("<alias name='ua-virtfx-data'/>");
        guest.detachDeviceAlias("ua-virtfx-data", EnumSet.of(DomainDeviceModifyFlags.LIVE));
        // Asynchronous by contract: the removal shows once QEMU has done it.
        assertThat(Wait.holds(() -> !guest.getXmlDesc().contains(image.toString()), Duration.ofSeconds(10)))
                .isTrue();
        assertThatThrownBy(() -> guest.detachDeviceAlias("ua-virtfx-data", EnumSet.of(DomainDeviceModifyFlags.LIVE)))
                .isInstanceOfSatisfying(LibvirtException.class, e -> {
                    assertThat(e.function()).isEqualTo("virDomainDetachDeviceAlias");
                    // libvirt 9.0's QEMU driver reports this as an internal error, not DEVICE_MISSING.
                    assertThat(e.is(ErrorNumber.INTERNAL_ERROR)).as(e.code().toString()).isTrue();
                    assertThat(e.libvirtMessage()).contains("no device found with alias ua-virtfx-data");
                });
    }

    @Test
    void aTransientGuestHasNoConfigToChange() throws IOException {
        String disk = scsiDisk(files.resolve("data-c.img"), "sdc", null);
        assertThatThrownBy(() -> guest.attachDevice(disk, EnumSet.of(DomainDeviceModifyFlags.CONFIG)))
                .isInstanceOfSatisfying(LibvirtException.class, e -> {
                    assertThat(e.function()).isEqualTo("virDomainAttachDeviceFlags");
                    assertThat(e.is(ErrorNumber.OPERATION_INVALID)).as(e.code().toString()).isTrue();
                });
    }

    @Test
    void changeAndEjectCdromMedia() throws Exception {
        Path iso = files.resolve("media.iso");
        Files.write(iso, new byte[2048 * 16]);
        List<DomainEventTrayChange> trays = new CopyOnWriteArrayList<>();
        try (EventRegistration tray = conn.domainEventTrayChangeRegister(guest, trays::add)) {
            guest.updateDevice(cdrom("<source file='" + iso + "'/>"), EnumSet.of(DomainDeviceModifyFlags.LIVE));
            assertThat(cdromOf(guest.getXmlDesc())).contains("<source file='" + iso + "'");

            guest.updateDevice(cdrom(""), EnumSet.of(DomainDeviceModifyFlags.LIVE));
            // An empty drive keeps a <source> with only its index.
            assertThat(cdromOf(guest.getXmlDesc())).doesNotContain("<source file");
            // Changing media opens and closes the drive's tray, which QEMU reports.
            assertThat(Wait.holds(() -> !trays.isEmpty(), Duration.ofSeconds(10))).isTrue();
            assertThat(trays).allSatisfy(e -> assertThat(e.devAlias()).isEqualTo("ide0-1-0"));
        }
        assertThatThrownBy(() -> guest.updateDevice(cdrom("").replace("hdc", "hdd"),
                EnumSet.of(DomainDeviceModifyFlags.LIVE))).isInstanceOfSatisfying(LibvirtException.class,
                        e -> assertThat(e.function()).isEqualTo("virDomainUpdateDeviceFlags"));
    }

    private static String cdrom(String source) {
        return "<disk type='file' device='cdrom'><driver name='qemu' type='raw'/>" + source
                + "<target dev='hdc' bus='ide'/><readonly/></disk>";
    }

    private static String cdromOf(String xml) {
        int start = xml.indexOf("<disk type='file' device='cdrom'>");
        return xml.substring(start, xml.indexOf("</disk>", start));
    }

    private static String aliasOf(String xml, Path image) {
        int source = xml.indexOf("<source file='" + image + "'");
        int end = xml.indexOf("</disk>", source);
        String disk = xml.substring(source, end);
        int a = disk.indexOf("<alias name='") + "<alias name='".length();
        return disk.substring(a, disk.indexOf('\'', a));
    }
}
