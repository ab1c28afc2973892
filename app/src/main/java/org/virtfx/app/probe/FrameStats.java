package org.virtfx.app.probe;

import java.util.Arrays;
import java.util.Locale;

/**
 * A growing list of durations in milliseconds (frame intervals, pulse times) and their
 * percentiles. Percentiles use the nearest-rank definition: the p-th percentile of n values is the
 * ⌈p·n/100⌉-th smallest, so it is always one of the values measured, never an interpolation.
 */
public final class FrameStats {
    private double[] values = new double[1024];
    private int count;
    private double[] sorted;

    /** An empty list. */
    public FrameStats() {
    }

    /** @param millis one more duration */
    public void add(double millis) {
        if (count == values.length) {
            values = Arrays.copyOf(values, 2 * count);
        }
        values[count++] = millis;
        sorted = null;
    }

    /** @return how many durations were added */
    public int count() {
        return count;
    }

    /**
     * @param p the percentile, above 0 and at most 100
     * @return the nearest-rank p-th percentile, or NaN when there are no values
     */
    public double percentile(double p) {
        if (!(p > 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile out of (0, 100]: " + p);
        }
        if (count == 0) {
            return Double.NaN;
        }
        double[] s = sorted();
        int rank = (int) Math.ceil(p / 100 * count);
        return s[Math.max(1, rank) - 1];
    }

    /** @return the largest duration, or NaN when there are none */
    public double max() {
        return count == 0 ? Double.NaN : sorted()[count - 1];
    }

    /**
     * @param millis a limit
     * @return how many durations are strictly above it
     */
    public int countOver(double millis) {
        int n = 0;
        for (int i = 0; i < count; i++) {
            if (values[i] > millis) {
                n++;
            }
        }
        return n;
    }

    /**
     * @param millis a limit
     * @return the share of durations strictly above it, in percent (0 when there are none)
     */
    public double percentOver(double millis) {
        return count == 0 ? 0 : 100.0 * countOver(millis) / count;
    }

    /** @param other durations to add to these */
    public void addAll(FrameStats other) {
        for (int i = 0; i < other.count; i++) {
            add(other.values[i]);
        }
    }

    /**
     * @return {@code p50 X ms, p95 Y ms, p99 Z ms, max M ms}, one decimal, or {@code no values}
     */
    public String summary() {
        if (count == 0) {
            return "no values";
        }
        return String.format(Locale.ROOT, "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms",
                percentile(50), percentile(95), percentile(99), max());
    }

    private double[] sorted() {
        if (sorted == null) {
            sorted = Arrays.copyOf(values, count);
            Arrays.sort(sorted);
        }
        return sorted;
    }
}
