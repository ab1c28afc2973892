package org.virtfx.app;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.virtfx.app.connect.ConnectionOpener;
import org.virtfx.app.plugins.HostPluginContext;
import org.virtfx.app.plugins.PluginHost;
import org.virtfx.app.plugins.PluginStatus;
import org.virtfx.app.settings.ConnectionsWriter;
import org.virtfx.app.settings.ScopedPreferences;
import org.virtfx.app.settings.SettingsStore;
import org.virtfx.app.theme.DesktopPreference;
import org.virtfx.app.theme.ThemeChoice;
import org.virtfx.app.theme.Themes;
import org.virtfx.app.window.CredentialsDialog;
import org.virtfx.app.window.MainWindow;
import org.virtfx.app.window.StatusBar;
import org.virtfx.icons.AppIcon;
import org.virtfx.libvirt.Libvirt;
import org.virtfx.ui.api.Connection;
import org.virtfx.ui.core.ConnectionManager;
import org.virtfx.ui.core.FxThreadGuard;
import org.virtfx.ui.core.LiveModelOptions;
import org.virtfx.ui.core.SimpleEventBus;
import org.virtfx.ui.core.SimpleSelection;
import org.virtfx.ui.core.history.History;
import org.virtfx.ui.core.saved.SavedConnection;
import org.virtfx.ui.core.saved.SavedConnections;

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
    private CompletableFuture<DesktopPreference> desktopPreference;

    /** Called by the JavaFX launcher. */
    public VirtFxApp() {
    }

    /** Starts reading the desktop's theme preference while the toolkit starts: it runs programs. */
    @Override
    public void init() {
        readDesktopPreference();
    }

    private synchronized CompletableFuture<DesktopPreference> readDesktopPreference() {
        if (desktopPreference == null) {
            desktopPreference = new CompletableFuture<>();
            Thread reader = new Thread(() -> {
                try {
                    desktopPreference.complete(DesktopPreference.read());
                } catch (RuntimeException e) {
                    desktopPreference.complete(new DesktopPreference(false, "reading failed: " + e));
                }
            }, "desktop-preference");
            reader.setDaemon(true);
            reader.start();
        }
        return desktopPreference;
    }

    @Override
    public void start(Stage stage) {
        CommandLine cli = CommandLine.parse(getParameters().getRaw());
        Libvirt.setCallGuard(FxThreadGuard.fromSystemProperties());
        settingsWriter = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "settings-writer");
            t.setDaemon(true);
            return t;
        });
        SettingsStore settings = SettingsStore.load(SettingsStore.defaultDirectory(), settingsWriter);
        Themes themes = new Themes(ThemeChoice.fromSetting(settings.get(ThemeChoice.SETTING)),
                c -> settings.put(ThemeChoice.SETTING, c.settingValue()), readDesktopPreference(), Platform::runLater);
        connections = new ConnectionManager(Platform::runLater, modelOptions(settings),
                new CredentialsDialog(Platform::runLater));
        StatusBar status = new StatusBar(connections);
        SimpleSelection selection = new SimpleSelection();
        SimpleEventBus events = new SimpleEventBus();
        plugins = new PluginHost((descriptor, contributions) -> new HostPluginContext(descriptor, connections,
                selection, events, status, contributions, new ScopedPreferences(settings, descriptor.id())));
        plugins.startAll(PluginHost.discover());

        for (int size : AppIcon.SIZES) {
            stage.getIcons().add(new Image(AppIcon.png(size).toExternalForm()));
        }
        new MainWindow(stage, plugins.contributions(), connections, status, plugins::statuses, Platform::exit,
                themes, ConnectionOpener.of(connections)).show();
        SavedConnections.Loaded saved = SavedConnections.load(SettingsStore.defaultDirectory());
        Connection first = openStartupConnections(cli, saved.connections());
        if (StartupProbe.enabled()) {
            StartupProbe.install(first, stage.getScene());
        }

        reportPluginProblems(status, plugins.statuses());
        saved.damagedCopy().ifPresent(p -> status.info("The saved connections could not all be read ("
                + String.join("; ", saved.problems()) + "); the file was kept as " + p));
        settings.damagedCopy().ifPresent(p ->
                status.info("The settings file could not be read; it was kept as " + p + " and defaults are used"));
    }

    /** @return the first connection opened, which the start-up probe watches */
    private Connection openStartupConnections(CommandLine cli, List<SavedConnection> saved) {
        Connection first = null;
        for (StartupConnections.Target target : StartupConnections.choose(cli, saved)) {
            Connection c;
            if (target.demo()) {
                c = connections.openDemo(DemoHost.materialize(), DemoHost.DISPLAY_NAME);
            } else if (target.open()) {
                c = connections.open(target.uri(), target.name(), target.autoconnect());
            } else {
                c = connections.add(target.uri(), target.name(), false);
                c.autoconnectProperty().set(target.autoconnect());
            }
            if (first == null && target.open()) {
                first = c;
            }
        }
        new ConnectionsWriter(connections, SettingsStore.defaultDirectory(), settingsWriter, saved).start();
        return first;
    }

    private static java.util.Optional<Long> positiveLong(String text) {
        try {
            long v = Long.parseLong(text.trim());
            return v > 0 ? java.util.Optional.of(v) : java.util.Optional.empty();
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    /** The live model's settings: {@code model.pollMillis} (default 1000) and {@code model.historyLength} (120). */
    static LiveModelOptions modelOptions(SettingsStore settings) {
        long poll = settings.get("model.pollMillis").flatMap(VirtFxApp::positiveLong).orElse(POLL_MILLIS);
        int history = History.capacityFrom(settings.get("model.historyLength"));
        return LiveModelOptions.DEFAULTS.withPollMillis(poll).withHistoryLength(history);
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
