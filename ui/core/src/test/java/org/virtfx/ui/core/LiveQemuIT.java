package org.virtfx.ui.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.virtfx.libvirt.Domain;
import org.virtfx.libvirt.DomainState;
import org.virtfx.testsupport.Guests;
import org.virtfx.testsupport.Wait;
import org.virtfx.ui.api.DomainModel;

/**
 * The live model on QEMU through a real libvirtd, with a real guest: the statistics the test
 * driver lacks (CPU time, balloon, vCPUs) fill the domain's graphs, the host's CPU counters move,
 * and QEMU's lifecycle events reach the model.
 */
class LiveQemuIT extends DaemonFixture {
    private LiveConnection connection;

    @AfterEach
    void closeConnection() {
        if (connection != null) {
            connection.close();
        }
    }

    @Test
    void aRunningGuestFillsItsGraphsAndItsStopArrivesByEvent() {
        String name = Guests.uniqueName("live");
        connection = new LiveConnection(daemon.qemuUri(), "QEMU", false, Runnable::run,
                LiveModelOptions.DEFAULTS.withPollMillis(200).withHistoryLength(30), null);
        connection.connect().orTimeout(60, TimeUnit.SECONDS).join();
        connection.call(c -> {
            c.domainCreateXml(Guests.biosGuest(name)).close();
            return null;
        }).orTimeout(60, TimeUnit.SECONDS).join();
        Wait.until(name + " in the model", Duration.ofSeconds(10),
                () -> connection.domains().stream().anyMatch(d -> d.getName().equals(name)));
        DomainModel guest = connection.domains().stream().filter(d -> d.getName().equals(name)).findFirst().orElseThrow();
        assertThat(guest.getState()).isEqualTo(DomainState.RUNNING);

        // QEMU's statistics give real figures: the guest's CPU share and memory, and the host's CPU
        Wait.until("a CPU rate for the guest", Duration.ofSeconds(20), () -> !Double.isNaN(guest.graphs().cpu().latest()));
        assertThat(guest.graphs().cpu().latest()).isBetween(0.0, 100.0);
        assertThat(guest.graphs().hostCpu().latest()).isBetween(0.0, 100.0);
        assertThat(guest.graphs().memory().latest()).isPositive();
        assertThat(guest.memoryKiBProperty().get()).isPositive();
        assertThat(guest.vcpusProperty().get()).isEqualTo(1);
        Wait.until("a host CPU rate", Duration.ofSeconds(10),
                () -> !Double.isNaN(connection.host().graphs().cpu().latest()));
        assertThat(connection.host().graphs().cpu().latest()).isBetween(0.0, 100.0);
        assertThat(connection.host().graphs().memory().latest()).isPositive();

        // a transient guest that is destroyed is gone from the model
        connection.call(c -> {
            try (Domain d = c.lookupDomainByName(name)) {
                d.destroy();
            }
            return null;
        }).orTimeout(30, TimeUnit.SECONDS).join();
        Wait.until(name + " gone", Duration.ofSeconds(10), () -> !connection.domains().contains(guest));
    }
}
