package org.virtfx.app.settings;

import java.util.Optional;
import org.virtfx.ui.api.PluginPreferences;

/** One plugin's preferences: the settings keys under {@code plugin.<id>.}. */
public final class ScopedPreferences implements PluginPreferences {
    private final SettingsStore store;
    private final String prefix;

    /**
     * @param store the settings
     * @param pluginId the plugin
     */
    public ScopedPreferences(SettingsStore store, String pluginId) {
        this.store = store;
        this.prefix = "plugin." + pluginId + ".";
    }

    @Override
    public Optional<String> get(String key) {
        return store.get(prefix + key);
    }

    @Override
    public void put(String key, String value) {
        store.put(prefix + key, value);
    }

    @Override
    public void remove(String key) {
        store.remove(prefix + key);
    }
}
