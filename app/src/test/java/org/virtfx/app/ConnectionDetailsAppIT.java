package org.virtfx.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.virtfx.app.AppUnderTest.onFx;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;
import org.virtfx.libvirt.Connect;
import org.virtfx.libvirt.NodeInfo;
import org.virtfx.ui.api.Connection;

/**
 * Connection Details end to end on the demo host: the host plugin's command in the domains
 * plugin's connection-row menu (reached with the keyboard), in the Edit menu, and on Ctrl+I; one
 * window per connection, with the host's facts as libvirt reports them.
 */
class ConnectionDetailsAppIT {
    @TempDir
    Path config;
    private AppUnderTest app;

    @BeforeEach
    void start() throws Exception {
        app = new AppUnderTest(config).start("--demo");
        AppUnderTest.await(() -> AppUnderTest.shownDomains(app.robot).size() > 0);
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
        assertThat(app.fxThreadErrors).isEmpty();
    }

    @Test
    void theContextMenuKeyOnTheConnectionRowReachesDetails() throws Exception {
        // given the demo connection's row focused
        TreeTableView<?> tree = app.robot.lookup("#domain-list").queryAs(TreeTableView.class);
        onFx(() -> {
            tree.requestFocus();
            tree.getSelectionModel().clearAndSelect(0);
            tree.getFocusModel().focus(0);
            return null;
        });
        Connection demo = onFx(() -> (Connection) tree.getColumns().get(0).getCellData(0));
        // when the context-menu key opens its menu: Connect is disabled (connected), so Down
        // reaches Disconnect, then Connection Details
        app.robot.type(KeyCode.CONTEXT_MENU);
        WaitForAsyncUtils.waitForFxEvents();
        app.robot.type(KeyCode.DOWN).type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        // then its details window shows the host libvirt reports
        Stage window = awaitWindows(1).get(0);
        assertThat(onFx(window::getTitle)).isEqualTo(demo.displayName() + " Connection Details");
        NodeInfo info;
        String hostname;
        try (Connect c = Connect.open(demo.uri())) {
            info = c.getNodeInfo();
            hostname = c.getHostname();
        }
        AppUnderTest.await(() -> text(window, "#host-cpus").equals("32 (2 sockets × 8 cores × 2 threads)"));
        assertThat(info.cpus()).isEqualTo(32);
        assertThat(text(window, "#host-hostname")).isEqualTo(hostname);
        assertThat(text(window, "#host-memory")).isEqualTo("64 GiB");
        assertThat(info.memoryKiB()).isEqualTo(64L * 1024 * 1024);
        assertThat(text(window, "#host-demo-note")).contains("built-in demo host");
        assertThat(onFx(() -> demo.stateProperty().get().isLive())).isTrue();
    }

    @Test
    void theEditMenuAndCtrlIOpenOneWindowForADomainsConnection() throws Exception {
        // given a domain row selected: its connection is the selected one
        TreeTableView<?> tree = app.robot.lookup("#domain-list").queryAs(TreeTableView.class);
        onFx(() -> {
            tree.requestFocus();
            tree.getSelectionModel().clearAndSelect(2);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        // Edit > Connection Details
        app.robot.clickOn("Edit");
        app.robot.clickOn("#menu-host-details");
        Stage window = awaitWindows(1).get(0);
        // Ctrl+I in the manager window raises the same window rather than opening a second
        Window manager = onFx(() -> tree.getScene().getWindow());
        onFx(() -> {
            manager.requestFocus();
            return null;
        });
        app.robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(detailsWindows().get()).containsExactly(window);
        // closed with Ctrl+W; Ctrl+I brings one back
        onFx(() -> {
            window.requestFocus();
            return null;
        });
        app.robot.press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(detailsWindows().get()).isEmpty();
        onFx(() -> {
            manager.requestFocus();
            return null;
        });
        app.robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        Stage again = awaitWindows(1).get(0);
        assertThat(again).isNotSameAs(window);
    }

    /** @return the showing Connection Details windows, read on the JavaFX thread */
    private static java.util.function.Supplier<List<Stage>> detailsWindows() {
        return () -> onFx(() -> Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && s.isShowing() && Optional.ofNullable(s.getTitle()).orElse("")
                        .endsWith(" Connection Details"))
                .map(w -> (Stage) w).toList());
    }

    private static List<Stage> awaitWindows(int count) throws Exception {
        AppUnderTest.await(() -> detailsWindows().get().size() == count);
        return detailsWindows().get();
    }

    private static String text(Stage window, String id) {
        return onFx(() -> ((Label) window.getScene().lookup(id)).getText());
    }
}
