package org.virtfx.ui.core.history;

import java.util.Arrays;
import org.virtfx.ui.api.Series;

/**
 * A fixed-capacity ring of frames: each append adds one value to every one of a fixed number of
 * columns, and appending to a full ring drops the oldest frame. One history is one of these.
 *
 * <p>Why not one ring per series: a tick appends one frame to each of 10,000 domains' histories.
 * Here a frame's values sit side by side in one array, so a domain's append touches one cache
 * line of one array, not eight arrays; and the heap holds 10,000 arrays instead of 80,000.
 * Values are stored as {@code float}: graphs show three significant digits, and it halves the
 * memory. The array grows by doubling up to the capacity, so a history that never fills (a
 * short session, a short-lived domain) never pays for the whole of it.
 *
 * <p>Not thread-safe: confined to the JavaFX thread, which both appends and reads.
 */
final class FrameRing {
    private static final int FIRST_FRAMES = 8;

    private final int width;
    private int capacity;
    /** Frame {@code f}'s values are {@code values[f * width .. f * width + width - 1]}. */
    private float[] values;
    /** Frame index of the oldest frame; stays 0 until the ring is full. */
    private int head;
    private int size;

    /**
     * @param width the number of columns, at least 1
     * @param capacity the most frames kept, at least 1
     */
    FrameRing(int width, int capacity) {
        if (width < 1) {
            throw new IllegalArgumentException("width must be at least 1: " + width);
        }
        this.width = width;
        this.capacity = checkCapacity(capacity);
        this.values = new float[Math.min(capacity, FIRST_FRAMES) * width];
    }

    private static int checkCapacity(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        }
        return capacity;
    }

    /**
     * Appends a frame, dropping the oldest when the ring is full.
     *
     * @return where the new frame starts, for {@link #put}; its values are whatever the dropped
     *     frame held until they are put
     */
    int append() {
        int frame;
        if (size < capacity) {
            if (size == frames()) {
                // head is 0 while the ring is not full: the frames are in order.
                values = Arrays.copyOf(values, Math.min(capacity, size * 2) * width);
            }
            frame = physical(size);
            size++;
        } else {
            frame = head;
            head = physical(1);
        }
        return frame * width;
    }

    /**
     * @param frameStart what {@link #append()} returned
     * @param column the column, from 0
     * @param value its value in that frame
     */
    void put(int frameStart, int column, double value) {
        values[frameStart + column] = (float) value;
    }

    /** @return the number of frames held */
    int size() {
        return size;
    }

    /** @return the most frames kept */
    int capacity() {
        return capacity;
    }

    /**
     * Changes the capacity, keeping the newest frames that fit.
     *
     * @param newCapacity at least 1
     */
    void resize(int newCapacity) {
        checkCapacity(newCapacity);
        if (newCapacity == capacity) {
            return;
        }
        int kept = Math.min(size, newCapacity);
        float[] resized = new float[Math.max(kept, Math.min(newCapacity, FIRST_FRAMES)) * width];
        for (int i = 0; i < kept; i++) {
            System.arraycopy(values, physical(size - kept + i) * width, resized, i * width, width);
        }
        values = resized;
        capacity = newCapacity;
        head = 0;
        size = kept;
    }

    /** Drops every frame; the capacity stays. */
    void clear() {
        head = 0;
        size = 0;
    }

    /**
     * @param column the column, from 0
     * @return a read-only view of that column, oldest first, following later appends
     */
    Series column(int column) {
        if (column < 0 || column >= width) {
            throw new IndexOutOfBoundsException("column " + column + " of " + width);
        }
        return new Column(column);
    }

    private int frames() {
        return values.length / width;
    }

    private int physical(int index) {
        int i = head + index;
        int frames = frames();
        return i >= frames ? i - frames : i;
    }

    /** One column of the ring, as the plugin API's {@link Series}. */
    private final class Column implements Series {
        private final int column;

        Column(int column) {
            this.column = column;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public int capacity() {
            return capacity;
        }

        @Override
        public double get(int index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException("index " + index + " of size " + size);
            }
            return values[physical(index) * width + column];
        }

        @Override
        public int copyInto(double[] target) {
            int n = Math.min(size, target.length);
            for (int i = 0; i < n; i++) {
                target[i] = values[physical(i) * width + column];
            }
            return n;
        }

        @Override
        public String toString() {
            return "Series[column " + column + ", " + size + "/" + capacity + "]";
        }
    }
}
