package org.virtfx.ui.api;

/**
 * A VirtFX plugin: the entry point the host finds with {@link java.util.ServiceLoader}.
 *
 * <p>The constructor must be cheap: no JavaFX nodes, no libvirt, no threads. The host reads the
 * {@link #descriptor()} without starting the plugin, starts plugins in dependency order, and
 * stops them in reverse order.
 *
 * @since 0.1
 */
public interface Plugin {

    /**
     * Describes the plugin; pure data, the same on every call.
     *
     * @return the descriptor
     */
    @AnyThread
    PluginDescriptor descriptor();

    /**
     * Registers the plugin's contributions. Runs on the JavaFX thread and must return quickly:
     * views are created later, when first shown. A plugin whose start throws is disabled, its
     * contributions withdrawn, and the error reported; the application goes on.
     *
     * @param context what the plugin may use
     */
    @FxThread
    void start(PluginContext context);

    /**
     * Undoes what {@link #start} did that the host does not undo itself. The host withdraws
     * contributions made through the context, so most plugins need nothing here.
     */
    @FxThread
    default void stop() {
    }
}
