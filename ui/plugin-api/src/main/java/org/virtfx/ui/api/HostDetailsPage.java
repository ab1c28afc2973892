package org.virtfx.ui.api;

import java.util.Objects;
import java.util.function.Function;

/**
 * A page (tab) of the Connection Details window, contributed at
 * {@link ContributionPoint#HOST_DETAILS_PAGE}: the host's Overview, its virtual networks, its
 * storage pools...
 *
 * @param id a unique id, prefixed with the plugin id (e.g. {@code host.overview})
 * @param title the tab's title
 * @param order position among the pages; lower first
 * @param factory creates the page for one connection; called on the JavaFX thread when the page
 *     is first shown in that connection's window, which closes the view when the window closes
 * @since 0.2
 */
public record HostDetailsPage(String id, String title, int order, Function<Connection, View> factory) {

    /** Checks that no field is null. */
    public HostDetailsPage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(factory, "factory");
    }
}
