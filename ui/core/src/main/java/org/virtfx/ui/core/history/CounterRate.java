package org.virtfx.ui.core.history;

/**
 * Turns samples of a growing counter (CPU nanoseconds, bytes read) into a rate per second.
 *
 * <ul>
 *   <li>The first sample, or the first after the counter was absent, gives {@code NaN}: there is
 *       no rate yet.</li>
 *   <li>A counter that went down was reset (a guest's QEMU process restarted and counts from 0
 *       again): the new value is taken as counted from zero during the interval, as Prometheus'
 *       {@code rate()} does. It may undercount, never gives a negative rate.</li>
 *   <li>A sample whose time did not advance gives {@code NaN}. The baseline is kept when the time
 *       is equal (the next sample then measures over the whole interval), and replaced when the
 *       time went backwards (the samples did not come from one {@code System.nanoTime} clock).</li>
 *   <li>A negative value means "absent" (the daemon did not report it): {@code NaN}, and the
 *       baseline is forgotten so that a value that comes back starts afresh.</li>
 *   <li>A long gap (sampling paused while the daemon was down) gives the average over the gap.</li>
 * </ul>
 *
 * <p>Not thread-safe: confined to the connection's worker thread.
 */
public final class CounterRate {
    private static final double NANOS_PER_SECOND = 1_000_000_000d;

    private boolean hasBaseline;
    private long lastValue;
    private long lastNanos;

    /**
     * Takes a sample.
     *
     * @param value the counter, or a negative number when it is absent
     * @param nanos when it was read, from {@link System#nanoTime()}
     * @return the increase per second since the previous sample, or {@code NaN} (see above)
     */
    public double next(long value, long nanos) {
        if (value < 0) {
            reset();
            return Double.NaN;
        }
        if (!hasBaseline) {
            remember(value, nanos);
            return Double.NaN;
        }
        // A difference, not a comparison, so that a nanoTime wrap-around is harmless.
        long elapsed = nanos - lastNanos;
        if (elapsed <= 0) {
            if (elapsed < 0) {
                remember(value, nanos);
            }
            return Double.NaN;
        }
        long delta = value >= lastValue ? value - lastValue : value;
        remember(value, nanos);
        return delta * NANOS_PER_SECOND / elapsed;
    }

    /** Forgets the baseline: the next sample gives {@code NaN}. */
    public void reset() {
        hasBaseline = false;
    }

    private void remember(long value, long nanos) {
        hasBaseline = true;
        lastValue = value;
        lastNanos = nanos;
    }
}
