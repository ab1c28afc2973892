package org.virtfx.ui.api;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A page of the Preferences window (Edit &gt; Preferences). The application contributes its own
 * pages (General, Polling); each plugin contributes pages for its own preferences, so that the
 * window never needs to know a plugin's keys.
 *
 * <p>The window creates a page's view when the page is first shown and closes it when the window
 * closes; a page made for one opening is never reused. A page applies a value as soon as the user
 * changes it (as GNOME's and virt-manager's preferences do), saving it through the plugin's
 * {@link PluginPreferences}; a value that is not valid is shown as such and not saved. The window
 * is modal over the main window, so a page may read the preferences once, when it is made.
 *
 * @param id a unique id, prefixed with the plugin id (e.g. {@code domains.confirmations})
 * @param title the title shown in the window's list of pages
 * @param order position among the pages; lower first (the application's own pages use 0-99)
 * @param factory creates the page's view; called on the JavaFX thread, once per opening of the
 *     window at most
 * @since 0.2
 */
public record PreferencesPage(String id, String title, int order, Supplier<View> factory) {

    /** Checks that no field is null. */
    public PreferencesPage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(factory, "factory");
    }
}
