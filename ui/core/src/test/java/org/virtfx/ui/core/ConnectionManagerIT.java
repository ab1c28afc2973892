package org.virtfx.ui.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.virtfx.testsupport.Wait;
import org.virtfx.ui.api.Connection;
import org.virtfx.ui.api.ConnectionState;
import org.virtfx.ui.api.DomainModel;

/** Several connections feed one list of all domains. */
class ConnectionManagerIT {
    @Test
    void allDomainsFollowsEveryConnection() {
        String uri = CoreTestDriver.uri();
        // One thread stands in for the FX thread: the shared list is FX-confined, and two
        // connections' workers must not update it at once.
        ExecutorService fx = Executors.newSingleThreadExecutor();
        try (ConnectionManager manager = new ConnectionManager(fx, 3_600_000)) {
            // given two connections to two copies of the fixture (a second URI form of the same file)
            Connection first = manager.open(uri);
            Connection second = manager.open(uri + "?second");
            // when both have been read
            first.refresh().orTimeout(10, TimeUnit.SECONDS).join();
            second.refresh().orTimeout(10, TimeUnit.SECONDS).join();
            // then the shared list holds the domains of both, and opening a URI twice reuses it
            assertThat(manager.all()).hasSize(2);
            assertThat(manager.allDomains()).hasSize(6);
            assertThat(manager.allDomains()).extracting(DomainModel::connection).containsOnly(first, second);
            assertThat(manager.open(uri)).isSameAs(first);
        } finally {
            fx.shutdown();
        }
    }

    @Test
    void aNewPollIntervalAndHistoryLengthApplyToOpenConnections() {
        // Runnable::run stands in for the FX thread: the model is updated on the worker.
        try (ConnectionManager manager = new ConnectionManager(Runnable::run, 3_600_000)) {
            // given a connection that reads once an hour, read once
            Connection c = manager.open(CoreTestDriver.uri());
            Wait.until("connected", Duration.ofSeconds(10), () -> c.stateProperty().get() == ConnectionState.CONNECTED);
            DomainModel d = c.domains().get(0);
            long samples = d.samplesProperty().get();
            // when the user asks for graphs of 2 points (set while no reading runs: this test's
            // "FX thread" is the worker itself), then for a reading every 20 ms
            manager.setHistoryLength(2);
            assertThat(d.graphs().cpu().capacity()).isEqualTo(2);
            assertThat(c.host().graphs().cpu().capacity()).isEqualTo(2);
            manager.setPollMillis(20);
            // then the readings come at the new pace, without reconnecting, and the graphs keep 2
            Wait.until("three more readings", Duration.ofSeconds(10), () -> d.samplesProperty().get() >= samples + 3);
            assertThat(d.graphs().cpu().size()).isEqualTo(2);
            assertThat(c.stateProperty().get()).isEqualTo(ConnectionState.CONNECTED);
        }
    }
}
