package org.virtfx.ui.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
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
import org.virtfx.testsupport.Wait;
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
        return connect(LiveModelOptions.DEFAULTS.withPollMillis(NO_TICKS));
    }

    private LiveConnection connect(LiveModelOptions options) {
        connection = new LiveConnection(CoreTestDriver.uri(), "Test", false, Runnable::run, options, null);
        connection.connect().orTimeout(10, TimeUnit.SECONDS).join();
        return connection;
    }

    private void startThroughTheWorker(String name) {
        connection.call(c -> {
            try (Domain d = c.lookupDomainByName(name)) {
                d.create();
            }
            return null;
        }).orTimeout(10, TimeUnit.SECONDS).join();
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
        startThroughTheWorker("core-shutoff");
        connection.refresh().orTimeout(10, TimeUnit.SECONDS).join();
        // then its model is running, the others did not fire, and the list did not change
        assertThat(domain("core-shutoff").getState()).isEqualTo(DomainState.RUNNING);
        assertThat(stateChanges).containsExactly("core-shutoff");
        assertThat(listChanges).isEmpty();
    }

    @Test
    void aLifecycleEventUpdatesTheModelWithoutATick() {
        // given a model that never ticks
        connect();
        // when a domain starts: libvirt's lifecycle event is the only way the model can learn it
        startThroughTheWorker("core-shutoff");
        // then the model follows
        Wait.until("core-shutoff running", Duration.ofSeconds(5), () -> domain("core-shutoff").getState() == DomainState.RUNNING);
    }

    @Test
    void definingAndUndefiningAddsAndRemovesTheDomainByEvent() {
        connect();
        String xml = "<domain type='test'><name>core-new</name><uuid>aaaaaaaa-0000-4000-8000-0000000000ff</uuid>"
                + "<memory unit='KiB'>262144</memory><vcpu>3</vcpu><os><type arch='x86_64'>hvm</type></os></domain>";
        connection.call(c -> {
            c.domainDefineXml(xml).close();
            return null;
        }).orTimeout(10, TimeUnit.SECONDS).join();
        Wait.until("core-new defined", Duration.ofSeconds(5),
                () -> connection.domains().stream().anyMatch(d -> d.getName().equals("core-new")));
        assertThat(domain("core-new").vcpusProperty().get()).isEqualTo(3);
        assertThat(domain("core-new").getState()).isEqualTo(DomainState.SHUTOFF);
        connection.call(c -> {
            try (Domain d = c.lookupDomainByName("core-new")) {
                d.undefine();
            }
            return null;
        }).orTimeout(10, TimeUnit.SECONDS).join();
        Wait.until("core-new removed", Duration.ofSeconds(5),
                () -> connection.domains().stream().noneMatch(d -> d.getName().equals("core-new")));
        assertThat(connection.domains()).hasSize(3);
    }

    @Test
    void titlePersistenceAndAManagedSaveAreInTheModel() {
        connect();
        DomainModel running = domain("core-running");
        assertThat(running.titleProperty().get()).isEqualTo("The running one");
        assertThat(domain("core-paused").titleProperty().get()).isEmpty();
        assertThat(running.persistentProperty().get()).isTrue();
        assertThat(running.managedSaveProperty().get()).isFalse();
        // a managed save stops the domain (an event) and leaves an image that Run restores
        connection.call(c -> {
            try (Domain d = c.lookupDomainByName("core-running")) {
                d.managedSave();
            }
            return null;
        }).orTimeout(10, TimeUnit.SECONDS).join();
        Wait.until("the managed save shown", Duration.ofSeconds(5), () -> running.managedSaveProperty().get());
        assertThat(running.getState()).isEqualTo(DomainState.SHUTOFF);
    }

    @Test
    void withEventsOffPollingAloneKeepsTheModelCorrect() {
        connect(LiveModelOptions.DEFAULTS.withEvents(false).withPollMillis(50));
        startThroughTheWorker("core-shutoff");
        Wait.until("core-shutoff running", Duration.ofSeconds(5), () -> domain("core-shutoff").getState() == DomainState.RUNNING);
        assertThat(domain("core-shutoff").vcpusProperty().get()).isEqualTo(4);
    }

    @Test
    void everyTickAppendsOneGraphSampleToEveryDomain() {
        connect(LiveModelOptions.DEFAULTS.withPollMillis(20).withHistoryLength(5));
        DomainModel running = domain("core-running");
        DomainModel shutoff = domain("core-shutoff");
        Wait.until("the history to fill", Duration.ofSeconds(10), () -> running.samplesProperty().get() >= 7);
        connection.close();
        connection = null;
        // the ring keeps the newest 5; a shut-off domain uses no CPU and moves no bytes
        assertThat(running.graphs().cpu().size()).isEqualTo(5);
        assertThat(running.graphs().cpu().capacity()).isEqualTo(5);
        assertThat(shutoff.graphs().cpu().latest()).isZero();
        assertThat(shutoff.graphs().diskRead().latest()).isZero();
        assertThat(running.graphs().memory().latest()).isEqualTo(1_048_576);
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
        connection = new LiveConnection("test:///no/such/host.xml", "Broken", false, Runnable::run,
                LiveModelOptions.DEFAULTS.withPollMillis(NO_TICKS), null);
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
