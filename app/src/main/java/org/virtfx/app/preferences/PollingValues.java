package org.virtfx.app.preferences;

import java.math.BigDecimal;
import java.util.Optional;
import org.virtfx.ui.core.LiveModelOptions;
import org.virtfx.ui.core.history.History;

/**
 * The Polling page's two settings, as text the user types and as the values the live model reads
 * at start ({@code model.pollMillis}, {@code model.historyLength}): parsing, range checks and the
 * message shown for a bad value. No JavaFX, so it is tested alone.
 */
public final class PollingValues {
    /** The setting of the time between two polls of a connection, in milliseconds. */
    public static final String POLL_SETTING = "model.pollMillis";
    /** The setting of the number of points each graph keeps. */
    public static final String HISTORY_SETTING = "model.historyLength";
    /**
     * Fewest seconds between polls. Each tick is one bulk statistics call per connection, and the
     * window redraws its graphs after it: more than two a second costs CPU for nothing anyone sees.
     */
    static final BigDecimal MIN_SECONDS = new BigDecimal("0.5");
    /** Most seconds between polls: beyond ten minutes the list no longer looks live. */
    static final BigDecimal MAX_SECONDS = new BigDecimal("600");

    /**
     * A parsed value, or why the text is not one.
     *
     * @param value the value to save, when the text is valid
     * @param problem what is wrong, when it is not
     */
    public record Parsed(Optional<Long> value, Optional<String> problem) {
        static Parsed ok(long value) {
            return new Parsed(Optional.of(value), Optional.empty());
        }

        static Parsed bad(String problem) {
            return new Parsed(Optional.empty(), Optional.of(problem));
        }
    }

    private PollingValues() {
    }

    /**
     * @param text what the user typed, e.g. {@code 2} or {@code 1.5} (a comma works as the point)
     * @return the interval in milliseconds, or why it is refused
     */
    public static Parsed pollMillis(String text) {
        String t = text.strip().replace(',', '.');
        String problem = "Enter the seconds between updates as a number from " + MIN_SECONDS.toPlainString()
                + " to " + MAX_SECONDS.toPlainString() + ", such as 1 or 2.5";
        BigDecimal seconds;
        try {
            seconds = new BigDecimal(t);
        } catch (NumberFormatException e) {
            return Parsed.bad((t.isEmpty() ? "No value. " : "“" + text.strip() + "” is not a number. ") + problem + ".");
        }
        if (seconds.compareTo(MIN_SECONDS) < 0 || seconds.compareTo(MAX_SECONDS) > 0) {
            return Parsed.bad(seconds.toPlainString() + " seconds is out of range. " + problem + ".");
        }
        // Whole milliseconds: finer steps mean nothing to a poll timer.
        return Parsed.ok(seconds.movePointRight(3).longValue());
    }

    /**
     * @param text what the user typed, e.g. {@code 120}
     * @return the number of graph points, or why it is refused
     */
    public static Parsed historyLength(String text) {
        String t = text.strip();
        String problem = "Enter a whole number of points from 2 to " + History.MAX_CAPACITY;
        long points;
        try {
            points = Long.parseLong(t);
        } catch (NumberFormatException e) {
            return Parsed.bad((t.isEmpty() ? "No value. " : "“" + t + "” is not a whole number. ") + problem + ".");
        }
        if (points < 2 || points > History.MAX_CAPACITY) {
            return Parsed.bad(points + " points is out of range. " + problem + ".");
        }
        return Parsed.ok(points);
    }

    /**
     * @param saved the saved {@code model.pollMillis}, if any
     * @return the seconds to show: the saved value as the live model reads it, else the default
     */
    public static String secondsShown(Optional<String> saved) {
        return BigDecimal.valueOf(savedPollMillis(saved)).movePointLeft(3).stripTrailingZeros().toPlainString();
    }

    /**
     * @param saved the saved {@code model.pollMillis}, if any
     * @return the interval the live model uses: the saved value, or the default when it is
     *     missing or not a positive number
     */
    public static long savedPollMillis(Optional<String> saved) {
        return saved.flatMap(PollingValues::positiveLong).orElse(LiveModelOptions.DEFAULTS.pollMillis());
    }

    /**
     * @param saved the saved {@code model.historyLength}, if any
     * @return the number of points to show, as the live model reads the saved value
     */
    public static String pointsShown(Optional<String> saved) {
        return Integer.toString(History.capacityFrom(saved));
    }

    /**
     * @param millis a poll interval
     * @param points a graph length
     * @return how long a graph spans, e.g. {@code 2 minutes}
     */
    public static String span(long millis, long points) {
        long seconds = Math.round(millis * points / 1000.0);
        if (seconds < 120) {
            return seconds + (seconds == 1 ? " second" : " seconds");
        }
        if (seconds < 2 * 3600) {
            return Math.round(seconds / 60.0) + " minutes";
        }
        return Math.round(seconds / 3600.0) + " hours";
    }

    private static Optional<Long> positiveLong(String text) {
        try {
            long v = Long.parseLong(text.strip());
            return v > 0 ? Optional.of(v) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
