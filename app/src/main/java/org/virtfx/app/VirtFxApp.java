package org.virtfx.app;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.virtfx.app.connect.ConnectionOpener;
import org.virtfx.app.plugins.HostPluginContext;
import org.virtfx.app.plugins.PluginHost;
import org.virtfx.app.plugins.PluginStatus;
import org.virtfx.app.preferences.PreferencesDialog;
import org.virtfx.app.probe.ScrollProbe;
import org.virtfx.app.settings.ScopedPreferences;
import org.virtfx.app.settings.SettingsStore;
import org.virtfx.app.theme.DesktopPreference;
import org.virtfx.app.theme.ThemeChoice;
import org.virtfx.app.theme.Themes;
import org.virtfx.app.window.MainWindow;
import org.virtfx.app.window.StatusBar;
import org.virtfx.icons.AppIcon;
import org.virtfx.libvirt.EventLoop;
import org.virtfx.libvirt.Libvirt;
import org.virtfx.ui.api.ContributionPoint;
import org.virtfx.ui.core.ConnectionManager;
import org.virtfx.ui.core.FxThreadGuard;
import org.virtfx.ui.core.SimpleEventBus;
import org.virtfx.ui.core.SimpleSelection;
import org.virtfx.ui.core.saved.SavedConnections;

/**
 * The composition root: installs the FX-thread guard, takes the settings and the connections that
 * {@link EarlyStart} opened while the toolkit started, starts the plugins and builds the main window.
 */
public final class VirtFxApp extends Application {
    private static final int WINDOW_ICON_MAX = 128;
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
        EarlyStart early = EarlyStart.take(cli);
        settingsWriter = early.settingsWriter;
        SettingsStore settings = early.settings;
        Themes themes = new Themes(ThemeChoice.fromSetting(settings.get(ThemeChoice.SETTING)),
                c -> settings.put(ThemeChoice.SETTING, c.settingValue()), readDesktopPreference(), Platform::runLater);
        connections = early.connections;
        StatusBar status = new StatusBar(connections);
        SimpleSelection selection = new SimpleSelection();
        SimpleEventBus events = new SimpleEventBus();
        plugins = new PluginHost((descriptor, contributions) -> new HostPluginContext(descriptor, connections,
                selection, events, status, contributions, new ScopedPreferences(settings, descriptor.id())));
        plugins.startAll(PluginHost.discover());

        // Window icons up to 128 px: a desktop takes larger ones from the installed icon theme, and
        // decoding the 256 and 512 px images on the FX thread cost start-up time.
        for (int size : AppIcon.SIZES) {
            if (size <= WINDOW_ICON_MAX) {
                stage.getIcons().add(new Image(AppIcon.png(size).toExternalForm()));
            }
        }
        new MainWindow(stage, plugins.contributions(), connections, status, plugins::statuses, Platform::exit,
                themes, ConnectionOpener.of(connections), PreferencesDialog.opener(stage, themes, settings,
                connections, plugins.contributions().at(ContributionPoint.PREFERENCES_PAGE))).show();
        SavedConnections.Loaded saved = early.saved;
        if (StartupProbe.enabled()) {
            StartupProbe.install(early.first, stage.getScene());
        }
        if (ScrollProbe.enabled()) {
            ScrollProbe.install(early.first, stage.getScene());
        }
        // From here on, the connections' updates (queued while the toolkit started) reach the window.
        early.fxReady();
        // The toolkit's loop runs now (this is called from it): libvirt's event thread may start.
        EventLoop.releaseThread();

        reportPluginProblems(status, plugins.statuses());
        saved.damagedCopy().ifPresent(p -> status.info("The saved connections could not all be read ("
                + String.join("; ", saved.problems()) + "); the file was kept as " + p));
        settings.damagedCopy().ifPresent(p ->
                status.info("The settings file could not be read; it was kept as " + p + " and defaults are used"));
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
