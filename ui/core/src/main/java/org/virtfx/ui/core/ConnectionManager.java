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
    private final LiveModelOptions options;
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
        return open(uri, ConnectionNames.displayName(uri), false);
    }

    /**
     * Opens a connection, or returns the one already open to that URI.
     *
     * @param uri the libvirt URI
     * @param displayName the name users see
     * @param demo whether this is the built-in demo host
     * @return the connection, connecting in the background
     */
    public Connection open(String uri, String displayName, boolean demo) {
        for (Connection c : connections) {
            if (c.uri().equals(uri)) {
                return c;
            }
        }
        LiveConnection c = new LiveConnection(uri, displayName, demo, fx, options, prompt);
        c.domains().addListener(follow);
        connections.add(c);
        c.connect();
        return c;
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
