package org.virtfx.app.connect;

import java.util.concurrent.CompletableFuture;
import org.virtfx.ui.api.Connection;
import org.virtfx.ui.core.ConnectionManager;

/** Adds a connection to the list and opens it, telling how the first attempt ended. */
@FunctionalInterface
public interface ConnectionOpener {

    /**
     * @param request the dialog's answer
     * @return completes on the JavaFX thread once connected; fails with libvirt's own exception
     *     (code and domain included) when the first attempt fails. The connection stays in the
     *     list either way, disconnected with the reason after a failure, as its row shows.
     */
    CompletableFuture<Connection> open(ConnectionRequest request);

    /**
     * The opener for the application's connections. It does what {@code Connections.open(uri,
     * name, autoconnect)} does (add, or find the one already listed; autoconnect; connect), but
     * keeps {@link Connection#connect()}'s future: {@code open} drops it, and with it the
     * exception whose code and domain the error dialog shows.
     *
     * @param connections the application's connections (which save the list on every change)
     * @return the opener
     */
    static ConnectionOpener of(ConnectionManager connections) {
        return request -> {
            Connection c = connections.add(request.uri(), request.displayName(), false);
            c.autoconnectProperty().set(request.autoconnect() || c.autoconnectProperty().get());
            return c.connect().thenApply(ignored -> c);
        };
    }
}
