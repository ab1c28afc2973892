package org.virtfx.ui.api;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A view a plugin offers, created only when first shown.
 *
 * @param id a unique id, prefixed with the plugin id (e.g. {@code domains.list})
 * @param title the title shown on its tab or heading
 * @param order position among views of the same point; lower first
 * @param factory creates the view; called on the JavaFX thread, at most once per window
 * @since 0.1
 */
public record ViewContribution(String id, String title, int order, Supplier<View> factory) {

    /** Checks that no field is null. */
    public ViewContribution {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(factory, "factory");
    }
}
