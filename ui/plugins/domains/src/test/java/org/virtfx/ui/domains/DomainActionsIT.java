package org.virtfx.ui.domains;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.virtfx.libvirt.DomainState;
import org.virtfx.libvirt.LibvirtException;
import org.virtfx.ui.api.Connection;
import org.virtfx.ui.api.DomainModel;
import org.virtfx.ui.core.ConnectionManager;
import org.virtfx.ui.core.LiveModelOptions;

/**
 * Every domain action against the test driver, through the view model, with the questions and
 * the Delete dialog answered by the test ({@link ScriptedPrompts}) and model updates on a direct
 * executor.
 */
class DomainActionsIT {
    private ConnectionManager connections;
    private TestContext context;
    private ScriptedPrompts prompts;
    private DomainListViewModel model;

    @BeforeEach
    void open() {
        // No ticks and no events: the model changes only when a test or an action refreshes it.
        connections = new ConnectionManager(Runnable::run, LiveModelOptions.DEFAULTS.withPollMillis(3_600_000)
                .withEvents(false), null);
        connections.open(TestContext.actionsFixtureUri()).refresh().orTimeout(10, TimeUnit.SECONDS).join();
        context = new TestContext(connections);
        prompts = new ScriptedPrompts();
        model = new DomainListViewModel(context, prompts);
    }

    @AfterEach
    void close() {
        model.close();
        connections.close();
    }

    private DomainModel domain(String name) {
        return model.domains().stream().filter(d -> d.getName().equals(name)).findFirst().orElseThrow();
    }

    private Connection connection() {
        return connections.all().get(0);
    }

    private static <T> T await(CompletableFuture<T> f) {
        return f.orTimeout(10, TimeUnit.SECONDS).join();
    }

    private void run(DomainCommand command, String... names) {
        model.selected().setAll(java.util.Arrays.stream(names).map(this::domain).toList());
        await(model.execute(command));
    }

    private boolean volumeExists(String path) {
        return await(connection().call(c -> {
            try (var v = c.lookupStorageVolByPath(path)) {
                return true;
            } catch (LibvirtException e) {
                return false;
            }
        }));
    }

    @Test
    void eachCommandChangesTheDomainsState() {
        run(DomainCommand.PAUSE, "act-running");
        assertThat(domain("act-running").getState()).isEqualTo(DomainState.PAUSED);
        run(DomainCommand.RESUME, "act-running");
        assertThat(domain("act-running").getState()).isEqualTo(DomainState.RUNNING);
        run(DomainCommand.REBOOT, "act-running");
        assertThat(domain("act-running").getState()).isEqualTo(DomainState.RUNNING);
        run(DomainCommand.FORCE_RESET, "act-running");
        assertThat(domain("act-running").getState()).isEqualTo(DomainState.RUNNING);
        run(DomainCommand.SHUT_DOWN, "act-running");
        assertThat(domain("act-running").getState()).isEqualTo(DomainState.SHUTOFF);
        run(DomainCommand.RUN, "act-running");
        assertThat(domain("act-running").getState()).isEqualTo(DomainState.RUNNING);
        run(DomainCommand.FORCE_OFF, "act-two");
        assertThat(domain("act-two").getState()).isEqualTo(DomainState.SHUTOFF);
        assertThat(context.messages).containsExactly("Paused act-running", "Resumed act-running",
                "Asked to reboot act-running", "Reset act-running", "Asked to shut down act-running",
                "Started act-running", "Forced off act-two");
        // one domain: only the destructive ones asked
        assertThat(prompts.questions).hasSize(2);
        assertThat(prompts.questions.get(0)).startsWith("Force Reset: Force reset act-running?");
        assertThat(prompts.questions.get(1)).startsWith("Force Off: Force off act-two?");
    }

    @Test
    void saveShowsRestoreAndRunRestores() {
        DomainModel d = domain("act-paused");
        model.selected().setAll(d);
        assertThat(model.restore().get()).isFalse();
        await(model.execute(DomainCommand.SAVE));
        assertThat(d.getState()).isEqualTo(DomainState.SHUTOFF);
        assertThat(d.managedSaveProperty().get()).isTrue();
        assertThat(model.restore().get()).isTrue();
        assertThat(DomainActions.create(model).get(0).text()).isEqualTo("_Restore");
        // Restore only when every selected domain has a saved state
        model.selected().setAll(d, domain("act-shutoff"));
        assertThat(model.restore().get()).isFalse();
        model.selected().setAll(d);
        await(model.execute(DomainCommand.RUN));
        assertThat(d.getState()).isEqualTo(DomainState.RUNNING);
        assertThat(d.managedSaveProperty().get()).isFalse();
        assertThat(model.restore().get()).isFalse();
        assertThat(context.messages).containsExactly("Saved act-paused", "Restored act-paused");
    }

    @Test
    void enablementFollowsEachState() {
        assertEnabled("act-running", DomainCommand.PAUSE, DomainCommand.REBOOT, DomainCommand.SHUT_DOWN,
                DomainCommand.FORCE_RESET, DomainCommand.FORCE_OFF, DomainCommand.SAVE);
        assertEnabled("act-paused", DomainCommand.RESUME, DomainCommand.FORCE_OFF, DomainCommand.SAVE);
        assertEnabled("act-shutoff", DomainCommand.RUN);
        model.selected().clear();
        for (DomainCommand c : DomainCommand.values()) {
            assertThat(model.enabled(c).get()).as(c.name()).isFalse();
        }
        assertThat(model.deleteEnabled().get()).isFalse();
    }

    private void assertEnabled(String name, DomainCommand... expected) {
        model.selected().setAll(domain(name));
        List<DomainCommand> on = java.util.Arrays.stream(DomainCommand.values()).filter(c -> model.enabled(c).get()).toList();
        assertThat(on).as(name).containsExactlyInAnyOrder(expected);
        assertThat(model.deleteEnabled().get()).as("Delete for " + name).isTrue();
    }

    @Test
    void statesWithoutAFixtureRowFollowVirtManager() {
        assertThat(DomainCommand.RUN.allows(DomainState.CRASHED)).isTrue();
        assertThat(DomainCommand.RESUME.allows(DomainState.PMSUSPENDED)).isTrue();
        assertThat(DomainCommand.FORCE_OFF.allows(DomainState.PMSUSPENDED)).isTrue();
        assertThat(DomainCommand.FORCE_OFF.allows(DomainState.CRASHED)).isTrue();
        assertThat(DomainCommand.SAVE.allows(DomainState.PMSUSPENDED)).isFalse();
        assertThat(DomainCommand.PAUSE.allows(DomainState.PAUSED)).isFalse();
    }

    @Test
    void cancellingAConfirmationChangesNothing() {
        prompts.answer(false, false);
        run(DomainCommand.FORCE_OFF, "act-running");
        assertThat(domain("act-running").getState()).isEqualTo(DomainState.RUNNING);
        assertThat(prompts.questions).hasSize(1);
        assertThat(context.messages).isEmpty();
        assertThat(context.preferences).isEmpty();
    }

    @Test
    void dontAskAgainSwitchesTheQuestionOff() {
        prompts.answer(true, true);
        run(DomainCommand.FORCE_OFF, "act-running");
        assertThat(context.preferences).containsEntry("confirm.force-off", "false");
        run(DomainCommand.FORCE_OFF, "act-two");
        // asked once only; both forced off
        assertThat(prompts.questions).hasSize(1);
        assertThat(domain("act-two").getState()).isEqualTo(DomainState.SHUTOFF);
        // other questions still asked
        run(DomainCommand.FORCE_RESET, "act-three");
        assertThat(prompts.questions).hasSize(2);
    }

    @Test
    void shutDownAsksOnlyForMany() {
        run(DomainCommand.SHUT_DOWN, "act-running");
        assertThat(prompts.questions).isEmpty();
        run(DomainCommand.REBOOT, "act-two", "act-three");
        assertThat(prompts.questions).singleElement().asString()
                .isEqualTo("Reboot: Reboot 2 virtual machines: act-two, act-three?");
    }

    @Test
    void aBulkForceOffListsEveryMachineWithTheFailure() {
        // given three selected running rows, one of which another client stopped meanwhile
        model.selected().setAll(domain("act-running"), domain("act-two"), domain("act-three"));
        await(connection().call(c -> {
            try (var d = c.lookupDomainByName("act-two")) {
                d.destroy();
            }
            return null;
        }));
        // when Force Off on all three
        await(model.execute(DomainCommand.FORCE_OFF));
        // then all are off, and each machine's result is listed, the stale one with libvirt's error
        assertThat(model.domains()).filteredOn(d -> !d.getName().equals("act-shutoff") && !d.getName().equals("act-paused"))
                .extracting(DomainModel::getState).containsOnly(DomainState.SHUTOFF);
        assertThat(prompts.outcomes).extracting(Outcome::subject).containsExactly(
                "act-running on " + connection().displayName(), "act-two on " + connection().displayName(),
                "act-three on " + connection().displayName());
        assertThat(prompts.outcomes).extracting(Outcome::ok).containsExactly(true, false, true);
        assertThat(prompts.outcomes.get(1).detail()).contains("not running");
        assertThat(prompts.summaries).containsExactly("Forced off 2 of 3 virtual machines; 1 failed");
        assertThat(context.messages).containsExactly("Forced off 2 of 3 virtual machines; 1 failed");
    }

    @Test
    void aBulkRunThatAllWorksNamesEveryMachine() {
        run(DomainCommand.PAUSE, "act-running", "act-two", "act-three");
        assertThat(context.messages).containsExactly("Paused act-running, act-two, act-three");
        assertThat(prompts.outcomes).isEmpty();
    }

    @Test
    void deleteWithStorageRemovesTheMachineAndItsPoolVolume() {
        // given a running machine with a pool disk and a read-only CD-ROM outside every pool
        model.selected().setAll(domain("act-running"));
        await(model.delete());
        // the dialog offered the pool disk checked and the CD-ROM unchecked
        List<DiskChoice> offered = prompts.offered.get(0).get(0).disks();
        assertThat(offered).extracting(DiskChoice::target, DiskChoice::path, DiskChoice::inPool, DiskChoice::delete)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("vda", "/var/lib/virtfx-actions/act-running.qcow2", true, true),
                        org.assertj.core.groups.Tuple.tuple("hdc", "/srv/iso/install.iso", false, false));
        // it asked, saying the machine is forced off first and which storage goes
        assertThat(prompts.questions).singleElement().asString()
                .contains("act-running is running and will be forced off first")
                .contains("/var/lib/virtfx-actions/act-running.qcow2");
        // then it is gone with its volume, and every step is listed
        assertThat(model.domains()).extracting(DomainModel::getName).doesNotContain("act-running");
        assertThat(volumeExists("/var/lib/virtfx-actions/act-running.qcow2")).isFalse();
        assertThat(prompts.outcomes).extracting(Outcome::line).containsExactly(
                "act-running: Forced off", "/var/lib/virtfx-actions/act-running.qcow2: Deleted", "act-running: Removed");
        assertThat(prompts.summaries).containsExactly("Deleted 1 of 1 virtual machines");
    }

    @Test
    void deleteWithoutStorageKeepsTheVolumes() {
        model.selected().setAll(domain("act-shutoff"));
        prompts.deleteChoice = targets -> targets.stream().map(t -> new DeleteTarget(t.domain(),
                t.disks().stream().map(d -> d.withDelete(false)).toList())).toList();
        await(model.delete());
        // the shareable disk was offered unchecked
        assertThat(prompts.offered.get(0).get(0).disks()).extracting(DiskChoice::delete).containsExactly(true, false);
        assertThat(model.domains()).extracting(DomainModel::getName).doesNotContain("act-shutoff");
        assertThat(volumeExists("/var/lib/virtfx-actions/act-shutoff.img")).isTrue();
        assertThat(volumeExists("/var/lib/virtfx-actions/shared.img")).isTrue();
        assertThat(prompts.outcomes).extracting(Outcome::line).containsExactly("act-shutoff: Not running",
                "act-shutoff: Removed");
    }

    @Test
    void aFileOutsideEveryPoolIsReportedNotSkippedSilently() {
        // given the user checks the CD-ROM image too, which is in no pool
        model.selected().setAll(domain("act-running"));
        prompts.deleteChoice = targets -> targets.stream().map(t -> new DeleteTarget(t.domain(),
                t.disks().stream().map(d -> d.withDelete(true)).toList())).toList();
        await(model.delete());
        // then the machine and its pool disk are gone, and the CD-ROM's failure is listed
        assertThat(model.domains()).extracting(DomainModel::getName).doesNotContain("act-running");
        assertThat(prompts.outcomes).extracting(Outcome::ok).containsExactly(true, true, false, true);
        assertThat(prompts.outcomes.get(2).line()).startsWith("FAILED /srv/iso/install.iso: Not deleted:");
    }

    @Test
    void cancellingTheDeleteDialogOrItsConfirmationDeletesNothing() {
        model.selected().setAll(domain("act-shutoff"));
        prompts.deleteChoice = targets -> null;
        await(model.delete());
        prompts.deleteChoice = targets -> targets;
        prompts.answer(false, false);
        await(model.delete());
        assertThat(model.domains()).extracting(DomainModel::getName).contains("act-shutoff");
        assertThat(volumeExists("/var/lib/virtfx-actions/act-shutoff.img")).isTrue();
        assertThat(prompts.outcomes).isEmpty();
    }

    @Test
    void theActionSetHasOneDistinctShortcutEachAndOnlyExistingFeatures() {
        List<org.virtfx.ui.api.PluginAction> actions = DomainActions.create(model);
        assertThat(actions).extracting(org.virtfx.ui.api.PluginAction::id).containsExactly("domains.run",
                "domains.pause", "domains.resume", "domains.reboot", "domains.shut-down", "domains.force-reset",
                "domains.force-off", "domains.save", "domains.delete");
        assertThat(actions).allSatisfy(a -> {
            assertThat(a.accelerator()).as(a.id()).isPresent();
            assertThat(a.placement().menu()).as(a.id()).contains(DomainActions.MENU);
            assertThat(a.placement().contextMenu()).as(a.id()).isTrue();
        });
        assertThat(actions.stream().map(a -> a.accelerator().orElseThrow().getName()).distinct()).hasSize(actions.size());
        assertThat(actions).filteredOn(a -> a.submenu().isPresent()).extracting(org.virtfx.ui.api.PluginAction::id)
                .containsExactly("domains.reboot", "domains.shut-down", "domains.force-reset", "domains.force-off",
                        "domains.save");
        assertThat(actions.get(0).text()).isEqualTo("_Run");
    }
}
