package org.virtfx.ui.core.history;

import org.virtfx.ui.api.Series;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * A named set of rings sharing one capacity, appended together so that index {@code i} of every
 * series is the same tick. Subclasses name the series and append their kind of point.
 *
 * <p>Not thread-safe: confined to the JavaFX thread.
 */
public abstract class History {
    /** The number of samples kept when the preference is not set: two minutes at one a second. */
    public static final int DEFAULT_CAPACITY = 120;
    /** The longest history a preference may ask for (a day at one sample a second). */
    public static final int MAX_CAPACITY = 86_400;

    private final Map<String, RingBuffer> series = new LinkedHashMap<>();
    private int capacity;

    /**
     * @param capacity the number of samples kept, at least 1
     * @param names the names of the series, in the order {@link #names()} gives them
     */
    protected History(int capacity, String... names) {
        if (names.length == 0) {
            throw new IllegalArgumentException("a history needs at least one series");
        }
        this.capacity = capacity;
        for (String name : names) {
            if (series.put(name, new RingBuffer(capacity)) != null) {
                throw new IllegalArgumentException("duplicate series " + name);
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
        return ring(name);
    }

    /** @return the capacity every series shares */
    public final int capacity() {
        return capacity;
    }

    /** @return the number of points appended and still kept */
    public final int size() {
        return series.values().iterator().next().size();
    }

    /**
     * Changes the capacity of every series, keeping the newest values.
     *
     * @param newCapacity at least 1
     */
    public final void resize(int newCapacity) {
        series.values().forEach(r -> r.resize(newCapacity));
        capacity = newCapacity;
    }

    /** Drops every value (the object went away and came back, or the connection was reset). */
    public final void clear() {
        series.values().forEach(RingBuffer::clear);
    }

    /**
     * For subclasses: the ring behind a series, to append to.
     *
     * @param name one of {@link #names()}
     * @return the ring
     */
    protected final RingBuffer ring(String name) {
        RingBuffer r = series.get(name);
        if (r == null) {
            throw new NoSuchElementException("no series " + name + " in " + series.keySet());
        }
        return r;
    }
}
