package org.virtfx.libvirt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** {@link Interface} and the interface calls of {@link Connect}, against the test driver on {@code net-testdriver.xml}. */
class InterfaceIT extends TestDriverFixture {
    private static final String NEW_XML = "<interface type='ethernet' name='fx-eth9'><start mode='none'/>"
            + "<mac address='52:54:00:0a:00:09'/></interface>";

    InterfaceIT() {
        super(NetworkIT.FIXTURE);
    }

    @Test
    void countsAndListsTheFixtureInterfaces() {
        assertThat(conn.numOfInterfaces()).isEqualTo(2);
        assertThat(conn.numOfDefinedInterfaces()).isZero();
        assertThat(conn.listInterfaces()).containsExactlyInAnyOrder("fx-eth0", "fx-eth1");
        assertThat(conn.listDefinedInterfaces()).isEmpty();
        try (HandleList<Interface> all = conn.listAllInterfaces()) {
            assertThat(all).extracting(Interface::getName).containsExactlyInAnyOrder("fx-eth0", "fx-eth1");
        }
    }

    @Test
    void looksUpByNameAndMac() {
        try (Interface eth0 = conn.lookupInterfaceByName("fx-eth0");
             Interface eth1 = conn.lookupInterfaceByMacString("52:54:00:0a:00:02")) {
            assertThat(eth0.getMacString()).isEqualTo("52:54:00:0a:00:01");
            assertThat(eth0.isActive()).isTrue();
            assertThat(eth1.getName()).isEqualTo("fx-eth1");
            assertThat(eth0.getXmlDesc()).contains("name='fx-eth0'", "<ip address='10.0.0.2' prefix='24'/>");
            assertThat(eth1.getXmlDesc()).contains("<dhcp/>");
        }
    }

    @Test
    void missingInterfacesMapToNoInterface() {
        assertThatThrownBy(() -> conn.lookupInterfaceByName("nope"))
                .isInstanceOfSatisfying(LibvirtException.class, e -> assertThat(e.code()).isEqualTo(ErrorNumber.NO_INTERFACE));
        assertThatThrownBy(() -> conn.lookupInterfaceByMacString("52:54:00:ff:ff:ff"))
                .isInstanceOfSatisfying(LibvirtException.class, e -> assertThat(e.code()).isEqualTo(ErrorNumber.NO_INTERFACE));
        assertThatThrownBy(() -> conn.lookupInterfaceByMacString(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void inactiveXmlIsRefusedByTheTestDriver() {
        // The test driver rejects VIR_INTERFACE_XML_INACTIVE; a real daemon's netcf/udev backend takes it.
        try (Interface eth0 = conn.lookupInterfaceByName("fx-eth0")) {
            assertThatThrownBy(() -> eth0.getXmlDesc(EnumSet.of(InterfaceXMLFlags.INACTIVE)))
                    .isInstanceOfSatisfying(LibvirtException.class, e -> assertThat(e.code()).isEqualTo(ErrorNumber.INVALID_ARG));
        }
    }

    @Test
    void destroyCreateAndFilters() {
        try (Interface eth0 = conn.lookupInterfaceByName("fx-eth0")) {
            eth0.destroy();
            assertThat(eth0.isActive()).isFalse();
            assertThat(conn.numOfInterfaces()).isEqualTo(1);
            assertThat(conn.numOfDefinedInterfaces()).isEqualTo(1);
            assertThat(conn.listInterfaces()).containsExactly("fx-eth1");
            assertThat(conn.listDefinedInterfaces()).containsExactly("fx-eth0");
            try (HandleList<Interface> inactive = conn.listAllInterfaces(EnumSet.of(ConnectListAllInterfacesFlags.INACTIVE));
                 HandleList<Interface> active = conn.listAllInterfaces(EnumSet.of(ConnectListAllInterfacesFlags.ACTIVE))) {
                assertThat(inactive).extracting(Interface::getName).containsExactly("fx-eth0");
                assertThat(active).extracting(Interface::getName).containsExactly("fx-eth1");
            }
            eth0.create();
            assertThat(eth0.isActive()).isTrue();
            assertThatThrownBy(eth0::create).isInstanceOf(LibvirtException.class);
        }
    }

    @Test
    void definesAndUndefines() {
        try (Interface eth9 = conn.interfaceDefineXml(NEW_XML)) {
            assertThat(eth9.getName()).isEqualTo("fx-eth9");
            assertThat(eth9.isActive()).isFalse();
            assertThat(eth9.getMacString()).isEqualTo("52:54:00:0a:00:09");
            assertThat(conn.listDefinedInterfaces()).containsExactly("fx-eth9");
            eth9.undefine();
        }
        assertThatThrownBy(() -> conn.lookupInterfaceByName("fx-eth9"))
                .isInstanceOfSatisfying(LibvirtException.class, e -> assertThat(e.code()).isEqualTo(ErrorNumber.NO_INTERFACE));
        try (Interface validated = conn.interfaceDefineXml(NEW_XML, EnumSet.of(InterfaceDefineFlags.VALIDATE))) {
            assertThat(validated.getName()).isEqualTo("fx-eth9");
        }
        assertThatThrownBy(() -> conn.interfaceDefineXml("<interface>")).isInstanceOf(LibvirtException.class);
    }

    @Test
    void rollbackRestoresTheConfiguration() {
        conn.interfaceChangeBegin();
        assertThatThrownBy(conn::interfaceChangeBegin).isInstanceOf(LibvirtException.class);
        try (Interface eth9 = conn.interfaceDefineXml(NEW_XML)) {
            assertThat(conn.numOfDefinedInterfaces()).isEqualTo(1);
        }
        conn.interfaceChangeRollback();
        try (HandleList<Interface> all = conn.listAllInterfaces()) {
            assertThat(all).extracting(Interface::getName).containsExactlyInAnyOrder("fx-eth0", "fx-eth1");
        }
        assertThatThrownBy(() -> conn.lookupInterfaceByName("fx-eth9")).isInstanceOf(LibvirtException.class);
        assertThatThrownBy(conn::interfaceChangeRollback).isInstanceOf(LibvirtException.class);
    }

    @Test
    void commitKeepsTheChanges() {
        assertThatThrownBy(conn::interfaceChangeCommit).isInstanceOf(LibvirtException.class);
        conn.interfaceChangeBegin();
        try (Interface eth9 = conn.interfaceDefineXml(NEW_XML)) {
            assertThat(eth9.isActive()).isFalse();
        }
        conn.interfaceChangeCommit();
        assertThat(conn.listDefinedInterfaces()).containsExactly("fx-eth9");
    }

    @Test
    void aRefOutlivesTheOriginalHandle() {
        Interface eth0 = conn.lookupInterfaceByName("fx-eth0");
        try (Interface second = eth0.ref()) {
            eth0.close();
            assertThat(second.getMacString()).isEqualTo("52:54:00:0a:00:01");
            assertThatThrownBy(eth0::isActive).isInstanceOf(IllegalStateException.class);
        }
    }
}
