package org.virtfx.libvirt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.virtfx.libvirt.TestDriver.assertNoSupport;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Counting, listing, lookup, definition and creation of domains, on the domain-a fixture. */
class ConnectDomainsIT extends TestDriverFixture {
    private static final String NEW_DOMAIN = """
            <domain type='test'>
              <name>fx-new</name>
              <uuid>99999999-9999-4999-8999-999999999999</uuid>
              <memory unit='KiB'>131072</memory>
              <vcpu>1</vcpu>
              <os><type arch='x86_64'>hvm</type></os>
            </domain>""";

    ConnectDomainsIT() {
        super("/domain-a-testdriver.xml");
    }

    @Test
    void countsAndLegacyListsAgree() {
        assertThat(conn.numOfDomains()).isEqualTo(4);
        assertThat(conn.numOfDefinedDomains()).isEqualTo(1);
        assertThat(conn.listDomains()).containsExactlyInAnyOrder(1, 2, 3, 4);
        assertThat(conn.listDefinedDomains()).containsExactly("fx-shutoff");
    }

    @Test
    void legacyListsAreEmptyWhenNothingMatches() {
        try (Domain d = conn.lookupDomainByName("fx-shutoff")) {
            d.undefine();
        }
        assertThat(conn.numOfDefinedDomains()).isZero();
        assertThat(conn.listDefinedDomains()).isEmpty();
    }

    @Test
    void listAllDomainsFilters() {
        assertThat(names(Set.of())).containsExactlyInAnyOrder("fx-running", "fx-paused", "fx-shutoff",
                "fx-crashed", "fx-pmsuspended");
        assertThat(names(EnumSet.of(ConnectListAllDomainsFlags.ACTIVE))).hasSize(4).doesNotContain("fx-shutoff");
        assertThat(names(EnumSet.of(ConnectListAllDomainsFlags.INACTIVE))).containsExactly("fx-shutoff");
        assertThat(names(EnumSet.of(ConnectListAllDomainsFlags.RUNNING))).containsExactly("fx-running");
        assertThat(names(EnumSet.of(ConnectListAllDomainsFlags.PAUSED))).containsExactly("fx-paused");
        assertThat(names(EnumSet.of(ConnectListAllDomainsFlags.SHUTOFF))).containsExactly("fx-shutoff");
        assertThat(names(EnumSet.of(ConnectListAllDomainsFlags.RUNNING, ConnectListAllDomainsFlags.SHUTOFF)))
                .containsExactlyInAnyOrder("fx-running", "fx-shutoff");
        assertThat(names(EnumSet.of(ConnectListAllDomainsFlags.PERSISTENT))).hasSize(5);
        assertThat(names(EnumSet.of(ConnectListAllDomainsFlags.TRANSIENT))).isEmpty();
        assertThat(names(EnumSet.of(ConnectListAllDomainsFlags.AUTOSTART))).isEmpty();
    }

    @Test
    void listAllDomainsSeesTransientAndAutostartDomains() {
        try (Domain t = conn.domainCreateXml(NEW_DOMAIN); Domain s = conn.lookupDomainByName("fx-shutoff")) {
            s.setAutostart(true);
            assertThat(names(EnumSet.of(ConnectListAllDomainsFlags.TRANSIENT))).containsExactly("fx-new");
            assertThat(names(EnumSet.of(ConnectListAllDomainsFlags.AUTOSTART))).containsExactly("fx-shutoff");
            assertThat(names(EnumSet.of(ConnectListAllDomainsFlags.NO_AUTOSTART))).hasSize(5);
        }
    }

    @Test
    void looksUpByIdNameUuidBytesUuidAndUuidString() {
        UUID uuid = UUID.fromString("22222222-2222-4222-8222-222222222222");
        try (Domain byId = conn.lookupDomainById(2);
                Domain byName = conn.lookupDomainByName("fx-paused");
                Domain byBytes = conn.lookupDomainByUuid(Uuids.toBytes(uuid));
                Domain byUuid = conn.lookupDomainByUuid(uuid);
                Domain byString = conn.lookupDomainByUuidString(uuid.toString())) {
            for (Domain d : List.of(byId, byName, byBytes, byUuid, byString)) {
                assertThat(d.getName()).isEqualTo("fx-paused");
                assertThat(d.getId()).isEqualTo(2);
            }
            assertThat(byId.getUuid()).containsExactly(Uuids.toBytes(uuid));
        }
    }

    @Test
    void missingLookupsAreNoDomain() {
        assertThatThrownBy(() -> conn.lookupDomainById(99)).isInstanceOfSatisfying(LibvirtException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorNumber.NO_DOMAIN));
        assertThatThrownBy(() -> conn.lookupDomainByUuid(new byte[16]))
                .isInstanceOfSatisfying(LibvirtException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorNumber.NO_DOMAIN);
                    assertThat(e.function()).isEqualTo("virDomainLookupByUUID");
                });
    }

    @Test
    void lookupValidatesArguments() {
        assertThatThrownBy(() -> conn.lookupDomainByUuid(new byte[15])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> conn.lookupDomainByUuid((byte[]) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> conn.lookupDomainByName(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> conn.lookupDomainByUuidString(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void defineAndUndefine() {
        try (Domain d = conn.domainDefineXml(NEW_DOMAIN)) {
            assertThat(d.getName()).isEqualTo("fx-new");
            assertThat(d.isPersistent()).isTrue();
            assertThat(d.isActive()).isFalse();
            assertThat(conn.listDefinedDomains()).containsExactlyInAnyOrder("fx-shutoff", "fx-new");
            d.undefine();
        }
        assertThat(conn.listDefinedDomains()).containsExactly("fx-shutoff");
        assertThatThrownBy(() -> conn.lookupDomainByName("fx-new")).isInstanceOf(LibvirtException.class);
    }

    @Test
    void defineWithValidateRejectsBadXml() {
        try (Domain d = conn.domainDefineXml(NEW_DOMAIN, EnumSet.of(DomainDefineFlags.VALIDATE))) {
            assertThat(d.getUuidString()).isEqualTo("99999999-9999-4999-8999-999999999999");
            d.undefine(EnumSet.of(DomainUndefineFlagsValues.SNAPSHOTS_METADATA));
        }
        assertThatThrownBy(() -> conn.domainDefineXml("<domain type='test'><bogus/></domain>",
                EnumSet.of(DomainDefineFlags.VALIDATE)))
                .isInstanceOfSatisfying(LibvirtException.class,
                        e -> assertThat(e.function()).isEqualTo("virDomainDefineXMLFlags"));
        assertThatThrownBy(() -> conn.domainDefineXml(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void createXmlMakesATransientRunningDomainThatDestroyRemoves() {
        try (Domain d = conn.domainCreateXml(NEW_DOMAIN)) {
            assertThat(d.isActive()).isTrue();
            assertThat(d.isPersistent()).isFalse();
            assertThat(d.getState().state()).isEqualTo(DomainState.RUNNING);
            d.destroy();
        }
        assertThatThrownBy(() -> conn.lookupDomainByName("fx-new")).isInstanceOfSatisfying(LibvirtException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorNumber.NO_DOMAIN));
    }

    @Test
    void createXmlWithFlagsAndCreateLinux() {
        assertThatThrownBy(() -> conn.domainCreateXml(NEW_DOMAIN, EnumSet.of(DomainCreateFlags.START_PAUSED)))
                .isInstanceOfSatisfying(LibvirtException.class, e -> {
                    assertThat(e.function()).isEqualTo("virDomainCreateXML");
                    assertThat(e.libvirtMessage()).contains("unsupported flags (0x1)");
                });
        try (Domain d = conn.domainCreateXml(NEW_DOMAIN, EnumSet.of(DomainCreateFlags.START_VALIDATE))) {
            assertThat(d.getState().state()).isEqualTo(DomainState.RUNNING);
            d.destroy();
        }
        try (Domain d = conn.domainCreateLinux(NEW_DOMAIN)) {
            assertThat(d.getState().state()).isEqualTo(DomainState.RUNNING);
            assertThat(d.isPersistent()).isFalse();
        }
    }

    @Test
    void createXmlWithFilesValidatesDescriptorsAndStarts() {
        assertThatThrownBy(() -> conn.domainCreateXmlWithFiles(NEW_DOMAIN, new int[] {0, -1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
        assertThatThrownBy(() -> conn.domainCreateXmlWithFiles(NEW_DOMAIN, null))
                .isInstanceOf(NullPointerException.class);
        // The test driver starts the domain as virDomainCreateXML does, ignoring the descriptors.
        try (Domain d = conn.domainCreateXmlWithFiles(NEW_DOMAIN, new int[] {0})) {
            assertThat(d.getState().state()).isEqualTo(DomainState.RUNNING);
            assertThat(d.isPersistent()).isFalse();
            d.destroy();
        }
        assertThatThrownBy(() -> conn.domainCreateXmlWithFiles(NEW_DOMAIN, new int[0],
                EnumSet.of(DomainCreateFlags.START_PAUSED)))
                .isInstanceOfSatisfying(LibvirtException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorNumber.INVALID_ARG);
                    assertThat(e.function()).isEqualTo("virDomainCreateXMLWithFiles");
                });
    }

    @Test
    void nativeConfigAndDomainCapabilitiesAreNotInTheTestDriver() {
        assertNoSupport(() -> conn.domainXmlFromNative("qemu-argv", "qemu-system-x86_64 -m 128"),
                "virConnectDomainXMLFromNative");
        assertNoSupport(() -> conn.domainXmlToNative("qemu-argv", NEW_DOMAIN), "virConnectDomainXMLToNative");
        assertNoSupport(() -> conn.getDomainCapabilities(null, "x86_64", null, null),
                "virConnectGetDomainCapabilities");
        assertThatThrownBy(() -> conn.domainXmlToNative(null, NEW_DOMAIN)).isInstanceOf(NullPointerException.class);
    }

    private List<String> names(Set<ConnectListAllDomainsFlags> flags) {
        try (HandleList<Domain> all = conn.listAllDomains(flags)) {
            return all.stream().map(Domain::getName).toList();
        }
    }
}
