package org.virtfx.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.TreeTableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.virtfx.libvirt.Libvirt;
import org.virtfx.testsupport.SystemDependency;
import org.virtfx.ui.api.DomainModel;

/**
 * A host that asks for credentials ({@code virConnectOpenAuth}): the app asks the user in a
 * dialog, on the JavaFX thread, while only that connection's worker waits.
 */
class CredentialsDialogIT {
    private final FxRobot robot = new FxRobot();
    private final List<Throwable> fxThreadErrors = new CopyOnWriteArrayList<>();
    private Application app;

    private void start() throws Exception {
        SystemDependency.require(Libvirt.isAvailable(), "libvirt (Debian package libvirt0)");
        String uri = "test://" + Path.of(getClass().getResource("/auth-testdriver.xml").toURI());
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> Thread.currentThread().setUncaughtExceptionHandler((t, e) -> fxThreadErrors.add(e)));
        app = FxToolkit.setupApplication(VirtFxApp.class, "--connect", uri);
    }

    @AfterEach
    void stopApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> read) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, read);
    }

    @SuppressWarnings("unchecked")
    @Test
    void theRightAnswersOpenTheConnection() throws Exception {
        start();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#credential-0").queryAll().isEmpty());
        // libvirt asks one question at a time: first the user name, then that user's password
        robot.clickOn("#credential-0").write("core-user");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup(".password-field").queryAll().isEmpty());
        robot.clickOn(".password-field").write("core-secret");
        robot.clickOn("OK");
        TreeTableView<?> tree = robot.lookup("#domain-list").queryAs(TreeTableView.class);
        // row 0 is the connection; row 1 its one domain (the Name column's cell value is the model)
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(tree::getExpandedItemCount) == 2);
        assertThat(onFx(() -> tree.getColumns().get(0).getCellData(1))).isInstanceOfSatisfying(DomainModel.class,
                d -> assertThat(d.getName()).isEqualTo("auth-guest"));
        assertThat(fxThreadErrors).isEmpty();
    }

    @Test
    void cancellingLeavesTheConnectionDisconnectedWithTheReason() throws Exception {
        start();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#credential-0").queryAll().isEmpty());
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() ->
                robot.lookup("#status-connections").queryAs(Label.class).getText()).contains("disconnected"));
        assertThat(fxThreadErrors).isEmpty();
    }
}
