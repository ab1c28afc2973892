/**
 * The icons VirtFX uses, as toolkit-independent vector data.
 *
 * <p>{@link org.virtfx.icons.Icon} lists every icon: SVG path data inside a
 * {@value org.virtfx.icons.Icon#VIEW_BOX}-unit square view box, made only of closed, filled outlines. Each icon also
 * names the {@link org.virtfx.icons.Tone} it should be painted in; the UI maps tones to theme colours, so the same
 * data works in light and dark themes. A typical use in JavaFX:
 *
 * <pre>{@code
 * SVGPath path = new SVGPath();
 * path.setContent(Icon.DOMAIN_RUNNING.svgPath());
 * double scale = 16.0 / Icon.VIEW_BOX;
 * path.getTransforms().add(new Scale(scale, scale, 0, 0));
 * path.setFill(theme.colourFor(Icon.DOMAIN_RUNNING.tone()));
 * Tooltip.install(path, new Tooltip(Icon.DOMAIN_RUNNING.description()));
 * }</pre>
 *
 * <p>{@link org.virtfx.icons.AppIcon} is the application's own full-colour icon (an SVG source and PNG files at the
 * freedesktop sizes), for window decorations and the desktop's menus.
 *
 * <p>This package depends on nothing but {@code java.base}.
 */
package org.virtfx.icons;
