package org.virtfx.ui.core.history;

import org.virtfx.ui.api.Series;

import java.util.NoSuchElementException;

/**
 * A fixed-capacity ring of primitive doubles: appending to a full ring drops the oldest value.
 * No boxing and no allocation per append.
 *
 * <p>Not thread-safe: in the application each ring is confined to the JavaFX thread, which both
 * appends (when a tick's points arrive) and reads (when a chart redraws).
 */
public final class RingBuffer implements Series {
    private double[] values;
    /** Index of the oldest value. */
    private int head;
    private int size;

    /**
     * @param capacity the most values kept, at least 1
     * @throws IllegalArgumentException when {@code capacity < 1}
     */
    public RingBuffer(int capacity) {
        this.values = new double[checkCapacity(capacity)];
    }

    private static int checkCapacity(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        }
        return capacity;
    }

    /**
     * Appends a value; when the ring is full the oldest value is dropped.
     *
     * @param value the newest value ({@code NaN} for a gap)
     */
    public void append(double value) {
        if (size < values.length) {
            values[physical(size)] = value;
            size++;
        } else {
            values[head] = value;
            head = physical(1);
        }
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public int capacity() {
        return values.length;
    }

    @Override
    public double get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("index " + index + " of size " + size);
        }
        return values[physical(index)];
    }

    @Override
    public double latest() {
        if (size == 0) {
            throw new NoSuchElementException("empty ring");
        }
        return values[physical(size - 1)];
    }

    @Override
    public int copyInto(double[] target) {
        if (target.length < size) {
            throw new IndexOutOfBoundsException("target holds " + target.length + " of " + size + " values");
        }
        copy(target, size);
        return size;
    }

    /**
     * Changes the capacity, keeping the newest values that fit (the preference for the history
     * length changed).
     *
     * @param newCapacity the new capacity, at least 1
     * @throws IllegalArgumentException when {@code newCapacity < 1}
     */
    public void resize(int newCapacity) {
        checkCapacity(newCapacity);
        if (newCapacity == values.length) {
            return;
        }
        int kept = Math.min(size, newCapacity);
        double[] all = new double[size];
        copy(all, size);
        double[] resized = new double[newCapacity];
        System.arraycopy(all, size - kept, resized, 0, kept);
        values = resized;
        head = 0;
        size = kept;
    }

    /** Drops every value; the capacity stays. */
    public void clear() {
        head = 0;
        size = 0;
    }

    /** Copies the oldest {@code count} values, in order, with at most two array copies. */
    private void copy(double[] target, int count) {
        int firstPart = Math.min(count, values.length - head);
        System.arraycopy(values, head, target, 0, firstPart);
        System.arraycopy(values, 0, target, firstPart, count - firstPart);
    }

    private int physical(int index) {
        int i = head + index;
        return i >= values.length ? i - values.length : i;
    }

    @Override
    public String toString() {
        return "RingBuffer[" + size + "/" + values.length + "]";
    }
}
