package org.virtfx.ui.api;

/**
 * Everything a plugin may use, handed to {@link Plugin#start}.
 *
 * @since 0.1
 */
@FxThread
public interface PluginContext {

    /** @return the descriptor of the plugin this context belongs to */
    PluginDescriptor plugin();

    /** @return the open connections and their live models */
    Connections connections();

    /** @return the current selection, shared by all plugins */
    Selection selection();

    /** @return the event bus between plugins */
    EventBus events();

    /** @return where to tell the user about results and errors */
    Notifier notifier();

    /** @return where to register menus, toolbar actions and views */
    Contributions contributions();

    /** @return preferences scoped to this plugin */
    PluginPreferences preferences();
}
