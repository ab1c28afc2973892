package org.virtfx.icons;

import java.util.Objects;

/**
 * Every icon VirtFX shows, as pure vector data.
 *
 * <p>Each constant carries SVG path data ({@link #svgPath()}) in absolute coordinates inside a square view box of
 * {@value #VIEW_BOX}&nbsp;&times;&nbsp;{@value #VIEW_BOX} units, the semantic {@link Tone} to paint it in and a short
 * accessible {@link #description()}. The UI turns the data into a JavaFX {@code SVGPath}, scales it by
 * {@code size / VIEW_BOX} and fills it with the current theme's colour for the tone; this module itself depends on
 * nothing.
 *
 * <p>Drawing rules shared by every icon:
 * <ul>
 *   <li>Every shape is a closed, filled outline: each subpath ends with {@code Z}. Paint the path with a fill only,
 *       never a stroke.</li>
 *   <li>Outer contours run clockwise (on screen, y pointing down) and holes counter-clockwise, and no two filled
 *       parts overlap. The non-zero fill rule (the JavaFX default) is the intended one, but the even-odd rule gives
 *       the same picture.</li>
 *   <li>Lines are 2 units wide (about 1.3&nbsp;px at 16&nbsp;px) and drawings keep about 2 units of padding.
 *       Horizontal and vertical edges sit on whole or half units, where possible on multiples of 1.5 units, which
 *       are the pixel boundaries at 16&nbsp;px, so the icons stay crisp at 16 and 24&nbsp;px.</li>
 *   <li>The domain-state icons share one outer status ring, {@code Shapes.STATE_RING}, with a different glyph
 *       inside, so that no two icons have the same path data.</li>
 * </ul>
 */
public enum Icon {

    /** A running domain: a play triangle inside the status ring. */
    DOMAIN_RUNNING(Tone.SUCCESS, "Running",
            Shapes.STATE_RING
            + "M10.41 8.06L15.97 11.49A0.6 0.6 0 0 1 15.97 12.51L10.41 15.94A0.6 0.6 0 0 1 9.5 15.43V8.57"
            + "A0.6 0.6 0 0 1 10.41 8.06Z"),

    /** A paused domain: two vertical bars inside the status ring. */
    DOMAIN_PAUSED(Tone.WARNING, "Paused",
            Shapes.STATE_RING
            + "M8.5 7.5H10A0.5 0.5 0 0 1 10.5 8V16A0.5 0.5 0 0 1 10 16.5H8.5A0.5 0.5 0 0 1 8 16V8"
            + "A0.5 0.5 0 0 1 8.5 7.5Z"
            + "M14 7.5H15.5A0.5 0.5 0 0 1 16 8V16A0.5 0.5 0 0 1 15.5 16.5H14A0.5 0.5 0 0 1 13.5 16V8"
            + "A0.5 0.5 0 0 1 14 7.5Z"),

    /** A shut-off domain: a "stop" square inside the status ring. */
    DOMAIN_SHUTOFF(Tone.MUTED, "Shut off",
            Shapes.STATE_RING
            + "M9.5 8.5H14.5A1 1 0 0 1 15.5 9.5V14.5A1 1 0 0 1 14.5 15.5H9.5A1 1 0 0 1 8.5 14.5V9.5"
            + "A1 1 0 0 1 9.5 8.5Z"),

    /** A crashed domain: a cross inside the status ring. */
    DOMAIN_CRASHED(Tone.DANGER, "Crashed",
            Shapes.STATE_RING
            + "M12 10.44L14.62 7.83A1.1 1.1 0 0 1 16.17 9.38L13.56 12L16.17 14.62A1.1 1.1 0 0 1 14.62 16.17"
            + "L12 13.56L9.38 16.17A1.1 1.1 0 0 1 7.83 14.62L10.44 12L7.83 9.38A1.1 1.1 0 0 1 9.38 7.83Z"),

    /** A domain suspended by guest power management: a crescent moon inside the status ring. */
    DOMAIN_PMSUSPENDED(Tone.ACCENT, "Suspended",
            Shapes.STATE_RING
            + "M17.17 13A5.2 5.2 0 1 1 11.4 7.23A4.2 4.2 0 0 0 17.17 13Z"),

    /**
     * A domain in no settled state (blocked, shutting down, no state, unknown): an hourglass inside the status ring.
     */
    DOMAIN_TRANSITION(Tone.NEUTRAL, "In transition",
            Shapes.STATE_RING
            + "M8.4 7.5H15.6A0.4 0.4 0 0 1 16 7.9V8.58A0.3 0.3 0 0 1 15.92 8.79L13.24 11.73"
            + "A0.4 0.4 0 0 0 13.24 12.27L15.92 15.21A0.3 0.3 0 0 1 16 15.42V16.1A0.4 0.4 0 0 1 15.6 16.5H8.4"
            + "A0.4 0.4 0 0 1 8 16.1V15.42A0.3 0.3 0 0 1 8.08 15.21L10.76 12.27A0.4 0.4 0 0 0 10.76 11.73"
            + "L8.08 8.79A0.3 0.3 0 0 1 8 8.58V7.9A0.4 0.4 0 0 1 8.4 7.5Z"),

    /** Start a domain: a play triangle. */
    ACTION_RUN(Tone.NEUTRAL, "Run",
            "M9.02 4.94L19.12 11.15A1 1 0 0 1 19.12 12.85L9.02 19.06A1 1 0 0 1 7.5 18.21V5.79"
            + "A1 1 0 0 1 9.02 4.94Z"),

    /** Pause a running domain: two vertical bars. */
    ACTION_PAUSE(Tone.NEUTRAL, "Pause",
            "M7 4.5H8.5A1 1 0 0 1 9.5 5.5V18.5A1 1 0 0 1 8.5 19.5H7A1 1 0 0 1 6 18.5V5.5A1 1 0 0 1 7 4.5Z"
            + "M15.5 4.5H17A1 1 0 0 1 18 5.5V18.5A1 1 0 0 1 17 19.5H15.5A1 1 0 0 1 14.5 18.5V5.5"
            + "A1 1 0 0 1 15.5 4.5Z"),

    /** Resume a paused domain: a bar followed by a play triangle. */
    ACTION_RESUME(Tone.NEUTRAL, "Resume",
            "M5.5 5H6.5A1 1 0 0 1 7.5 6V18A1 1 0 0 1 6.5 19H5.5A1 1 0 0 1 4.5 18V6A1 1 0 0 1 5.5 5Z"
            + "M12.06 5.57L20.29 11.17A1 1 0 0 1 20.29 12.83L12.06 18.43A1 1 0 0 1 10.5 17.61V6.39"
            + "A1 1 0 0 1 12.06 5.57Z"),

    /** Ask a domain to shut down: the power symbol (a broken ring with a bar through the gap). */
    ACTION_SHUTDOWN(Tone.NEUTRAL, "Shut down",
            "M17.54 5.91A9 9 0 1 1 6.46 5.91A1 1 0 0 1 7.69 7.48A7 7 0 1 0 16.31 7.48A1 1 0 0 1 17.54 5.91Z"
            + "M11 3A1 1 0 0 1 13 3V12A1 1 0 0 1 11 12Z"),

    /** Switch a domain off at once, like pulling its plug: a mains plug. */
    ACTION_FORCE_OFF(Tone.DANGER, "Force off",
            "M4.5 7.5H19.5V10.5A4.5 4.5 0 0 1 15 15H13V22H11V15H9A4.5 4.5 0 0 1 4.5 10.5Z"
            + "M7.5 2H8.5A0.5 0.5 0 0 1 9 2.5V7.5H7V2.5A0.5 0.5 0 0 1 7.5 2Z"
            + "M15.5 2H16.5A0.5 0.5 0 0 1 17 2.5V7.5H15V2.5A0.5 0.5 0 0 1 15.5 2Z"),

    /** Reboot a domain: one clockwise circular arrow. */
    ACTION_REBOOT(Tone.NEUTRAL, "Reboot",
            "M18.93 8A8 8 0 1 1 12 4V2L15.36 5.86L12 8V6A6 6 0 1 0 17.2 9A1 1 0 0 1 18.93 8Z"),

    /** Create something new: a plus sign. */
    ACTION_NEW(Tone.NEUTRAL, "New",
            "M10.75 10.75V5.5A1.25 1.25 0 0 1 13.25 5.5V10.75H18.5A1.25 1.25 0 0 1 18.5 13.25H13.25V18.5"
            + "A1.25 1.25 0 0 1 10.75 18.5V13.25H5.5A1.25 1.25 0 0 1 5.5 10.75Z"),

    /** Delete something: a trash can. */
    ACTION_DELETE(Tone.NEUTRAL, "Delete",
            "M9 2H15V4H19A1 1 0 0 1 19 6H5A1 1 0 0 1 5 4H9Z"
            + "M6 7.5H8V19H16V7.5H18V19A2 2 0 0 1 16 21H8A2 2 0 0 1 6 19Z"
            + "M11 10.5A1 1 0 0 1 13 10.5V15.5A1 1 0 0 1 11 15.5Z"),

    /** Reload data: two circular arrows chasing each other. */
    ACTION_REFRESH(Tone.NEUTRAL, "Refresh", Shapes.CHASING_ARROWS),

    /** Search or filter: a magnifying glass. */
    ACTION_SEARCH(Tone.NEUTRAL, "Search",
            "M14.03 15.73A7 7 0 1 1 15.73 14.03L20.45 18.75A1.2 1.2 0 0 1 18.75 20.45Z"
            + "M10 5A5 5 0 1 0 10 15A5 5 0 1 0 10 5Z"),

    /** A connection to a hypervisor: two chain links, linked. */
    CONNECTION(Tone.NEUTRAL, "Connection",
            "M7.05 10.59A1 1 0 0 1 8.46 12L5.28 15.18A2.5 2.5 0 0 0 8.82 18.72L12 15.54A1 1 0 0 1 13.41 16.95"
            + "L10.23 20.13A4.5 4.5 0 0 1 3.87 13.77Z"
            + "M10.59 7.05L13.77 3.87A4.5 4.5 0 0 1 20.13 10.23L16.95 13.41A1 1 0 0 1 15.54 12L18.72 8.82"
            + "A2.5 2.5 0 0 0 15.18 5.28L12 8.46A1 1 0 0 1 10.59 7.05Z"
            + "M10.23 15.18A1 1 0 0 1 8.82 13.77L13.77 8.82A1 1 0 0 1 15.18 10.23Z"),

    /** A connection that is closed or lost: a chain link broken in two. */
    CONNECTION_DISCONNECTED(Tone.DANGER, "Disconnected", Shapes.BROKEN_LINK),

    /** A connection being opened: the two halves of the broken link with a dot between them, closing the gap. */
    CONNECTION_CONNECTING(Tone.NEUTRAL, "Connecting",
            Shapes.BROKEN_LINK
            + "M12 10A2 2 0 1 1 12 14A2 2 0 1 1 12 10Z"),

    /** A lost connection that comes back by itself: the refresh arrows around a dot, the host being reached. */
    CONNECTION_RECONNECTING(Tone.WARNING, "Reconnecting",
            Shapes.CHASING_ARROWS
            + "M12 10A2 2 0 1 1 12 14A2 2 0 1 1 12 10Z"),

    /** A host machine: two stacked server units. */
    HOST(Tone.NEUTRAL, "Host",
            "M5 3H19A2 2 0 0 1 21 5V9A2 2 0 0 1 19 11H5A2 2 0 0 1 3 9V5A2 2 0 0 1 5 3Z"
            + "M5 5V9H19V5Z"
            + "M7.5 5.8A1.2 1.2 0 1 1 7.5 8.2A1.2 1.2 0 1 1 7.5 5.8Z"
            + "M5 13H19A2 2 0 0 1 21 15V19A2 2 0 0 1 19 21H5A2 2 0 0 1 3 19V15A2 2 0 0 1 5 13Z"
            + "M5 15V19H19V15Z"
            + "M7.5 15.8A1.2 1.2 0 1 1 7.5 18.2A1.2 1.2 0 1 1 7.5 15.8Z"),

    /** The built-in demo (test driver) connection: a lab flask. */
    DEMO(Tone.ACCENT, "Demo",
            "M9 4H15V8.88A0.5 0.5 0 0 0 15.05 9.11L19.91 18.83A1.5 1.5 0 0 1 18.57 21H5.43"
            + "A1.5 1.5 0 0 1 4.09 18.83L8.95 9.11A0.5 0.5 0 0 0 9 8.88Z"
            + "M11 6V9.47L8.49 14.5H15.51L13 9.47V6Z"
            + "M7.5 4A1 1 0 0 1 7.5 2H16.5A1 1 0 0 1 16.5 4Z"),

    /** A virtual machine: a monitor on its stand. */
    VM(Tone.NEUTRAL, "Virtual machine",
            "M4 3H20A2 2 0 0 1 22 5V15A2 2 0 0 1 20 17H4A2 2 0 0 1 2 15V5A2 2 0 0 1 4 3Z"
            + "M4 5V15H20V5Z"
            + "M11 17H13V19.5H11Z"
            + "M8.25 19.5H15.75A0.75 0.75 0 0 1 16.5 20.25A0.75 0.75 0 0 1 15.75 21H8.25"
            + "A0.75 0.75 0 0 1 7.5 20.25A0.75 0.75 0 0 1 8.25 19.5Z"),

    /** A virtual network: three nodes, one above two, joined by a bar. */
    NETWORK(Tone.NEUTRAL, "Virtual network",
            "M9 3H15V9H13V12H19V15H21V21H15V15H17V14H7V15H9V21H3V15H5V12H11V9H9Z"),

    /** A storage pool: a cylinder of stacked discs, the usual picture of a store of data. */
    STORAGE_POOL(Tone.NEUTRAL, "Storage pool",
            "M4 6A8 3 0 0 1 20 6A8 3 0 0 1 4 6Z"
            + "M4 7.5A8 3 0 0 0 20 7.5V11.5A8 3 0 0 1 4 11.5Z"
            + "M4 13A8 3 0 0 0 20 13V17A8 3 0 0 1 4 17Z"),

    /** A storage volume: one drive, a rounded box with a slot and a light. */
    VOLUME(Tone.NEUTRAL, "Storage volume",
            "M5 6H19A2 2 0 0 1 21 8V16A2 2 0 0 1 19 18H5A2 2 0 0 1 3 16V8A2 2 0 0 1 5 6Z"
            + "M5 8V16H19V8Z"
            + "M7 11H12V13H7Z"
            + "M16 10.5A1.5 1.5 0 1 1 16 13.5A1.5 1.5 0 1 1 16 10.5Z"),

    /** A host device (PCI, USB, ...): a chip with pins on every side. */
    HOST_DEVICE(Tone.NEUTRAL, "Host device",
            "M6 6H7.5V3H9V6H11.25V3H12.75V6H15V3H16.5V6H18"
            + "V7.5H21V9H18V11.25H21V12.75H18V15H21V16.5H18V18"
            + "H16.5V21H15V18H12.75V21H11.25V18H9V21H7.5V18H6"
            + "V16.5H3V15H6V12.75H3V11.25H6V9H3V7.5H6Z"
            + "M9 9V15H15V9Z"),

    /** Save a domain's memory to disk and stop it: an arrow down into a tray. */
    ACTION_SAVE(Tone.NEUTRAL, "Save",
            Shapes.TRAY
            + "M11 3H13V10H16.5L12 15.5L7.5 10H11Z"),

    /** Restore a saved domain: an arrow up out of a tray. */
    ACTION_RESTORE(Tone.NEUTRAL, "Restore",
            Shapes.TRAY
            + "M12 3L16.5 8.5H13V15.5H11V8.5H7.5Z"),

    /** Reset a domain at once, like its reset button: a counter-clockwise arrow around a dot. */
    ACTION_RESET(Tone.DANGER, "Reset",
            "M5.07 8A1 1 0 0 1 6.8 9A6 6 0 1 0 12 6V8L8.64 5.86L12 2V4A8 8 0 1 1 5.07 8Z"
            + "M12 10A2 2 0 1 1 12 14A2 2 0 1 1 12 10Z"),

    /** Clone a domain: two overlapping sheets, the front one whole. */
    ACTION_CLONE(Tone.NEUTRAL, "Clone",
            "M5 3H13A2 2 0 0 1 15 5V7H13V5H5V13H7V15H5A2 2 0 0 1 3 13V5A2 2 0 0 1 5 3Z"
            + "M11 9H19A2 2 0 0 1 21 11V19A2 2 0 0 1 19 21H11A2 2 0 0 1 9 19V11A2 2 0 0 1 11 9Z"
            + "M11 11V19H19V11Z"),

    /** Migrate a domain to another host: a box with an arrow leaving it to the right. */
    ACTION_MIGRATE(Tone.NEUTRAL, "Migrate",
            "M3 9H9V15H3Z"
            + "M10.5 11H15V6.5L20.5 12L15 17.5V13H10.5Z"),

    /** Open a domain's console: a terminal window with a prompt. */
    ACTION_CONSOLE(Tone.NEUTRAL, "Console",
            "M5 4H19A2 2 0 0 1 21 6V18A2 2 0 0 1 19 20H5A2 2 0 0 1 3 18V6A2 2 0 0 1 5 4Z"
            + "M5 6V18H19V6Z"
            + "M6.5 9.5L8 8L12 12L8 16L6.5 14.5L9 12Z"
            + "M12 14.5H17V16.5H12Z"),

    /** Show a domain's details: a sheet with lines of text. */
    ACTION_DETAILS(Tone.NEUTRAL, "Details",
            "M6.5 3H17.5A2 2 0 0 1 19.5 5V19A2 2 0 0 1 17.5 21H6.5A2 2 0 0 1 4.5 19V5A2 2 0 0 1 6.5 3Z"
            + "M6.5 5V19H17.5V5Z"
            + "M9 7H15V9H9Z"
            + "M9 11H15V13H9Z"
            + "M9 15H13V17H9Z"),

    /** Take a snapshot of a domain: a camera. */
    ACTION_SNAPSHOT(Tone.NEUTRAL, "Snapshot",
            "M5 7H8L9.5 4.5H14.5L16 7H19A2 2 0 0 1 21 9V18A2 2 0 0 1 19 20H5A2 2 0 0 1 3 18V9A2 2 0 0 1 5 7Z"
            + "M12 9A4.5 4.5 0 1 0 12 18A4.5 4.5 0 1 0 12 9Z"
            + "M12 11.5A2 2 0 1 1 12 15.5A2 2 0 1 1 12 11.5Z"),

    /** A plugin: a jigsaw piece. */
    PLUGIN(Tone.NEUTRAL, "Plugin",
            "M4 7H8.34A2.6 2.6 0 1 1 11.66 7H16A1 1 0 0 1 17 8V12.34A2.6 2.6 0 1 1 17 15.66V20"
            + "A1 1 0 0 1 16 21H11.66A2.6 2.6 0 0 1 8.34 21H4A1 1 0 0 1 3 20V15.66A2.6 2.6 0 0 1 3 12.34V8"
            + "A1 1 0 0 1 4 7Z");

    /** Side of the square view box that every {@link #svgPath()} is drawn in, in path units. */
    public static final int VIEW_BOX = 24;

    private final Tone tone;
    private final String description;
    private final String svgPath;

    Icon(Tone tone, String description, String svgPath) {
        this.tone = Objects.requireNonNull(tone, "tone");
        this.description = Objects.requireNonNull(description, "description");
        this.svgPath = Objects.requireNonNull(svgPath, "svgPath");
    }

    /**
     * Returns the SVG path data of this icon.
     *
     * <p>Absolute coordinates inside the {@value #VIEW_BOX}-unit view box; every subpath is a closed, filled
     * outline meant for the non-zero fill rule (see the class comment). Suitable for {@code SVGPath.setContent}.
     *
     * @return the path data, never {@code null} or blank
     */
    public String svgPath() {
        return svgPath;
    }

    /**
     * Returns the semantic colour to paint this icon in; the UI maps it to the current theme.
     *
     * @return the tone, never {@code null}
     */
    public Tone tone() {
        return tone;
    }

    /**
     * Returns a short accessible text for this icon, such as {@code "Running"}, for tooltips and screen readers.
     *
     * @return the description, never blank
     */
    public String description() {
        return description;
    }

    /** Path pieces shared by several icons. Kept in a holder class so the enum constants can refer to them. */
    private static final class Shapes {

        /** The status ring around every domain-state glyph: outer radius 10, inner radius 8, centred at (12,12). */
        static final String STATE_RING = "M12 2A10 10 0 1 1 12 22A10 10 0 1 1 12 2Z"
                + "M12 4A8 8 0 1 0 12 20A8 8 0 1 0 12 4Z";

        /** Two circular arrows chasing each other (refresh, reconnecting), leaving a disc of radius 4 free. */
        static final String CHASING_ARROWS =
                "M4.12 10.61A8 8 0 0 1 17.14 5.87L18.3 4.49L18.4 9.17L14.7 8.78L15.86 7.4A6 6 0 0 0 6.09 10.96"
                + "A1 1 0 0 1 4.12 10.61Z"
                + "M19.88 13.39A8 8 0 0 1 6.86 18.13L5.7 19.51L5.6 14.83L9.3 15.22L8.14 16.6A6 6 0 0 0 17.91 13.04"
                + "A1 1 0 0 1 19.88 13.39Z";

        /** A chain link broken in two, the halves apart (disconnected, connecting). */
        static final String BROKEN_LINK =
                "M6.7 10.94A1 1 0 0 1 8.11 12.35L5.28 15.18A2.5 2.5 0 0 0 8.82 18.72L11.65 15.89"
                + "A1 1 0 0 1 13.06 17.3L10.23 20.13A4.5 4.5 0 0 1 3.87 13.77Z"
                + "M10.94 6.7L13.77 3.87A4.5 4.5 0 0 1 20.13 10.23L17.3 13.06A1 1 0 0 1 15.89 11.65L18.72 8.82"
                + "A2.5 2.5 0 0 0 15.18 5.28L12.35 8.11A1 1 0 0 1 10.94 6.7Z";

        /** An open tray at the bottom (save, restore). */
        static final String TRAY = "M3 14H5V19H19V14H21V21H3Z";

        private Shapes() {
        }
    }
}
