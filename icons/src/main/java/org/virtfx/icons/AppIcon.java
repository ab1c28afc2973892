package org.virtfx.icons;

import java.net.URL;
import java.util.List;
import java.util.Objects;

/**
 * The VirtFX application icon: the picture of the application itself, for window decorations, the task bar and the
 * desktop's menus. Unlike an {@link Icon} it is a full-colour picture, not a tinted shape.
 *
 * <p>Its vector source is {@code virtfx.svg}, and PNG files rendered from it by {@code icons/render-app-icon.sh}
 * exist at every size of {@link #SIZES}. They are resources of this module; callers get them from here and never
 * name a resource path themselves. In JavaFX:
 *
 * <pre>{@code
 * for (int size : AppIcon.SIZES) {
 *     stage.getIcons().add(new Image(AppIcon.png(size).toExternalForm()));
 * }
 * }</pre>
 *
 * <p>Thread-safe: stateless.
 */
public final class AppIcon {

    /** Every size, in pixels, that a PNG file of the icon exists in: the freedesktop hicolor sizes up to 512. */
    public static final List<Integer> SIZES = List.of(16, 24, 32, 48, 64, 128, 256, 512);

    private AppIcon() {
    }

    /**
     * Returns the icon as a PNG file of a given size.
     *
     * @param size one of {@link #SIZES}
     * @return the address of the PNG resource, readable by anyone (for example {@code new Image(url.toExternalForm())})
     * @throws IllegalArgumentException if no PNG file of that size exists
     */
    public static URL png(int size) {
        if (!SIZES.contains(size)) {
            throw new IllegalArgumentException("no application icon of " + size + " px; sizes: " + SIZES);
        }
        return resource("virtfx-" + size + ".png");
    }

    /**
     * Returns the PNG file whose size is closest to a wanted size, the larger one on a tie.
     *
     * @param size the wanted size in pixels
     * @return the address of the PNG resource
     */
    public static URL pngNearest(int size) {
        int best = SIZES.get(0);
        for (int candidate : SIZES) {
            if (Math.abs(candidate - size) <= Math.abs(best - size)) {
                best = candidate;
            }
        }
        return png(best);
    }

    /**
     * Returns the vector source of the icon, an SVG file.
     *
     * @return the address of the SVG resource
     */
    public static URL svg() {
        return resource("virtfx.svg");
    }

    private static URL resource(String name) {
        // Resolved by this class, inside this module: the module's resources need no opening for that.
        return Objects.requireNonNull(AppIcon.class.getResource("app/" + name), name);
    }
}
