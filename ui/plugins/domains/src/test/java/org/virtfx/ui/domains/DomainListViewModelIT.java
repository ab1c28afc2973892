package org.virtfx.ui.domains;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.virtfx.libvirt.DomainState;
import org.virtfx.ui.api.DomainModel;
import org.virtfx.ui.core.ConnectionManager;
import org.virtfx.ui.core.LiveModelOptions;

/**
 * The view model's commands against the test driver, with model updates on a direct executor
 * (the twin of {@code Platform::runLater}).
 */
class DomainListViewModelIT {
    private ConnectionManager connections;
    private TestContext context;
    private DomainListViewModel model;

    @BeforeEach
    void open() {
        // No ticks and no events: the model changes only when a test refreshes it, so a test can
        // hold a row stale on purpose (events are covered by ui/core's tests).
        connections = new ConnectionManager(Runnable::run, LiveModelOptions.DEFAULTS.withPollMillis(3_600_000).withEvents(false),
                null);
        connections.open(TestContext.fixtureUri()).refresh().orTimeout(10, TimeUnit.SECONDS).join();
        context = new TestContext(connections);
        // questions answered yes: the confirmations are tested in DomainActionsIT
        model = new DomainListViewModel(context, new ScriptedPrompts());
    }

    @AfterEach
    void close() {
        model.close();
        connections.close();
    }

    private DomainModel domain(String name) {
        return model.domains().stream().filter(d -> d.getName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void enablementFollowsTheSelectedStates() {
        // nothing selected: nothing enabled
        for (DomainCommand c : DomainCommand.values()) {
            assertThat(model.enabled(c).get()).as(c.name()).isFalse();
        }
        // a shut-off domain: only Run
        model.selected().setAll(domain("dom-shutoff"));
        assertThat(model.enabled(DomainCommand.RUN).get()).isTrue();
        assertThat(model.enabled(DomainCommand.FORCE_OFF).get()).isFalse();
        assertThat(model.enabled(DomainCommand.PAUSE).get()).isFalse();
        // a paused domain: Resume and Force Off, not Pause or Run
        model.selected().setAll(domain("dom-paused"));
        assertThat(model.enabled(DomainCommand.RESUME).get()).isTrue();
        assertThat(model.enabled(DomainCommand.FORCE_OFF).get()).isTrue();
        assertThat(model.enabled(DomainCommand.PAUSE).get()).isFalse();
        assertThat(model.enabled(DomainCommand.RUN).get()).isFalse();
    }

    @Test
    void runStartsTheSelectedDomainAndEnablementFollowsItsNewState() {
        // given a selected shut-off domain
        DomainModel shutoff = domain("dom-shutoff");
        model.selected().setAll(shutoff);
        // when Run
        model.execute(DomainCommand.RUN).orTimeout(10, TimeUnit.SECONDS).join();
        // then it runs, the user is told, and Run gives way to Force Off
        assertThat(shutoff.getState()).isEqualTo(DomainState.RUNNING);
        assertThat(context.messages).containsExactly("Started dom-shutoff");
        assertThat(model.enabled(DomainCommand.RUN).get()).isFalse();
        assertThat(model.enabled(DomainCommand.FORCE_OFF).get()).isTrue();
    }

    @Test
    void aBulkForceOffStopsEveryActiveSelectedDomain() {
        model.selected().setAll(domain("dom-running"), domain("dom-paused"), domain("dom-shutoff"));
        model.execute(DomainCommand.FORCE_OFF).orTimeout(10, TimeUnit.SECONDS).join();
        assertThat(model.domains()).extracting(DomainModel::getState).containsOnly(DomainState.SHUTOFF);
        // several machines, all fine: one message naming each (a results list only when one fails)
        assertThat(context.messages).containsExactly("Forced off dom-running, dom-paused");
    }

    @Test
    void aFailureIsReportedWithLibvirtsMessage() {
        // given a domain selected as shut off, which another client starts meanwhile
        DomainModel shutoff = domain("dom-shutoff");
        model.selected().setAll(shutoff);
        shutoff.connection().call(c -> {
            try (var d = c.lookupDomainByName("dom-shutoff")) {
                d.create();
            }
            return null;
        }).join();
        // when Run is clicked on the stale row
        model.execute(DomainCommand.RUN).orTimeout(10, TimeUnit.SECONDS).join();
        // then the user sees libvirt's reason
        assertThat(context.messages).singleElement().asString()
                .startsWith("ERROR Could not run dom-shutoff").contains("already running");
    }

    @Test
    void closingReleasesTheSelectionListeners() {
        // given a selected running domain, and someone watching Run's enablement
        DomainModel running = domain("dom-running");
        model.selected().setAll(running);
        List<Object> invalidations = new ArrayList<>();
        model.enabled(DomainCommand.RUN).addListener(o -> invalidations.add(o));
        model.enabled(DomainCommand.RUN).get();
        // when the model is closed, and then the selection and the selected domain's state change
        model.close();
        model.selected().setAll(domain("dom-shutoff"));
        model.selected().setAll(running);
        running.connection().call(c -> {
            try (var d = c.lookupDomainByName("dom-running")) {
                d.destroy();
            }
            return null;
        }).thenCompose(v -> running.connection().refresh()).orTimeout(10, TimeUnit.SECONDS).join();
        // then nothing reached the closed model: it holds no listener on the selection or the states
        assertThat(running.getState()).isEqualTo(DomainState.SHUTOFF);
        assertThat(invalidations).isEmpty();
    }
}
