/**
 * The plugin contract: {@link org.virtfx.ui.api.Plugin}, its
 * {@link org.virtfx.ui.api.PluginDescriptor} and {@link org.virtfx.ui.api.PluginContext}, the
 * {@link org.virtfx.ui.api.View}s it contributes, and the read-only live model of connections and
 * domains that every view reads.
 *
 * <h2>Threads</h2>
 * Everything here is confined to the JavaFX Application Thread ({@link org.virtfx.ui.api.FxThread})
 * unless marked {@link org.virtfx.ui.api.AnyThread}. libvirt calls never run there: they go through
 * {@link org.virtfx.ui.api.Connection#call}, which runs them on the connection's own worker
 * thread and completes on the JavaFX thread. Plugins never create threads.
 */
package org.virtfx.ui.api;
