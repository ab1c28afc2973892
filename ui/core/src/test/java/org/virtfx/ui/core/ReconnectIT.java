package org.virtfx.ui.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.virtfx.libvirt.Connect;
import org.virtfx.libvirt.Domain;
import org.virtfx.libvirt.DomainState;
import org.virtfx.testsupport.Wait;
import org.virtfx.ui.api.ConnectionState;
import org.virtfx.ui.api.DomainModel;

/**
 * A live connection to a real libvirtd that the test kills and restarts, again and again: the
 * model must show the drop quickly, keep its last data meanwhile, and come back by itself.
 */
class ReconnectIT extends DaemonFixture {
    private static final int CYCLES = 20;
    /** The bound for showing a dropped connection. */
    private static final Duration SHOWN_WITHIN = Duration.ofSeconds(2);
    private static final Duration BACK_WITHIN = Duration.ofSeconds(30);

    private LiveConnection connection;
    private final UncaughtExceptions uncaught = new UncaughtExceptions();

    @BeforeEach
    void start() {
        uncaught.install();
    }

    @AfterEach
    void stop() {
        if (connection != null) {
            connection.close();
        }
        uncaught.uninstall();
    }

    @Test
    void killingLibvirtdTwentyTimesLosesNothing() {
        // given a live connection to libvirtd's shared test driver, polling rarely so that only
        // the close callback can notice a drop quickly
        LiveModelOptions options = new LiveModelOptions(3_600_000, 10, true, 100, 1_000);
        connection = new LiveConnection(daemon.testUri(), "Daemon", false, Runnable::run, options, null);
        connection.connect().orTimeout(30, TimeUnit.SECONDS).join();
        List<String> before = names();
        assertThat(before).contains("test");
        DomainModel test = connection.domains().get(0);
        List<Long> shownMillis = new ArrayList<>();
        for (int cycle = 1; cycle <= CYCLES; cycle++) {
            // when libvirtd dies
            daemon.kill();
            long killed = System.nanoTime();
            // then the connection shows it promptly, with a reason, and keeps its last data
            Wait.until("cycle " + cycle + ": the drop shown", SHOWN_WITHIN,
                    () -> connection.stateProperty().get() == ConnectionState.RECONNECTING);
            shownMillis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killed));
            assertThat(connection.errorProperty().get()).isNotBlank();
            assertThat(names()).isEqualTo(before);
            assertThat(connection.domains().get(0)).isSameAs(test);
            // and once libvirtd is back, it reconnects with no one asking
            daemon.restart();
            Wait.until("cycle " + cycle + ": reconnected", BACK_WITHIN,
                    () -> connection.stateProperty().get() == ConnectionState.CONNECTED);
            assertThat(connection.errorProperty().get()).isEmpty();
        }
        System.out.println("ReconnectIT: drop shown after (ms) " + shownMillis);
        // and the model is still live: a change made by another client arrives by event
        assertThat(names()).isEqualTo(before);
        try (Connect other = Connect.open(daemon.testUri()); Domain d = other.lookupDomainByName("test")) {
            d.suspend();
        }
        Wait.until("the other client's change", Duration.ofSeconds(5), () -> test.getState() == DomainState.PAUSED);
        assertThat(uncaught.all()).isEmpty();
    }

    @Test
    void aDisconnectedConnectionOpensAgainOnRequestWithTheSameModel() {
        LiveModelOptions options = new LiveModelOptions(3_600_000, 10, true, 100, 1_000);
        connection = new LiveConnection(daemon.testUri(), "Daemon", false, Runnable::run, options, null);
        connection.connect().orTimeout(30, TimeUnit.SECONDS).join();
        DomainModel test = connection.domains().get(0);
        connection.disconnect().orTimeout(10, TimeUnit.SECONDS).join();
        assertThat(connection.stateProperty().get()).isEqualTo(ConnectionState.DISCONNECTED);
        assertThat(connection.domains()).containsExactly(test);
        connection.connect().orTimeout(30, TimeUnit.SECONDS).join();
        assertThat(connection.stateProperty().get()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(connection.domains()).containsExactly(test);
        assertThat(uncaught.all()).isEmpty();
    }

    private List<String> names() {
        return connection.domains().stream().map(DomainModel::getName).sorted().toList();
    }
}
