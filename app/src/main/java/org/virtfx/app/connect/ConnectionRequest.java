package org.virtfx.app.connect;

/**
 * What the Add Connection dialog asks for when the user presses Connect.
 *
 * @param uri the libvirt URI
 * @param displayName the name users see; empty for one derived from the URI
 * @param autoconnect whether to open it whenever VirtFX starts
 */
public record ConnectionRequest(String uri, String displayName, boolean autoconnect) {
}
