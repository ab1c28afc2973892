package org.virtfx.ui.core.history;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.virtfx.ui.api.Series;

/**
 * A named set of series sharing one capacity, appended together so that index {@code i} of every
 * series is the same tick; stored as one {@link FrameRing}. Subclasses name the series and append
 * their kind of point.
 *
 * <p>Not thread-safe: confined to the JavaFX thread.
 */
public abstract class History {
    /** The number of samples kept when the preference is not set: two minutes at one a second. */
    public static final int DEFAULT_CAPACITY = 120;
    /** The longest history a preference may ask for (a day at one sample a second). */
    public static final int MAX_CAPACITY = 86_400;

    private final Map<String, Series> series = new LinkedHashMap<>();
    private final FrameRing frames;

    /**
     * @param capacity the number of samples kept, at least 1
     * @param names the names of the series, in the order {@link #names()} gives them; a series'
     *     place in it is its column for {@link #put}
     */
    protected History(int capacity, String... names) {
        if (names.length == 0) {
            throw new IllegalArgumentException("a history needs at least one series");
        }
        this.frames = new FrameRing(names.length, capacity);
        for (int i = 0; i < names.length; i++) {
            if (series.put(names[i], frames.column(i)) != null) {
                throw new IllegalArgumentException("duplicate series " + names[i]);
            }
        }
    }

    /**
     * Reads the history length preference.
     *
     * @param preference the preference's value, if set
     * @return the number it names, clamped to [2, {@value #MAX_CAPACITY}]; {@value #DEFAULT_CAPACITY}
     *     when unset or not a number
     */
    public static int capacityFrom(Optional<String> preference) {
        try {
            return preference.map(String::strip).map(Integer::parseInt)
                    .map(n -> Math.max(2, Math.min(MAX_CAPACITY, n)))
                    .orElse(DEFAULT_CAPACITY);
        } catch (NumberFormatException e) {
            return DEFAULT_CAPACITY;
        }
    }

    /** @return the names of the series, in a fixed order */
    public final List<String> names() {
        return List.copyOf(series.keySet());
    }

    /**
     * @param name one of {@link #names()}
     * @return that series, read-only
     * @throws NoSuchElementException for an unknown name
     */
    public final Series series(String name) {
        Series s = series.get(name);
        if (s == null) {
            throw new NoSuchElementException("no series " + name + " in " + series.keySet());
        }
        return s;
    }

    /** @return the capacity every series shares */
    public final int capacity() {
        return frames.capacity();
    }

    /** @return the number of points appended and still kept */
    public final int size() {
        return frames.size();
    }

    /**
     * Changes the capacity of every series, keeping the newest values.
     *
     * @param newCapacity at least 1
     */
    public final void resize(int newCapacity) {
        frames.resize(newCapacity);
    }

    /** Drops every value (the object went away and came back, or the connection was reset). */
    public final void clear() {
        frames.clear();
    }

    /**
     * For subclasses: starts one tick's point; every column is then {@link #put}.
     *
     * @return the new point's place
     */
    protected final int appendPoint() {
        return frames.append();
    }

    /**
     * For subclasses: one value of the point just started.
     *
     * @param point what {@link #appendPoint()} returned
     * @param column the series' place among the names given to the constructor
     * @param value the value ({@code NaN} for a gap)
     */
    protected final void put(int point, int column, double value) {
        frames.put(point, column, value);
    }
}
