package org.virtfx.ui.api;

import javafx.collections.ObservableList;

/**
 * The open connections, each with its live model.
 *
 * @since 0.1
 */
@FxThread
public interface Connections {

    /** @return the open connections, in the order they were opened */
    ObservableList<Connection> all();

    /**
     * Returns every domain of every connection in one list, kept up to date as connections come
     * and go and as their domains change.
     *
     * @return the domains of all connections
     */
    ObservableList<DomainModel> allDomains();

    /**
     * Opens a connection, or returns the one already open to that URI. The connection is
     * returned at once in the {@link ConnectionState#CONNECTING} state.
     *
     * @param uri the libvirt URI
     * @return the connection
     */
    Connection open(String uri);
}
