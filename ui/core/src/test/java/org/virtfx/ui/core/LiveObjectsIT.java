package org.virtfx.ui.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.virtfx.libvirt.Network;
import org.virtfx.libvirt.StoragePool;
import org.virtfx.libvirt.StoragePoolState;
import org.virtfx.testsupport.Wait;
import org.virtfx.ui.api.HostModel;
import org.virtfx.ui.api.NetworkModel;
import org.virtfx.ui.api.NodeDeviceModel;
import org.virtfx.ui.api.StoragePoolModel;

/**
 * Networks, storage pools and the host through a whole live connection: events reach the
 * network and pool models with no tick, and ticks feed the host's graphs.
 */
class LiveObjectsIT {
    private static final LiveModelOptions NO_TICKS = LiveModelOptions.DEFAULTS.withPollMillis(3_600_000);

    private LiveConnection connection;

    @BeforeEach
    void requireLibvirt() {
        CoreTestDriver.uri();
    }

    @AfterEach
    void close() {
        if (connection != null) {
            connection.close();
        }
    }

    private void open(LiveModelOptions options) {
        connection = new LiveConnection(CoreTestDriver.uri("/objects-testdriver.xml"), "Objects", false, Runnable::run,
                options, null);
        connection.connect().orTimeout(10, TimeUnit.SECONDS).join();
    }

    private NetworkModel network(String name) {
        return connection.networks().stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow();
    }

    private StoragePoolModel pool(String name) {
        return connection.storagePools().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aNetworkStoppedElsewhereInTheConnectionShowsByEvent() {
        open(NO_TICKS);
        assertThat(network("obj-nat").isActive()).isTrue();
        connection.call(c -> {
            try (Network n = c.lookupNetworkByName("obj-nat")) {
                n.destroy();
            }
            return null;
        }).orTimeout(10, TimeUnit.SECONDS).join();
        Wait.until("obj-nat inactive", Duration.ofSeconds(5), () -> !network("obj-nat").isActive());
    }

    @Test
    void aPoolStoppedAndRefreshedShowsByEventWithItsVolumes() {
        open(NO_TICKS);
        assertThat(pool("obj-pool").volumes()).hasSize(2);
        connection.call(c -> {
            try (StoragePool p = c.lookupStoragePoolByName("obj-pool")) {
                p.storageVolCreateXml("<volume><name>obj-new.img</name><capacity unit='MiB'>8</capacity></volume>").close();
                p.refresh();
            }
            return null;
        }).orTimeout(10, TimeUnit.SECONDS).join();
        Wait.until("the new volume", Duration.ofSeconds(5), () -> pool("obj-pool").volumes().size() == 3);
        connection.call(c -> {
            try (StoragePool p = c.lookupStoragePoolByName("obj-pool")) {
                p.destroy();
            }
            return null;
        }).orTimeout(10, TimeUnit.SECONDS).join();
        // One FX batch sets the state, then empties the volumes: this thread may look in between.
        Wait.until("obj-pool inactive, without volumes", Duration.ofSeconds(5),
                () -> pool("obj-pool").stateProperty().get() == StoragePoolState.INACTIVE
                        && pool("obj-pool").volumes().isEmpty());
    }

    @Test
    void theHostsDevicesAreListedWithTheirParentsAndCapabilities() {
        open(NO_TICKS);
        assertThat(connection.nodeDevices()).extracting(NodeDeviceModel::name)
                .containsExactlyInAnyOrder("computer", "pci_0000_00_1f_2");
        NodeDeviceModel pci = connection.nodeDevices().stream().filter(d -> d.name().equals("pci_0000_00_1f_2"))
                .findFirst().orElseThrow();
        assertThat(pci.parent()).isEqualTo("computer");
        assertThat(pci.capabilities()).containsExactly("pci");
        assertThat(pci.connection()).isSameAs(connection);
    }

    @Test
    void theHostHasItsFactsAndTicksFillItsCpuGraph() {
        open(LiveModelOptions.DEFAULTS.withPollMillis(20).withHistoryLength(4));
        HostModel host = connection.host();
        assertThat(host.hypervisorProperty().get()).isEqualTo("TEST");
        assertThat(host.cpusProperty().get()).isPositive();
        assertThat(host.memoryKiBProperty().get()).isPositive();
        assertThat(host.libvirtVersionProperty().get()).isGreaterThanOrEqualTo(9_000_000);
        Wait.until("the host graph to fill", Duration.ofSeconds(10), () -> host.samplesProperty().get() >= 6);
        connection.close();
        connection = null;
        // the test driver reports fixed CPU counters: no time passes in them, so there is no rate
        // (HostRatesTest covers moving counters), and it has no memory statistics at all
        assertThat(host.graphs().cpu().size()).isEqualTo(4);
        assertThat(host.graphs().cpu().toArray()).containsOnly(Double.NaN);
        assertThat(host.graphs().memory().latest()).isNaN();
    }
}
