package org.virtfx.app.plugins;

import java.util.Optional;
import org.virtfx.ui.api.PluginDescriptor;

/**
 * What became of one plugin.
 *
 * @param id the plugin id, or the provider class name when it could not even be created
 * @param name the name users see
 * @param source the provider class
 * @param state what became of it
 * @param problem why it is not started, for users; empty when started
 * @param error the exception behind the problem, if any
 */
public record PluginStatus(String id, String name, String source, State state, String problem,
                           Optional<Throwable> error) {

    /** What became of a plugin. */
    public enum State {
        /** Started and contributing. */
        STARTED,
        /** Its provider could not be loaded or created, or its start threw. */
        FAILED,
        /** Not started: a duplicate id, or a required plugin is missing or failed. */
        DISABLED,
        /** Stopped at shutdown. */
        STOPPED
    }

    static PluginStatus started(PluginDescriptor d, String source) {
        return new PluginStatus(d.id(), d.name(), source, State.STARTED, "", Optional.empty());
    }

    static PluginStatus failed(String id, String name, String source, String problem, Throwable error) {
        return new PluginStatus(id, name, source, State.FAILED, problem, Optional.ofNullable(error));
    }

    static PluginStatus disabled(PluginDescriptor d, String source, String problem) {
        return new PluginStatus(d.id(), d.name(), source, State.DISABLED, problem, Optional.empty());
    }

    PluginStatus stopped() {
        return new PluginStatus(id, name, source, State.STOPPED, problem, error);
    }
}
