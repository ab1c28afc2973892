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
    /**
     * Not open: it dropped and is being opened again, with growing pauses between attempts. Its
     * model keeps the last data it had, which is stale until the state is CONNECTED again.
     */
    RECONNECTING,
    /** Not open: it failed, or was closed. Its model keeps the last data it had. */
    DISCONNECTED;

    /** @return true when the model is live; false when it shows the last data it had */
    public boolean isLive() {
        return this == CONNECTED;
    }
}
