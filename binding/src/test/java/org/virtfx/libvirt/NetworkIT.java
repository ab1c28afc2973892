package org.virtfx.libvirt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@link Network} and the network calls of {@link Connect}, against the test driver on {@code net-testdriver.xml}. */
class NetworkIT extends TestDriverFixture {
    static final String FIXTURE = "/net-testdriver.xml";
    static final String NAT_UUID = "66666666-6666-4666-8666-666666666666";
    static final String ISOLATED_UUID = "88888888-8888-4888-8888-888888888888";

    NetworkIT() {
        super(FIXTURE);
    }

    private static String transientXml(String name, String bridge) {
        return "<network><name>" + name + "</name><bridge name='" + bridge + "'/>"
                + "<ip address='172.30.0.1' prefix='24'/></network>";
    }

    @Test
    void countsAndListsTheFixtureNetworks() {
        assertThat(conn.numOfNetworks()).isEqualTo(2);
        assertThat(conn.numOfDefinedNetworks()).isZero();
        assertThat(conn.listNetworks()).containsExactlyInAnyOrder("fx-nat", "fx-isolated");
        assertThat(conn.listDefinedNetworks()).isEmpty();
        try (HandleList<Network> all = conn.listAllNetworks()) {
            assertThat(all).extracting(Network::getName).containsExactlyInAnyOrder("fx-nat", "fx-isolated");
        }
    }

    @Test
    void legacyListsAndFiltersFollowDestroy() {
        try (Network isolated = conn.lookupNetworkByName("fx-isolated")) {
            isolated.destroy();
            assertThat(isolated.isActive()).isFalse();
        }
        assertThat(conn.numOfNetworks()).isEqualTo(1);
        assertThat(conn.numOfDefinedNetworks()).isEqualTo(1);
        assertThat(conn.listNetworks()).containsExactly("fx-nat");
        assertThat(conn.listDefinedNetworks()).containsExactly("fx-isolated");
        try (HandleList<Network> inactive = conn.listAllNetworks(EnumSet.of(ConnectListAllNetworksFlags.INACTIVE));
             HandleList<Network> active = conn.listAllNetworks(EnumSet.of(ConnectListAllNetworksFlags.ACTIVE));
             HandleList<Network> trans = conn.listAllNetworks(EnumSet.of(ConnectListAllNetworksFlags.TRANSIENT))) {
            assertThat(inactive).extracting(Network::getName).containsExactly("fx-isolated");
            assertThat(active).extracting(Network::getName).containsExactly("fx-nat");
            assertThat(trans).isEmpty();
        }
    }

    @Test
    void looksUpByNameUuidAndUuidString() {
        try (Network byName = conn.lookupNetworkByName("fx-nat");
             Network byUuid = conn.lookupNetworkByUuid(UUID.fromString(NAT_UUID));
             Network byString = conn.lookupNetworkByUuidString(ISOLATED_UUID)) {
            assertThat(byName.getUuidString()).isEqualTo(NAT_UUID);
            assertThat(byName.getUuid()).isEqualTo(UUID.fromString(NAT_UUID));
            assertThat(byUuid.getName()).isEqualTo("fx-nat");
            assertThat(byString.getName()).isEqualTo("fx-isolated");
            assertThat(byString.getUuid()).isEqualTo(UUID.fromString(ISOLATED_UUID));
        }
    }

    @Test
    void missingNetworksMapToNoNetwork() {
        assertThatThrownBy(() -> conn.lookupNetworkByName("nope"))
                .isInstanceOfSatisfying(LibvirtException.class, e -> assertThat(e.code()).isEqualTo(ErrorNumber.NO_NETWORK));
        assertThatThrownBy(() -> conn.lookupNetworkByUuid(new UUID(1, 2)))
                .isInstanceOfSatisfying(LibvirtException.class, e -> assertThat(e.code()).isEqualTo(ErrorNumber.NO_NETWORK));
        assertThatThrownBy(() -> conn.lookupNetworkByUuidString("not-a-uuid"))
                .isInstanceOfSatisfying(LibvirtException.class, e -> assertThat(e.code()).isEqualTo(ErrorNumber.INVALID_ARG));
        assertThatThrownBy(() -> conn.lookupNetworkByName(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> conn.lookupNetworkByUuid(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void readsXmlBridgeAndState() {
        try (Network nat = conn.lookupNetworkByName("fx-nat"); Network isolated = conn.lookupNetworkByName("fx-isolated")) {
            assertThat(nat.getXmlDesc()).contains("<name>fx-nat</name>", "<forward mode='nat'",
                    "<host mac='52:54:00:f0:00:01' name='fx-guest' ip='192.168.250.10'/>");
            assertThat(isolated.getXmlDesc()).contains("<ip address='10.10.10.1' prefix='24'>").doesNotContain("<forward");
            assertThat(nat.getBridgeName()).isEqualTo("virbr9");
            assertThat(isolated.getBridgeName()).isEqualTo("virbr10");
            assertThat(nat.isActive()).isTrue();
            assertThat(nat.isPersistent()).isTrue();
        }
    }

    @Test
    void inactiveXmlIsRefusedByTheTestDriver() {
        // The test driver rejects VIR_NETWORK_XML_INACTIVE; the real network driver takes it.
        try (Network nat = conn.lookupNetworkByName("fx-nat")) {
            assertThatThrownBy(() -> nat.getXmlDesc(EnumSet.of(NetworkXMLFlags.INACTIVE)))
                    .isInstanceOfSatisfying(LibvirtException.class, e -> assertThat(e.code()).isEqualTo(ErrorNumber.INVALID_ARG));
        }
    }

    @Test
    void setsAutostart() {
        try (Network nat = conn.lookupNetworkByName("fx-nat")) {
            assertThat(nat.getAutostart()).isFalse();
            nat.setAutostart(true);
            assertThat(nat.getAutostart()).isTrue();
            try (HandleList<Network> auto = conn.listAllNetworks(EnumSet.of(ConnectListAllNetworksFlags.AUTOSTART))) {
                assertThat(auto).extracting(Network::getName).containsExactly("fx-nat");
            }
            nat.setAutostart(false);
            assertThat(nat.getAutostart()).isFalse();
        }
    }

    @Test
    void destroyCreateAndUndefineALifecycle() {
        try (Network isolated = conn.lookupNetworkByName("fx-isolated")) {
            isolated.destroy();
            assertThat(isolated.isActive()).isFalse();
            isolated.create();
            assertThat(isolated.isActive()).isTrue();
            assertThatThrownBy(isolated::create)
                    .isInstanceOfSatisfying(LibvirtException.class, e -> assertThat(e.code()).isEqualTo(ErrorNumber.OPERATION_INVALID));
            // The test driver refuses to undefine a running network (the real driver makes it transient).
            assertThatThrownBy(isolated::undefine)
                    .isInstanceOfSatisfying(LibvirtException.class, e -> assertThat(e.code()).isEqualTo(ErrorNumber.OPERATION_INVALID));
            isolated.destroy();
            isolated.undefine();
            assertThat(isolated.getName()).isEqualTo("fx-isolated"); // the handle outlives the network
        }
        assertThatThrownBy(() -> conn.lookupNetworkByName("fx-isolated"))
                .isInstanceOfSatisfying(LibvirtException.class, e -> assertThat(e.code()).isEqualTo(ErrorNumber.NO_NETWORK));
    }

    @Test
    void definesPersistentNetworksInactive() {
        try (Network a = conn.networkDefineXml(transientXml("fx-def-a", "virbr30"));
             Network b = conn.networkDefineXmlFlags(transientXml("fx-def-b", "virbr31"), EnumSet.of(NetworkDefineFlags.VALIDATE))) {
            assertThat(a.isPersistent()).isTrue();
            assertThat(a.isActive()).isFalse();
            assertThat(b.getName()).isEqualTo("fx-def-b");
            assertThat(b.isPersistent()).isTrue();
        }
        assertThat(conn.listDefinedNetworks()).containsExactlyInAnyOrder("fx-def-a", "fx-def-b");
    }

    @Test
    void createsTransientNetworksActive() {
        try (Network a = conn.networkCreateXml(transientXml("fx-tr-a", "virbr40"));
             Network b = conn.networkCreateXmlFlags(transientXml("fx-tr-b", "virbr41"), EnumSet.of(NetworkCreateFlags.VALIDATE))) {
            assertThat(a.isActive()).isTrue();
            assertThat(a.isPersistent()).isFalse();
            assertThat(b.getBridgeName()).isEqualTo("virbr41");
            assertThat(b.isPersistent()).isFalse();
            assertThat(UUID.fromString(a.getUuidString())).isEqualTo(a.getUuid());
        }
        assertThat(conn.numOfNetworks()).isEqualTo(4);
    }

    @Test
    void refusesBadXml() {
        assertThatThrownBy(() -> conn.networkDefineXml("<network>")).isInstanceOf(LibvirtException.class);
        assertThatThrownBy(() -> conn.networkCreateXmlFlags("<network><name>x</name><bogus/></network>",
                EnumSet.of(NetworkCreateFlags.VALIDATE)))
                .isInstanceOfSatisfying(LibvirtException.class, e -> assertThat(e.code()).isEqualTo(ErrorNumber.XML_INVALID_SCHEMA));
        assertThatThrownBy(() -> conn.networkDefineXml(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void updatesDhcpHostsLiveAndInConfig() {
        String host = "<host mac='52:54:00:f0:00:02' name='fx-new' ip='192.168.250.11'/>";
        Set<NetworkUpdateFlags> both = EnumSet.of(NetworkUpdateFlags.LIVE, NetworkUpdateFlags.CONFIG);
        try (Network nat = conn.lookupNetworkByName("fx-nat")) {
            nat.update(NetworkUpdateCommand.ADD_FIRST, NetworkUpdateSection.IP_DHCP_HOST, -1, host, both);
            assertThat(nat.getXmlDesc()).contains(host);

            String changed = "<host mac='52:54:00:f0:00:02' name='fx-new' ip='192.168.250.12'/>";
            nat.update(NetworkUpdateCommand.MODIFY, NetworkUpdateSection.IP_DHCP_HOST, 0, changed, both);
            assertThat(nat.getXmlDesc()).contains(changed).doesNotContain("192.168.250.11");

            nat.update(NetworkUpdateCommand.DELETE, NetworkUpdateSection.IP_DHCP_HOST, -1, changed, Set.of());
            assertThat(nat.getXmlDesc()).doesNotContain("fx-new").contains("fx-guest");
        }
    }

    @Test
    void updateRejectsBadArguments() {
        try (Network nat = conn.lookupNetworkByName("fx-nat")) {
            assertThatThrownBy(() -> nat.update(NetworkUpdateCommand.UNKNOWN, NetworkUpdateSection.IP_DHCP_HOST, -1,
                    "<host/>", Set.of())).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> nat.update(NetworkUpdateCommand.DELETE, NetworkUpdateSection.UNKNOWN, -1,
                    "<host/>", Set.of())).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> nat.update(NetworkUpdateCommand.ADD_FIRST, NetworkUpdateSection.IP_DHCP_HOST, -1,
                    null, Set.of())).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> nat.update(NetworkUpdateCommand.DELETE, NetworkUpdateSection.IP_DHCP_HOST, -1,
                    "<host mac='52:54:00:ff:ff:ff' ip='192.168.250.99'/>", Set.of()))
                    .isInstanceOf(LibvirtException.class);
        }
    }

    @Test
    void aRefOutlivesTheOriginalHandle() {
        Network nat = conn.lookupNetworkByName("fx-nat");
        try (Network second = nat.ref()) {
            nat.close();
            assertThat(nat.isClosed()).isTrue();
            assertThat(second.getName()).isEqualTo("fx-nat");
            assertThatThrownBy(nat::getName).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void dhcpLeasesNeedARealNetworkDriver() {
        // The test driver has no lease database: virNetworkGetDHCPLeases is a real-daemon test.
        try (Network nat = conn.lookupNetworkByName("fx-nat")) {
            assertThatThrownBy(nat::getDhcpLeases)
                    .isInstanceOfSatisfying(LibvirtException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorNumber.NO_SUPPORT);
                        assertThat(e.getMessage()).contains("virNetworkGetDHCPLeases");
                    });
            assertThatThrownBy(() -> nat.getDhcpLeases("52:54:00:f0:00:01"))
                    .isInstanceOfSatisfying(LibvirtException.class, e -> assertThat(e.code()).isEqualTo(ErrorNumber.NO_SUPPORT));
        }
    }

    private static Pointer mallocText(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        Pointer p = new Pointer(Native.malloc(b.length + 1L));
        p.write(0, b, 0, b.length);
        p.setByte(b.length, (byte) 0);
        return p;
    }

    @Test
    void takeReadsAndFreesLeasesAsLibvirtAllocatesThem() {
        // Built with malloc as libvirt builds them, then freed by virNetworkDHCPLeaseFree and free().
        TestDriver.requireLibvirt();
        Pointer array = new Pointer(Native.malloc(2L * Native.POINTER_SIZE));
        for (int i = 0; i < 2; i++) {
            Pointer lease = new Pointer(Native.malloc(NetworkLeases.SIZE));
            lease.setMemory(0, NetworkLeases.SIZE, (byte) 0);
            lease.setPointer(NetworkLeases.IFACE, mallocText("virbr9"));
            lease.setLong(NetworkLeases.EXPIRY_TIME, 1_790_000_000L + i);
            lease.setPointer(NetworkLeases.MAC, mallocText("52:54:00:f0:00:0" + (i + 1)));
            lease.setPointer(NetworkLeases.IP_ADDR, mallocText("192.168.250." + (10 + i)));
            lease.setInt(NetworkLeases.PREFIX, 24);
            array.setPointer((long) i * Native.POINTER_SIZE, lease);
        }
        List<NetworkDHCPLease> leases = NetworkLeases.take(array, 2);
        assertThat(leases).extracting(NetworkDHCPLease::ipAddr).containsExactly("192.168.250.10", "192.168.250.11");
        assertThat(leases).extracting(NetworkDHCPLease::expiryTime).containsExactly(1_790_000_000L, 1_790_000_001L);
        assertThat(leases.get(1).mac()).contains("52:54:00:f0:00:02");
        assertThat(NetworkLeases.take(null, 0)).isEmpty();
    }
}
