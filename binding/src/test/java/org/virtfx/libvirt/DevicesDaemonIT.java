package org.virtfx.libvirt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Secrets, host devices and network filters against a real libvirt daemon, which the test driver
 * cannot stand in for: a privileged libvirtd that the harness starts for this class. (In session
 * mode libvirt refuses to define network filters; the test checks for that too.)
 */
class DevicesDaemonIT extends DaemonFixture {
    private static final UUID ID = UUID.fromString("55555555-5555-4555-8555-5555555555a1");
    private static final String SECRET = "<secret ephemeral='no' private='no'><uuid>" + ID
            + "</uuid><usage type='ceph'><name>virtfx-ceph</name></usage></secret>";

    private static final UUID FILTER_ID = UUID.fromString("66666666-6666-4666-8666-6666666666a1");
    private static final String FILTER = "<filter name='virtfx-filter' chain='root'><uuid>" + FILTER_ID
            + "</uuid><rule action='accept' direction='in' priority='500'><all/></rule></filter>";

    @Test
    void secretLifecycleWithABinaryValue() {
        byte[] value = {0, 1, 2, (byte) 0xff, 0, 'x'};
        try (Secret secret = conn.secretDefineXml(SECRET, EnumSet.of(SecretDefineFlags.VALIDATE))) {
            try {
                assertThat(secret.getUuid()).isEqualTo(ID);
                assertThat(secret.getUuidString()).isEqualTo(ID.toString());
                assertThat(secret.getUsageType()).isEqualTo(SecretUsageType.CEPH);
                assertThat(secret.getUsageId()).contains("virtfx-ceph");
                assertThat(secret.getXmlDesc()).contains("<name>virtfx-ceph</name>");
                assertThatThrownBy(secret::getValue).isInstanceOf(LibvirtException.class);

                secret.setValue(value);
                assertThat(secret.getValue()).containsExactly(value);

                try (Secret byUuid = conn.lookupSecretByUuid(ID);
                     Secret byText = conn.lookupSecretByUuidString(ID.toString());
                     Secret byUsage = conn.lookupSecretByUsage(SecretUsageType.CEPH, "virtfx-ceph");
                     Secret ref = secret.ref();
                     HandleList<Secret> all = conn.listAllSecrets(EnumSet.of(ConnectListAllSecretsFlags.NO_PRIVATE))) {
                    assertThat(byUuid.getValue()).containsExactly(value);
                    assertThat(byText.getUuid()).isEqualTo(ID);
                    assertThat(byUsage.getUuid()).isEqualTo(ID);
                    assertThat(ref.getUsageId()).contains("virtfx-ceph");
                    assertThat(all).extracting(Secret::getUuid).contains(ID);
                }
                assertThat(conn.listSecrets()).contains(ID.toString());
                assertThat(conn.numOfSecrets()).isEqualTo(conn.listSecrets().size());
            } finally {
                secret.undefine();
            }
        }
        assertThatThrownBy(() -> conn.lookupSecretByUuid(ID)).isInstanceOfSatisfying(LibvirtException.class,
                e -> assertThat(e.is(ErrorNumber.NO_SECRET)).isTrue());
    }

    @Test
    void aPrivateSecretsValueCannotBeRead() {
        String xml = "<secret ephemeral='yes' private='yes'><usage type='volume'><volume>/virtfx/private.img</volume>"
                + "</usage></secret>";
        try (Secret secret = conn.secretDefineXml(xml)) {
            try {
                secret.setValue(new byte[] {42});
                assertThat(secret.getUsageType()).isEqualTo(SecretUsageType.VOLUME);
                assertThatThrownBy(secret::getValue).isInstanceOfSatisfying(LibvirtException.class,
                        e -> assertThat(e.function()).isEqualTo("virSecretGetValue"));
            } finally {
                secret.undefine();
            }
        }
    }

    @Test
    void hostDevicesAreActiveAndHaveParents() {
        try (HandleList<NodeDevice> nets = conn.listAllNodeDevices(EnumSet.of(ConnectListAllNodeDeviceFlags.CAP_NET))) {
            assertThat(nets).isNotEmpty();
            NodeDevice nic = nets.get(0);
            assertThat(nic.isActive()).isTrue();
            assertThat(nic.isPersistent()).isFalse();
            assertThat(nic.getAutostart()).isFalse();
            assertThat(nic.listCaps()).contains("net");
            assertThat(nic.getParent()).isPresent();
            assertThat(conn.listDevices("net")).contains(nic.getName());
        }
        try (NodeDevice computer = conn.lookupDeviceByName("computer")) {
            assertThat(computer.getParent()).isEmpty();
        }
        assertThatThrownBy(() -> conn.lookupDeviceScsiHostByWwn("2000000012341234", "1000000012341234"))
                .isInstanceOfSatisfying(LibvirtException.class,
                        e -> assertThat(e.function()).isEqualTo("virNodeDeviceLookupSCSIHostByWWN"));
    }

    @Test
    void networkFilterListsAgree() {
        try (HandleList<NWFilter> all = conn.listAllNwFilters();
             HandleList<NWFilterBinding> bindings = conn.listAllNwFilterBindings()) {
            assertThat(all).extracting(NWFilter::getName).containsExactlyInAnyOrderElementsOf(conn.listNwFilters());
            assertThat(conn.numOfNwFilters()).isEqualTo(all.size());
            assertThat(bindings).allMatch(b -> !b.getPortDev().isEmpty());
        }
        assertThatThrownBy(() -> conn.lookupNwFilterBindingByPortDev("virtfx-none"))
                .isInstanceOfSatisfying(LibvirtException.class,
                        e -> assertThat(e.is(ErrorNumber.NO_NWFILTER_BINDING)).isTrue());
        assertThatThrownBy(() -> conn.lookupNwFilterByName("virtfx-none"))
                .isInstanceOfSatisfying(LibvirtException.class, e -> assertThat(e.is(ErrorNumber.NO_NWFILTER)).isTrue());
    }

    @Test
    void networkFilterLifecycle() {
        if (conn.getUri().contains("/session")) {
            assertThatThrownBy(() -> conn.nwFilterDefineXml(FILTER)).isInstanceOfSatisfying(LibvirtException.class,
                    e -> assertThat(e.is(ErrorNumber.OPERATION_INVALID)).isTrue());
            return;
        }
        try (NWFilter filter = conn.nwFilterDefineXml(FILTER, EnumSet.of(NWFilterDefineFlags.VALIDATE))) {
            try {
                assertThat(filter.getName()).isEqualTo("virtfx-filter");
                assertThat(filter.getUuid()).isEqualTo(FILTER_ID);
                assertThat(filter.getUuidString()).isEqualTo(FILTER_ID.toString());
                assertThat(filter.getXmlDesc()).contains("virtfx-filter");
                try (NWFilter byName = conn.lookupNwFilterByName("virtfx-filter");
                     NWFilter byUuid = conn.lookupNwFilterByUuid(FILTER_ID);
                     NWFilter byText = conn.lookupNwFilterByUuidString(FILTER_ID.toString());
                     NWFilter ref = filter.ref()) {
                    assertThat(byName.getUuid()).isEqualTo(FILTER_ID);
                    assertThat(byUuid.getName()).isEqualTo("virtfx-filter");
                    assertThat(byText.getName()).isEqualTo("virtfx-filter");
                    assertThat(ref.getName()).isEqualTo("virtfx-filter");
                }
                assertThat(conn.listNwFilters()).contains("virtfx-filter");
            } finally {
                filter.undefine();
            }
        }
    }
}
