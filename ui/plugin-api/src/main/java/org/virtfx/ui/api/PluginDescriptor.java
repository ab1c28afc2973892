package org.virtfx.ui.api;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the host knows of a plugin without starting it.
 *
 * @param id a unique, stable id: lower-case letters, digits, dots and dashes (e.g. {@code domains})
 * @param name the name shown to users
 * @param version the plugin's version
 * @param description one sentence on what it contributes
 * @param requires ids of plugins that must start first; a missing or failed one disables this one
 * @param order where the plugin's contributions go among others of the same kind; lower first
 * @since 0.1
 */
public record PluginDescriptor(String id, String name, String version, String description,
                               List<String> requires, int order) {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");

    /** Checks the fields and copies {@code requires}. */
    public PluginDescriptor {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("plugin id must be lower-case words joined by . or -: " + id);
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(description, "description");
        requires = List.copyOf(requires);
        if (requires.contains(id)) {
            throw new IllegalArgumentException("plugin " + id + " requires itself");
        }
    }

    /**
     * A descriptor with no requirements and the default order.
     *
     * @param id the id
     * @param name the name
     * @param version the version
     * @param description what it contributes
     * @return the descriptor
     */
    public static PluginDescriptor of(String id, String name, String version, String description) {
        return new PluginDescriptor(id, name, version, description, List.of(), 100);
    }
}
