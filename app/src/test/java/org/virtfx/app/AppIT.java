package org.virtfx.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.virtfx.libvirt.DomainState;
import org.virtfx.libvirt.Libvirt;
import org.virtfx.testsupport.SystemDependency;
import org.virtfx.ui.api.DomainModel;

/**
 * The whole application, headless (Monocle), on the built-in demo host: every demo domain is
 * listed, and Run on a shut-off one turns its row to running. The FX-thread guard is on: a
 * libvirt call on the JavaFX thread would throw there and fail the test.
 */
class AppIT {
    private final FxRobot robot = new FxRobot();
    private final List<Throwable> fxThreadErrors = new CopyOnWriteArrayList<>();
    private Application app;

    @BeforeEach
    void startApp() throws Exception {
        SystemDependency.require(Libvirt.isAvailable(), "libvirt (Debian package libvirt0)");
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> Thread.currentThread().setUncaughtExceptionHandler((t, e) -> fxThreadErrors.add(e)));
        app = FxToolkit.setupApplication(VirtFxApp.class, "--demo");
    }

    @AfterEach
    void stopApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @SuppressWarnings("unchecked")
    private TableView<DomainModel> table() {
        return robot.lookup("#domain-list").queryAs(TableView.class);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> read) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, read);
    }

    @Test
    void listsEveryDemoDomainWithItsState() throws Exception {
        // given the demo host's domains, read from the XML the app ships
        Map<String, Integer> expected = DemoHostTest.domainStates();
        // when the window has loaded them
        TableView<DomainModel> table = table();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> table.getItems().size()) == expected.size());
        // then every one is listed, with the state the XML gives it
        Map<String, DomainState> shown = onFx(() -> table.getItems().stream()
                .collect(Collectors.toMap(DomainModel::getName, DomainModel::getState)));
        assertThat(shown.keySet()).isEqualTo(expected.keySet());
        expected.forEach((name, state) -> assertThat(shown.get(name)).as(name).isEqualTo(DomainState.of(state)));
        assertThat(shown.values()).contains(DomainState.RUNNING, DomainState.PAUSED, DomainState.SHUTOFF,
                DomainState.CRASHED, DomainState.PMSUSPENDED);
        // and the window says it is a demo
        assertThat(robot.lookup("#demo-badge").queryAs(Label.class).isVisible()).isTrue();
        assertThat(fxThreadErrors).isEmpty();
    }

    @Test
    void runOnAShutOffDomainTurnsItsRowToRunning() throws Exception {
        // given the list, and a shut-off domain
        TableView<DomainModel> table = table();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> !table.getItems().isEmpty()));
        // a shut-off one without a managed save: for those Run restores, and says so
        String name = onFx(() -> table.getItems().stream()
                .filter(d -> d.getState() == DomainState.SHUTOFF && !d.managedSaveProperty().get())
                .map(DomainModel::getName).sorted().findFirst().orElseThrow());
        Button run = robot.lookup("#domains-run").queryButton();
        assertThat(run.isDisabled()).as("Run without a selection").isTrue();
        // when the user clicks its row, then Run in the toolbar
        robot.clickOn(name);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !run.isDisabled());
        assertThat(robot.lookup("#domains-force-off").queryButton().isDisabled()).isTrue();
        robot.clickOn("#domains-run");
        // then its row turns to running, in the model and on screen
        DomainModel domain = onFx(() -> table.getItems().stream().filter(d -> d.getName().equals(name))
                .findFirst().orElseThrow());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(domain::getState) == DomainState.RUNNING);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup(".table-row-cell")
                .match(row -> row.lookupAll(".label").stream().anyMatch(l -> ((Label) l).getText().equals("Running"))
                        && row.lookupAll(".table-cell").stream().anyMatch(c -> name.equals(((javafx.scene.control.Labeled) c).getText())))
                .queryAll().isEmpty());
        // and Force Off is now possible, Run is not
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> run.isDisabled());
        assertThat(robot.lookup("#domains-force-off").queryButton().isDisabled()).isFalse();
        assertThat(robot.lookup("#status-message").queryAs(Label.class).getText()).isEqualTo("Started " + name);
        assertThat(fxThreadErrors).isEmpty();
    }
}
