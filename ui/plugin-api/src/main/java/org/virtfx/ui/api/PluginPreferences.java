package org.virtfx.ui.api;

import java.util.Optional;

/**
 * Preferences scoped to one plugin; saved by the host.
 *
 * @since 0.1
 */
@FxThread
public interface PluginPreferences {

    /**
     * @param key the key
     * @return the stored value, or empty
     */
    Optional<String> get(String key);

    /**
     * @param key the key
     * @param value the value to store
     */
    void put(String key, String value);

    /** @param key the key to remove */
    void remove(String key);

    /**
     * @param key the key
     * @param fallback the value when none is stored or it is not a boolean
     * @return the stored boolean
     */
    default boolean getBoolean(String key, boolean fallback) {
        return get(key).map(v -> v.equals("true") ? Boolean.TRUE : v.equals("false") ? Boolean.FALSE : null)
                .orElse(fallback);
    }
}
