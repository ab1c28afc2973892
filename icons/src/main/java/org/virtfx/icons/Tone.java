package org.virtfx.icons;

/**
 * The semantic colour an {@link Icon} is painted in.
 *
 * <p>Tones name a meaning, not a colour: the UI maps each tone to the current theme's palette, so the same icon data
 * reads well in both light and dark themes.
 */
public enum Tone {

    /** Ordinary content: the theme's default foreground colour. Used by most actions and objects. */
    NEUTRAL,

    /** Highlighted or special content: the theme's accent colour (for example a suspended domain, the demo). */
    ACCENT,

    /** A good, healthy state: the theme's success colour, usually green (for example a running domain). */
    SUCCESS,

    /** A state that needs attention but is not an error: the theme's warning colour, usually amber (paused). */
    WARNING,

    /** An error, a failure or a destructive action: the theme's danger colour, usually red (crashed, force off). */
    DANGER,

    /** Inactive or unimportant content: the theme's muted, greyed-out foreground colour (a shut-off domain). */
    MUTED
}
