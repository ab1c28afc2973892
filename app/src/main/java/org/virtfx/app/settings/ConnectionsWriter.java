package org.virtfx.app.settings;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import org.virtfx.ui.api.Connection;
import org.virtfx.ui.api.Connections;
import org.virtfx.ui.api.FxThread;
import org.virtfx.ui.core.ConnectionNames;
import org.virtfx.ui.core.saved.SavedConnection;
import org.virtfx.ui.core.saved.SavedConnections;

/**
 * Keeps {@code connections.properties} in step with the window's connection list: whenever a
 * connection is added or removed, or its autoconnect choice changes, the list (without the demo
 * host) is written again, atomically, off the JavaFX thread.
 */
@FxThread
public final class ConnectionsWriter {
    private static final System.Logger LOG = System.getLogger("org.virtfx.app");

    private final Connections connections;
    private final Path directory;
    private final Executor writer;
    private final InvalidationListener onAutoconnect = o -> save();
    private List<SavedConnection> lastWritten;

    /**
     * @param connections the window's connections
     * @param directory the settings folder
     * @param writer runs the writes, one at a time, off the JavaFX thread
     * @param loaded what the file held at start, so an unchanged list is not written again
     */
    public ConnectionsWriter(Connections connections, Path directory, Executor writer, List<SavedConnection> loaded) {
        this.connections = connections;
        this.directory = directory;
        this.writer = writer;
        this.lastWritten = List.copyOf(loaded);
    }

    /** Writes the list now if it differs from the file, then follows every change. */
    public void start() {
        connections.all().forEach(c -> c.autoconnectProperty().addListener(onAutoconnect));
        connections.all().addListener((ListChangeListener<Connection>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(c -> c.autoconnectProperty().removeListener(onAutoconnect));
                change.getAddedSubList().forEach(c -> c.autoconnectProperty().addListener(onAutoconnect));
            }
            save();
        });
        save();
    }

    /** @return the list as it would be saved now */
    public List<SavedConnection> current() {
        List<SavedConnection> list = new ArrayList<>();
        for (Connection c : connections.all()) {
            if (!c.isDemo()) {
                // A name derived from the URI is not the user's: saved empty, derived again later.
                String name = c.displayName().equals(ConnectionNames.displayName(c.uri())) ? "" : c.displayName();
                list.add(new SavedConnection(c.uri(), name, c.autoconnectProperty().get()));
            }
        }
        return List.copyOf(list);
    }

    private void save() {
        List<SavedConnection> now = current();
        if (now.equals(lastWritten)) {
            return;
        }
        lastWritten = now;
        writer.execute(() -> {
            try {
                SavedConnections.save(directory, now);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "could not save the connections to " + directory, e);
            }
        });
    }
}
