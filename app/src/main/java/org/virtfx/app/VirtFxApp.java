package org.virtfx.app;

import atlantafx.base.theme.PrimerLight;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.virtfx.app.plugins.HostPluginContext;
import org.virtfx.app.plugins.PluginHost;
import org.virtfx.app.plugins.PluginStatus;
import org.virtfx.app.settings.ScopedPreferences;
import org.virtfx.app.settings.SettingsStore;
import org.virtfx.app.window.MainWindow;
import org.virtfx.app.window.StatusBar;
import org.virtfx.libvirt.Libvirt;
import org.virtfx.ui.api.Connection;
import org.virtfx.ui.core.ConnectionManager;
import org.virtfx.ui.core.SimpleEventBus;
import org.virtfx.ui.core.SimpleSelection;

/**
 * The composition root: installs the FX-thread guard, loads settings, starts the plugins, builds
 * the main window and opens the first connection.
 */
public final class VirtFxApp extends Application {
    /** Time between polls of each connection. */
    static final long POLL_MILLIS = 1000;

    private ExecutorService settingsWriter;
    private ConnectionManager connections;
    private PluginHost plugins;

    /** Called by the JavaFX launcher. */
    public VirtFxApp() {
    }

    @Override
    public void start(Stage stage) {
        CommandLine cli = CommandLine.parse(getParameters().getRaw());
        Libvirt.setCallGuard(FxThreadGuard.fromSystemProperties());
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());

        settingsWriter = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "settings-writer");
            t.setDaemon(true);
            return t;
        });
        SettingsStore settings = SettingsStore.load(SettingsStore.defaultDirectory(), settingsWriter);
        connections = new ConnectionManager(Platform::runLater, POLL_MILLIS);
        StatusBar status = new StatusBar(connections);
        SimpleSelection selection = new SimpleSelection();
        SimpleEventBus events = new SimpleEventBus();
        plugins = new PluginHost((descriptor, contributions) -> new HostPluginContext(descriptor, connections,
                selection, events, status, contributions, new ScopedPreferences(settings, descriptor.id())));
        plugins.startAll(PluginHost.discover());

        new MainWindow(stage, plugins.contributions(), connections, status, plugins::statuses, Platform::exit).show();
        Connection first = openFirstConnection(cli);
        if (StartupProbe.enabled()) {
            StartupProbe.install(first, stage.getScene());
        }

        reportPluginProblems(status, plugins.statuses());
        settings.damagedCopy().ifPresent(p ->
                status.info("The settings file could not be read; it was kept as " + p + " and defaults are used"));
    }

    private Connection openFirstConnection(CommandLine cli) {
        StartupConnections.Target target = StartupConnections.choose(cli);
        if (target.demo()) {
            return connections.open(DemoHost.materialize(), DemoHost.DISPLAY_NAME, true);
        }
        return connections.open(target.uri());
    }

    private static void reportPluginProblems(StatusBar status, List<PluginStatus> statuses) {
        List<PluginStatus> problems = statuses.stream().filter(s -> s.state() != PluginStatus.State.STARTED).toList();
        if (!problems.isEmpty()) {
            status.info(problems.size() + " plugin(s) not started: "
                    + problems.stream().map(p -> p.id() + " (" + p.problem() + ")").toList()
                    + ". See Help > Plugins.");
        }
    }

    @Override
    public void stop() {
        if (plugins != null) {
            plugins.stopAll();
        }
        if (connections != null) {
            connections.close();
        }
        if (settingsWriter != null) {
            settingsWriter.shutdown();
        }
    }
}
