package org.virtfx.ui.domains;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.virtfx.ui.api.PluginPreferences;

/** Preferences kept in memory only: for a view made without the plugin's context. */
final class MemoryPreferences implements PluginPreferences {
    private final Map<String, String> values = new HashMap<>();

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    @Override
    public void put(String key, String value) {
        values.put(key, value);
    }

    @Override
    public void remove(String key) {
        values.remove(key);
    }
}
