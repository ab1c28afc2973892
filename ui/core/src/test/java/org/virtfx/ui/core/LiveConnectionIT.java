package org.virtfx.ui.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.virtfx.libvirt.Domain;
import org.virtfx.libvirt.DomainState;
import org.virtfx.libvirt.LibvirtException;
import org.virtfx.ui.api.ConnectionState;
import org.virtfx.ui.api.DomainModel;

/**
 * The live model against the test driver. Model updates run on a direct executor (the twin of
 * {@code Platform::runLater}); each future's completion orders them before the assertions.
 */
class LiveConnectionIT {
    /** Long enough that no tick runs during a test: the tests drive polls with refresh(). */
    private static final long NO_TICKS = 3_600_000;

    private LiveConnection connection;

    @AfterEach
    void close() {
        if (connection != null) {
            connection.close();
        }
    }

    private LiveConnection connect() {
        connection = new LiveConnection(CoreTestDriver.uri(), "Test", false, Runnable::run, NO_TICKS);
        connection.connect().orTimeout(10, TimeUnit.SECONDS).join();
        return connection;
    }

    private DomainModel domain(String name) {
        return connection.domains().stream().filter(d -> d.getName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void connectingFillsTheModel() {
        connect();
        assertThat(connection.stateProperty().get()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(connection.domains()).extracting(DomainModel::getName)
                .containsExactlyInAnyOrder("core-running", "core-paused", "core-shutoff");
        DomainModel shutoff = domain("core-shutoff");
        assertThat(shutoff.getState()).isEqualTo(DomainState.SHUTOFF);
        assertThat(shutoff.vcpusProperty().get()).isEqualTo(4);
        assertThat(shutoff.memoryKiBProperty().get()).isEqualTo(2_097_152);
        assertThat(shutoff.uuid()).isEqualTo("aaaaaaaa-0000-4000-8000-000000000003");
        assertThat(shutoff.connection()).isSameAs(connection);
    }

    @Test
    void aCallThenARefreshUpdatesOnlyTheChangedDomain() {
        // given a connected model, and a listener on every domain's state
        connect();
        List<String> stateChanges = new ArrayList<>();
        connection.domains().forEach(d -> d.stateProperty().addListener((o, was, now) -> stateChanges.add(d.getName())));
        List<String> listChanges = new ArrayList<>();
        connection.domains().addListener((ListChangeListener<DomainModel>) c -> listChanges.add(c.toString()));
        // when a shut-off domain is started through the connection's worker
        connection.call(c -> {
            try (Domain d = c.lookupDomainByName("core-shutoff")) {
                d.create();
            }
            return null;
        }).thenCompose(v -> connection.refresh()).orTimeout(10, TimeUnit.SECONDS).join();
        // then its model is running, the others did not fire, and the list did not change
        assertThat(domain("core-shutoff").getState()).isEqualTo(DomainState.RUNNING);
        assertThat(stateChanges).containsExactly("core-shutoff");
        assertThat(listChanges).isEmpty();
    }

    @Test
    void aFailedCallCompletesExceptionallyWithLibvirtsError() {
        connect();
        assertThatThrownBy(() -> connection.call(c -> c.lookupDomainByName("missing")).join())
                .isInstanceOf(CompletionException.class).hasCauseInstanceOf(LibvirtException.class);
    }

    @Test
    void aConnectionThatCannotOpenIsDisconnectedWithTheReason() {
        CoreTestDriver.uri(); // libvirt is required
        connection = new LiveConnection("test:///no/such/host.xml", "Broken", false, Runnable::run, NO_TICKS);
        assertThatThrownBy(() -> connection.connect().orTimeout(10, TimeUnit.SECONDS).join())
                .isInstanceOf(CompletionException.class);
        assertThat(connection.stateProperty().get()).isEqualTo(ConnectionState.DISCONNECTED);
        assertThat(connection.errorProperty().get()).contains("/no/such/host.xml");
        assertThat(connection.domains()).isEmpty();
    }

    @Test
    void callsAfterCloseFail() throws InterruptedException {
        connect();
        connection.close();
        assertThatThrownBy(() -> connection.call(c -> c.numOfDomains()).orTimeout(10, TimeUnit.SECONDS).join())
                .isInstanceOf(CompletionException.class);
        assertThat(connection.stateProperty().get()).isEqualTo(ConnectionState.DISCONNECTED);
        connection = null;
    }
}
