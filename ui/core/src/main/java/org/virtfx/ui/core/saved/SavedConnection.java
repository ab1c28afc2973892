package org.virtfx.ui.core.saved;

import java.util.Objects;

/**
 * A connection the user saved.
 *
 * @param uri the libvirt URI, not blank
 * @param name the name the user gave it, or empty for the name derived from the URI
 * @param autoconnect whether to connect at start-up
 */
public record SavedConnection(String uri, String name, boolean autoconnect) {

    /**
     * @throws IllegalArgumentException when the URI is blank
     */
    public SavedConnection {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(name, "name");
        if (uri.isBlank()) {
            throw new IllegalArgumentException("a saved connection needs a URI");
        }
    }
}
