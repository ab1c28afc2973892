/**
 * VirtFX icons: every icon the application shows, as pure vector data.
 *
 * <p>The module has no dependencies, not even on JavaFX. It exports {@link org.virtfx.icons.Icon}, whose constants
 * carry SVG path data, a semantic {@link org.virtfx.icons.Tone} and an accessible description; the UI modules turn
 * them into JavaFX {@code SVGPath} nodes painted in the current theme's colours.
 */
module org.virtfx.icons {
    exports org.virtfx.icons;
}
