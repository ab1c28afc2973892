package org.virtfx.app.plugins;

import org.virtfx.ui.api.Connections;
import org.virtfx.ui.api.Contributions;
import org.virtfx.ui.api.EventBus;
import org.virtfx.ui.api.Notifier;
import org.virtfx.ui.api.PluginContext;
import org.virtfx.ui.api.PluginDescriptor;
import org.virtfx.ui.api.PluginPreferences;
import org.virtfx.ui.api.Selection;

/**
 * The context one plugin starts with: the shared services, its own contributions scope and its
 * own preferences.
 *
 * @param plugin the plugin's descriptor
 * @param connections the open connections
 * @param selection the shared selection
 * @param events the event bus
 * @param notifier the status bar and error dialogs
 * @param contributions the plugin's contribution scope
 * @param preferences the plugin's preferences
 */
public record HostPluginContext(PluginDescriptor plugin, Connections connections, Selection selection,
                               EventBus events, Notifier notifier, Contributions contributions,
                               PluginPreferences preferences) implements PluginContext {
}
