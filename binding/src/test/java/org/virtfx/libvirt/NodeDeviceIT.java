package org.virtfx.libvirt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.virtfx.libvirt.TestDriver.assertNoSupport;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/**
 * {@link NodeDevice} and the node device calls of {@link Connect} against the test driver, on
 * {@code devices-testdriver.xml}. What the test driver lacks is checked for its error here and
 * needs a real-daemon test.
 */
class NodeDeviceIT extends TestDriverFixture {
    private static final String VHBA = """
            <device>
              <parent>scsi_host1</parent>
              <capability type='scsi_host'>
                <capability type='fc_host'>
                  <wwnn>2000000012345678</wwnn>
                  <wwpn>1000000012345678</wwpn>
                </capability>
              </capability>
            </device>
            """;

    NodeDeviceIT() {
        super("/devices-testdriver.xml");
    }

    @Test
    void listsAndCountsEveryFixtureDevice() {
        try (HandleList<NodeDevice> all = conn.listAllNodeDevices()) {
            assertThat(all).extracting(NodeDevice::getName).containsExactlyInAnyOrder(
                    "computer", "pci_0000_00_1f_2", "net_eth0_52_54_00_f0_0d_01", "scsi_host1", "scsi_host11");
        }
        assertThat(conn.numOfDevices()).isEqualTo(5);
        assertThat(conn.listDevices()).containsExactlyInAnyOrder(
                "computer", "pci_0000_00_1f_2", "net_eth0_52_54_00_f0_0d_01", "scsi_host1", "scsi_host11");
    }

    @Test
    void filtersByCapability() {
        try (HandleList<NodeDevice> pci = conn.listAllNodeDevices(EnumSet.of(ConnectListAllNodeDeviceFlags.CAP_PCI_DEV));
             HandleList<NodeDevice> fc = conn.listAllNodeDevices(EnumSet.of(ConnectListAllNodeDeviceFlags.CAP_FC_HOST))) {
            assertThat(pci).extracting(NodeDevice::getName).containsExactly("pci_0000_00_1f_2");
            assertThat(fc).extracting(NodeDevice::getName).containsExactlyInAnyOrder("scsi_host1", "scsi_host11");
        }
        assertThat(conn.numOfDevices("scsi_host")).isEqualTo(2);
        assertThat(conn.listDevices("net")).containsExactly("net_eth0_52_54_00_f0_0d_01");
        assertThat(conn.listDevices("no_such_cap")).isEmpty();
    }

    @Test
    void looksUpByNameAndReadsParentXmlAndCaps() {
        try (NodeDevice host = conn.lookupDeviceByName("scsi_host1");
             NodeDevice computer = conn.lookupDeviceByName("computer")) {
            assertThat(host.getName()).isEqualTo("scsi_host1");
            assertThat(host.getParent()).contains("computer");
            assertThat(computer.getParent()).isEmpty();
            assertThat(host.getXmlDesc()).contains("<name>scsi_host1</name>", "<wwnn>2000000012341234</wwnn>");
            // The test driver lists top-level capabilities only; the real node device driver
            // also lists the nested fc_host and vport_ops.
            assertThat(host.numOfCaps()).isEqualTo(1);
            assertThat(host.listCaps()).containsExactly("scsi_host");
            try (NodeDevice nic = conn.lookupDeviceByName("net_eth0_52_54_00_f0_0d_01")) {
                assertThat(nic.listCaps()).containsExactly("net");
                assertThat(nic.getParent()).contains("pci_0000_00_1f_2");
            }
            assertThat(computer.listCaps()).containsExactly("system");
        }
    }

    @Test
    void aMissingDeviceFailsWithNoNodeDevice() {
        assertThatThrownBy(() -> conn.lookupDeviceByName("no-such-device"))
                .isInstanceOfSatisfying(LibvirtException.class, e -> {
                    assertThat(e.function()).isEqualTo("virNodeDeviceLookupByName");
                    assertThat(e.is(ErrorNumber.NO_NODE_DEVICE)).isTrue();
                });
    }

    @Test
    void createsAndDestroysAVhba() {
        try (NodeDevice vhba = conn.deviceCreateXml(VHBA)) {
            assertThat(vhba.getName()).isEqualTo("scsi_host12");
            assertThat(vhba.getParent()).contains("scsi_host1");
            assertThat(vhba.getXmlDesc()).contains("<wwpn>1000000012345678</wwpn>");
            assertThat(conn.numOfDevices()).isEqualTo(6);
            vhba.destroy();
        }
        assertThat(conn.numOfDevices()).isEqualTo(5);
        assertThatThrownBy(() -> conn.lookupDeviceByName("scsi_host12")).isInstanceOf(LibvirtException.class);
    }

    @Test
    void aRefOutlivesTheOriginalHandle() {
        NodeDevice original = conn.lookupDeviceByName("pci_0000_00_1f_2");
        try (NodeDevice second = original.ref()) {
            original.close();
            assertThat(original.isClosed()).isTrue();
            assertThatThrownBy(original::getName).isInstanceOf(IllegalStateException.class);
            assertThat(second.getName()).isEqualTo("pci_0000_00_1f_2");
            assertThat(second.getParent()).contains("computer");
        }
    }

    @Test
    void closingTheListClosesItsDevices() {
        HandleList<NodeDevice> all = conn.listAllNodeDevices();
        all.close();
        assertThat(all).isNotEmpty().allMatch(NodeDevice::isClosed);
    }

    /** The test driver lacks these; each maps to NO_SUPPORT naming the C function. */
    @Test
    void callsTheTestDriverLacksFailWithNoSupport() {
        try (NodeDevice host = conn.lookupDeviceByName("scsi_host1")) {
            assertNoSupport(host::isActive, "virNodeDeviceIsActive");
            assertNoSupport(host::isPersistent, "virNodeDeviceIsPersistent");
            assertNoSupport(host::getAutostart, "virNodeDeviceGetAutostart");
            assertNoSupport(() -> host.setAutostart(true), "virNodeDeviceSetAutostart");
            assertNoSupport(host::create, "virNodeDeviceCreate");
            assertNoSupport(host::undefine, "virNodeDeviceUndefine");
            assertNoSupport(host::detach, "virNodeDeviceDettach");
            assertNoSupport(() -> host.detach("vfio"), "virNodeDeviceDetachFlags");
            assertNoSupport(host::reAttach, "virNodeDeviceReAttach");
            assertNoSupport(host::reset, "virNodeDeviceReset");
        }
        assertNoSupport(() -> conn.deviceDefineXml(VHBA), "virNodeDeviceDefineXML");
        assertNoSupport(() -> conn.lookupDeviceScsiHostByWwn("2000000012341234", "1000000012341234"),
                "virNodeDeviceLookupSCSIHostByWWN");
    }

    @Test
    void nullArgumentsFailBeforeAnyNativeCall() {
        try (NodeDevice host = conn.lookupDeviceByName("scsi_host1")) {
            Libvirt.setCallGuard(() -> {
                throw new AssertionError("reached libvirt");
            });
            assertThatThrownBy(() -> conn.lookupDeviceByName(null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> conn.lookupDeviceScsiHostByWwn(null, "1")).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> conn.lookupDeviceScsiHostByWwn("1", null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> conn.deviceCreateXml(null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> conn.deviceCreateXml(VHBA, null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> conn.deviceDefineXml(null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> conn.listAllNodeDevices(null)).isInstanceOf(NullPointerException.class);
        } finally {
            Libvirt.setCallGuard(null);
        }
    }

    @Test
    void invalidXmlFailsWithLibvirtsError() {
        assertThatThrownBy(() -> conn.deviceCreateXml("<device>"))
                .isInstanceOfSatisfying(LibvirtException.class,
                        e -> assertThat(e.function()).isEqualTo("virNodeDeviceCreateXML"));
    }
}
