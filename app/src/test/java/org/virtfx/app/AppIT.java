package org.virtfx.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TreeTableView;
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

    private List<DomainModel> shownDomains() {
        return AppUnderTest.shownDomains(robot);
    }

    /** @return the texts a row shows: its cells' own text and the labels inside them */
    private static List<String> texts(javafx.scene.Node row) {
        return java.util.stream.Stream.concat(row.lookupAll(".tree-table-cell").stream(), row.lookupAll(".label").stream())
                .map(n -> ((javafx.scene.control.Labeled) n).getText()).filter(java.util.Objects::nonNull).toList();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> read) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, read);
    }

    @Test
    void listsEveryDemoDomainWithItsState() throws Exception {
        // given the demo host's domains, read from the XML the app ships
        Map<String, Integer> expected = DemoHostTest.domainStates();
        // when the window has loaded them
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shownDomains().size() == expected.size());
        // then every one is listed, with the state the XML gives it
        Map<String, DomainState> shown = onFx(() -> shownDomains().stream()
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
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !shownDomains().isEmpty());
        // a shut-off one without a managed save: for those Run restores, and says so
        List<DomainModel> listed = shownDomains();
        String name = onFx(() -> listed.stream()
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
        DomainModel domain = shownDomains().stream().filter(d -> d.getName().equals(name)).findFirst().orElseThrow();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(domain::getState) == DomainState.RUNNING);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup(".tree-table-row-cell")
                .match(row -> texts(row).contains("Running") && texts(row).contains(name))
                .queryAll().isEmpty());
        // and Force Off is now possible, Run is not
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> run.isDisabled());
        assertThat(robot.lookup("#domains-force-off").queryButton().isDisabled()).isFalse();
        // The message comes when the command's future completes, which may follow the state event.
        Label message = robot.lookup("#status-message").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(message::getText).equals("Started " + name));
        assertThat(fxThreadErrors).isEmpty();
    }
}
