package org.virtfx.ui.api;

/**
 * Where a connection stands.
 *
 * @since 0.1
 */
public enum ConnectionState {
    /** Opening; no data yet. */
    CONNECTING,
    /** Open, and its model is live. */
    CONNECTED,
    /** Not open: it failed, dropped or was closed. Its model keeps the last data it had. */
    DISCONNECTED
}
