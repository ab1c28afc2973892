package org.virtfx.ui.core;

import java.util.concurrent.Executor;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.virtfx.ui.api.Connection;
import org.virtfx.ui.api.Connections;
import org.virtfx.ui.api.DomainModel;
import org.virtfx.ui.api.FxThread;

/**
 * The open connections, and one list of all their domains kept up to date incrementally.
 */
@FxThread
public final class ConnectionManager implements Connections, AutoCloseable {
    private final Executor fx;
    private LiveModelOptions options;
    private final CredentialPrompt prompt;
    private final ObservableList<Connection> connections = FXCollections.observableArrayList();
    private final ObservableList<Connection> readOnlyConnections = FXCollections.unmodifiableObservableList(connections);
    private final ObservableList<DomainModel> allDomains = FXCollections.observableArrayList();
    private final ObservableList<DomainModel> readOnlyAllDomains = FXCollections.unmodifiableObservableList(allDomains);

    private final ListChangeListener<DomainModel> follow = change -> {
        while (change.next()) {
            if (change.wasRemoved()) {
                allDomains.removeAll(new java.util.HashSet<>(change.getRemoved()));
            }
            if (change.wasAdded()) {
                allDomains.addAll(change.getAddedSubList());
            }
        }
    };

    /**
     * @param fx runs model updates: {@code Platform::runLater}, or a direct executor in tests
     * @param options how each connection keeps its model live
     * @param prompt answers credential questions (on a connection's worker), or null
     */
    public ConnectionManager(Executor fx, LiveModelOptions options, CredentialPrompt prompt) {
        this.fx = fx;
        this.options = options;
        this.prompt = prompt;
    }

    /**
     * @param fx runs model updates: {@code Platform::runLater}, or a direct executor in tests
     * @param pollMillis time between polls of each connection
     */
    public ConnectionManager(Executor fx, long pollMillis) {
        this(fx, LiveModelOptions.DEFAULTS.withPollMillis(pollMillis), null);
    }

    @Override
    public ObservableList<Connection> all() {
        return readOnlyConnections;
    }

    @Override
    public ObservableList<DomainModel> allDomains() {
        return readOnlyAllDomains;
    }

    @Override
    public Connection open(String uri) {
        return open(uri, "", false);
    }

    @Override
    public Connection open(String uri, String displayName, boolean autoconnect) {
        Connection c = find(uri);
        if (c == null) {
            c = add(uri, displayName, false);
        }
        c.autoconnectProperty().set(autoconnect || c.autoconnectProperty().get());
        c.connect();
        return c;
    }

    /**
     * Opens the built-in demo host, which is never saved.
     *
     * @param uri the demo host's test-driver URI
     * @param displayName the name users see
     * @return the connection, connecting in the background
     */
    public Connection openDemo(String uri, String displayName) {
        Connection c = find(uri);
        if (c == null) {
            c = add(uri, displayName, true);
        }
        c.connect();
        return c;
    }

    /**
     * Adds a connection to the list without opening it (a saved connection that is not opened
     * at start): it stays DISCONNECTED until {@link Connection#connect()}.
     *
     * @param uri the libvirt URI
     * @param displayName the name users see; empty for one derived from the URI
     * @param demo whether this is the built-in demo host
     * @return the connection, or the one already in the list for that URI
     */
    public Connection add(String uri, String displayName, boolean demo) {
        Connection existing = find(uri);
        if (existing != null) {
            return existing;
        }
        String name = displayName == null || displayName.isBlank() ? ConnectionNames.displayName(uri) : displayName;
        LiveConnection c = new LiveConnection(uri, name, demo, fx, options, prompt);
        c.idle();
        c.domains().addListener(follow);
        connections.add(c);
        return c;
    }

    @Override
    public void remove(Connection connection) {
        if (!connections.remove(connection)) {
            return;
        }
        connection.domains().removeListener(follow);
        allDomains.removeAll(new java.util.HashSet<>(connection.domains()));
        ((LiveConnection) connection).close();
    }

    /**
     * Changes the interval between full readings of every connection, now and for those added
     * later (Preferences, "Update status every N seconds").
     *
     * @param millis the interval, at least 1
     */
    public void setPollMillis(long millis) {
        options = options.withPollMillis(millis);
        for (Connection c : connections) {
            ((LiveConnection) c).setPollMillis(millis);
        }
    }

    /**
     * Changes how many points every graph keeps, now and for connections added later; the
     * newest points are kept.
     *
     * @param points at least 2
     */
    public void setHistoryLength(int points) {
        if (points < 2) {
            throw new IllegalArgumentException("a graph keeps at least 2 points: " + points);
        }
        options = options.withHistoryLength(points);
        for (Connection c : connections) {
            ((LiveConnection) c).setHistoryLength(points);
        }
    }

    private Connection find(String uri) {
        for (Connection c : connections) {
            if (c.uri().equals(uri)) {
                return c;
            }
        }
        return null;
    }

    /** Closes every connection. */
    @Override
    public void close() {
        for (Connection c : connections) {
            c.domains().removeListener(follow);
            ((LiveConnection) c).close();
        }
    }
}
