package org.virtfx.app;

import java.lang.System.Logger.Level;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import org.virtfx.app.preferences.PollingValues;
import org.virtfx.app.settings.ConnectionsWriter;
import org.virtfx.app.settings.SettingsStore;
import org.virtfx.app.window.CredentialsDialog;
import org.virtfx.ui.api.Connection;
import org.virtfx.ui.core.ConnectionManager;
import org.virtfx.ui.core.LiveModelOptions;
import org.virtfx.ui.core.history.History;
import org.virtfx.ui.core.saved.SavedConnections;

/**
 * What VirtFX starts before its window: settings, the saved connections, and the start-up
 * connections themselves, which open on their workers while the JavaFX toolkit starts. Their
 * model updates wait in a {@link DeferredExecutor} until the toolkit runs ({@link #fxReady()}).
 * {@link Main} begins it before launching the toolkit; a start without {@code Main} (the UI
 * tests) begins it in {@link VirtFxApp#start}.
 */
final class EarlyStart {
    private static volatile EarlyStart prepared;

    final ExecutorService settingsWriter;
    final SettingsStore settings;
    final SavedConnections.Loaded saved;
    final ConnectionManager connections;
    /** The first connection opened: the one the start-up probe watches. */
    final Connection first;
    private final DeferredExecutor fx = new DeferredExecutor();

    private EarlyStart(CommandLine cli) {
        settingsWriter = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "settings-writer");
            t.setDaemon(true);
            return t;
        });
        settings = SettingsStore.load(SettingsStore.defaultDirectory(), settingsWriter);
        saved = SavedConnections.load(SettingsStore.defaultDirectory());
        // Model updates and credential dialogs go to the JavaFX thread, once there is one.
        connections = new ConnectionManager(fx, modelOptions(settings), new CredentialsDialog(fx));
        first = open(cli);
        new ConnectionsWriter(connections, SettingsStore.defaultDirectory(), settingsWriter, saved.connections()).start();
    }

    /**
     * Begins before the toolkit starts, on the main thread. Nothing else touches the connection
     * list until the JavaFX thread takes it over in {@link #take}.
     *
     * @param cli the command line
     */
    static void prepare(CommandLine cli) {
        try {
            prepared = new EarlyStart(cli);
        } catch (RuntimeException e) {
            // The window starts it again and reports what fails there.
            System.getLogger("org.virtfx.app").log(Level.WARNING, "early start failed", e);
        }
    }

    /**
     * @param cli the command line
     * @return what {@link #prepare} began, or a fresh start when it did not run
     */
    static EarlyStart take(CommandLine cli) {
        EarlyStart p = prepared;
        prepared = null;
        return p != null ? p : new EarlyStart(cli);
    }

    /** JavaFX thread, once the window and the probe are set up: queued updates flow from now on. */
    void fxReady() {
        fx.start(Platform::runLater);
    }

    private Connection open(CommandLine cli) {
        Connection firstOpened = null;
        for (StartupConnections.Target target : StartupConnections.choose(cli, saved.connections())) {
            Connection c;
            if (target.demo()) {
                c = connections.openDemo(DemoHost.materialize(), DemoHost.DISPLAY_NAME);
            } else if (target.open()) {
                c = connections.open(target.uri(), target.name(), target.autoconnect());
            } else {
                c = connections.add(target.uri(), target.name(), false);
                c.autoconnectProperty().set(target.autoconnect());
            }
            if (firstOpened == null && target.open()) {
                firstOpened = c;
            }
        }
        return firstOpened;
    }

    /** The live model's settings, read as the Preferences window reads them. */
    static LiveModelOptions modelOptions(SettingsStore settings) {
        long poll = PollingValues.savedPollMillis(settings.get(PollingValues.POLL_SETTING));
        int history = History.capacityFrom(settings.get(PollingValues.HISTORY_SETTING));
        return LiveModelOptions.DEFAULTS.withPollMillis(poll).withHistoryLength(history);
    }
}
