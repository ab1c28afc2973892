package org.virtfx.app;

import org.virtfx.ui.api.DomainModel;
import javafx.scene.control.TreeTableView;
import java.util.ArrayList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.control.Label;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.virtfx.libvirt.Libvirt;
import org.virtfx.testsupport.SystemDependency;

/**
 * The whole application, headless, with a settings folder of its own (so saved connections and
 * the theme of one test never reach another), and what its tests keep asking of it.
 */
public final class AppUnderTest implements AutoCloseable {
    /** The robot that drives it. */
    public final FxRobot robot = new FxRobot();
    /** Exceptions thrown on the JavaFX thread, which fail the test. */
    public final List<Throwable> fxThreadErrors = new CopyOnWriteArrayList<>();
    private final Path config;
    private final String previousConfig;
    private Application app;

    /** @param config the settings folder to use */
    public AppUnderTest(Path config) {
        SystemDependency.require(Libvirt.isAvailable(), "libvirt (Debian package libvirt0)");
        this.config = config;
        this.previousConfig = System.getProperty("virtfx.config.dir");
        System.setProperty("virtfx.config.dir", config.toString());
    }

    /** @param args the command line @return this, with the main window shown */
    public AppUnderTest start(String... args) throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> Thread.currentThread().setUncaughtExceptionHandler((t, e) -> fxThreadErrors.add(e)));
        app = FxToolkit.setupApplication(VirtFxApp.class, args);
        return this;
    }

    /** Ends the application (a restart keeps the settings folder). */
    public void stop() throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
        FxToolkit.cleanupStages();
    }

    /** @return the settings folder */
    public Path config() {
        return config;
    }

    /** @param read runs on the JavaFX thread @return its result */
    public static <T> T onFx(Callable<T> read) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, read);
    }

    /** @param condition checked until it holds, for at most 20 s */
    public static void await(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }

    /**
     * @param robot the robot
     * @return the domains the manager window's tree shows, every connection's (its Name column's
     *     cell values are the models; connection rows carry the connection)
     */
    public static List<DomainModel> shownDomains(FxRobot robot) {
        return onFx(() -> {
            TreeTableView<?> tree = robot.lookup("#domain-list").queryAs(TreeTableView.class);
            List<DomainModel> domains = new ArrayList<>();
            for (int row = 0; row < tree.getExpandedItemCount(); row++) {
                if (tree.getColumns().get(0).getCellData(row) instanceof DomainModel d) {
                    domains.add(d);
                }
            }
            return domains;
        });
    }

    /** @return the status bar's connections summary */
    public String statusConnections() {
        return onFx(() -> robot.lookup("#status-connections").queryAs(Label.class).getText());
    }

    /** @return the saved connections file's text, or empty when there is none */
    public String savedConnections() {
        try {
            Path file = config.resolve("connections.properties");
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws TimeoutException {
        try {
            stop();
        } finally {
            if (previousConfig == null) {
                System.clearProperty("virtfx.config.dir");
            } else {
                System.setProperty("virtfx.config.dir", previousConfig);
            }
        }
    }
}
