package org.virtfx.ui.api;

import javafx.collections.ObservableList;

/**
 * The user's connections, each with its live model: the ones open now and the saved ones not
 * opened at start (DISCONNECTED until connected). The host saves this list (URI, name,
 * autoconnect) whenever it changes.
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

    /**
     * Opens a connection with a name and an autoconnect choice (the Add Connection dialog), or
     * returns the one already in the list for that URI, connecting it if it is not connected.
     *
     * @param uri the libvirt URI
     * @param displayName the name users see; empty for one derived from the URI
     * @param autoconnect whether to open it when VirtFX starts
     * @return the connection, connecting in the background
     */
    Connection open(String uri, String displayName, boolean autoconnect);

    /**
     * Disconnects a connection and removes it from the list (and so from the saved connections).
     *
     * @param connection the connection
     */
    void remove(Connection connection);
}
