package org.virtfx.ui.domains;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.virtfx.libvirt.DomainState;
import org.virtfx.ui.api.DomainModel;
import org.virtfx.ui.api.PluginAction;
import org.virtfx.ui.core.ConnectionManager;
import org.virtfx.ui.core.LiveModelOptions;
import org.virtfx.ui.core.widgets.ActionNodes;

/**
 * The actions as a user meets them: keyboard shortcuts in a window whose menu bar holds the
 * plugin's actions (as the main window builds it), and the real dialogs: confirmation with
 * "Don't ask again", the Delete dialog with its storage boxes, the results list.
 */
class DomainActionsFxIT {
    private final FxRobot robot = new FxRobot();
    private ConnectionManager connections;
    private TestContext context;
    private DomainListViewModel model;
    private Stage stage;

    @BeforeEach
    void open() throws Exception {
        String uri = TestContext.actionsFixtureUri();
        stage = FxToolkit.registerPrimaryStage();
        connections = onFx(() -> new ConnectionManager(Platform::runLater,
                LiveModelOptions.DEFAULTS.withPollMillis(3_600_000).withEvents(false), null));
        onFx(() -> connections.open(uri).refresh()).get(10, TimeUnit.SECONDS);
        context = new TestContext(connections);
        onFx(() -> {
            model = new DomainListViewModel(context);
            List<PluginAction> actions = DomainActions.create(model);
            Menu menu = new Menu("_Virtual Machine");
            actions.forEach(a -> menu.getItems().add(ActionNodes.menuItem(a, "menu-")));
            BorderPane root = new BorderPane(new Label("domains"), new MenuBar(menu), null, null, null);
            stage.setScene(new Scene(root, 700, 400));
            stage.show();
            stage.toFront();
            return null;
        });
    }

    @AfterEach
    void close() throws Exception {
        onFx(() -> {
            model.close();
            connections.close();
            return null;
        });
        FxToolkit.cleanupStages();
    }

    private static <T> T onFx(Callable<T> call) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, call);
    }

    private DomainModel domain(String name) {
        return onFx(() -> model.domains().stream().filter(d -> d.getName().equals(name)).findFirst().orElseThrow());
    }

    private void select(String name) {
        DomainModel d = domain(name);
        onFx(() -> model.selected().setAll(d));
    }

    private void press(KeyCode... keys) {
        robot.press(keys).release(keys);
    }

    private void awaitMessage(String message) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> context.messages.contains(message));
    }

    private DomainState state(String name) {
        DomainModel d = domain(name);
        return onFx(d::getState);
    }

    private void awaitPane(String id) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#" + id).queryAll().isEmpty());
    }

    private void click(String paneId, String buttonText) {
        DialogPane pane = robot.lookup("#" + paneId).queryAs(DialogPane.class);
        Button b = onFx(() -> pane.getButtonTypes().stream().filter(t -> t.getText().equals(buttonText))
                .map(t -> (Button) pane.lookupButton(t)).findFirst().orElseThrow());
        robot.clickOn(b);
    }

    @Test
    void everyActionHasAWorkingShortcut() throws Exception {
        context.preferences.put("confirm.force-off", "false");
        context.preferences.put("confirm.force-reset", "false");
        select("act-running");
        press(KeyCode.CONTROL, KeyCode.P);
        awaitMessage("Paused act-running");
        press(KeyCode.CONTROL, KeyCode.E);
        awaitMessage("Resumed act-running");
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R);
        awaitMessage("Asked to reboot act-running");
        press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.R);
        awaitMessage("Reset act-running");
        press(KeyCode.CONTROL, KeyCode.S);
        awaitMessage("Saved act-running");
        assertThat(state("act-running")).isEqualTo(DomainState.SHUTOFF);
        press(KeyCode.CONTROL, KeyCode.R);
        awaitMessage("Restored act-running");
        press(KeyCode.CONTROL, KeyCode.D);
        awaitMessage("Asked to shut down act-running");
        assertThat(state("act-running")).isEqualTo(DomainState.SHUTOFF);
        press(KeyCode.CONTROL, KeyCode.R);
        awaitMessage("Started act-running");
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D);
        awaitMessage("Forced off act-running");
        assertThat(state("act-running")).isEqualTo(DomainState.SHUTOFF);
        // Delete opens its dialog
        press(KeyCode.CONTROL, KeyCode.DELETE);
        awaitPane("delete-dialog");
        click("delete-dialog", "Cancel");
        assertThat(onFx(() -> model.domains().size())).isEqualTo(5);
    }

    @Test
    void aConfirmationsDontAskAgainIsRemembered() throws Exception {
        // given a running machine: Force Off asks, naming it
        select("act-two");
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D);
        awaitPane("confirm-dialog");
        assertThat(robot.lookup("#confirm-message").queryAs(Label.class).getText()).startsWith("Force off act-two?");
        // when the user ticks "Don't ask again" and forces it off
        robot.clickOn("#dont-ask-again");
        click("confirm-dialog", "Force Off");
        awaitMessage("Forced off act-two");
        assertThat(context.preferences).containsEntry("confirm.force-off", "false");
        // then the next Force Off does not ask
        select("act-three");
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D);
        awaitMessage("Forced off act-three");
        assertThat(robot.lookup("#confirm-dialog").queryAll()).isEmpty();
    }

    @Test
    void deleteInTheDialogsRemovesTheMachineAndTheCheckedStorage() throws Exception {
        select("act-shutoff");
        press(KeyCode.CONTROL, KeyCode.DELETE);
        awaitPane("delete-dialog");
        // the machine's own disk is checked, the shared one not; the user checks it too
        assertThat(robot.lookup("#delete-storage-act-shutoff-vda").queryAs(javafx.scene.control.CheckBox.class)
                .isSelected()).isTrue();
        assertThat(robot.lookup("#delete-storage-act-shutoff-vdb").queryAs(javafx.scene.control.CheckBox.class)
                .isSelected()).isFalse();
        robot.clickOn("#delete-storage-act-shutoff-vdb");
        click("delete-dialog", "Delete");
        awaitPane("confirm-dialog");
        assertThat(robot.lookup("#confirm-message").queryAs(Label.class).getText())
                .contains("/var/lib/virtfx-actions/act-shutoff.img").contains("/var/lib/virtfx-actions/shared.img");
        click("confirm-dialog", "Delete");
        awaitMessage("Deleted 1 of 1 virtual machines");
        awaitPane("results-dialog");
        @SuppressWarnings("unchecked")
        ListView<Outcome> results = robot.lookup("#results-list").queryAs(ListView.class);
        assertThat(onFx(() -> List.copyOf(results.getItems()))).extracting(Outcome::line).containsExactly(
                "act-shutoff: Not running", "/var/lib/virtfx-actions/act-shutoff.img: Deleted",
                "/var/lib/virtfx-actions/shared.img: Deleted", "act-shutoff: Removed");
        assertThat(onFx(() -> model.domains().stream().map(DomainModel::getName).toList())).doesNotContain("act-shutoff");
        DialogPane pane = robot.lookup("#results-dialog").queryAs(DialogPane.class);
        assertThat(onFx(() -> pane.lookupButton(ButtonType.CLOSE).isDisabled())).isFalse();
        click("results-dialog", "Close");
    }
}
