package org.virtfx.ui.core;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * How long a connection waits between two full readings: the configured interval
 * ({@code model.pollMillis}), stretched when a reading is so costly that polling at that interval
 * would take more than {@link #BUDGET} of one core.
 *
 * <p>Why: libvirt's own work for one {@code virConnectGetAllDomainStats} over 10,000 domains is
 * about 40 ms of CPU (measured on its test driver), so a one-second poll of such a host costs 4%
 * of a core before VirtFX has done anything with the result, and a host twice the size would
 * cost twice that, forever, while the user looks at 30 rows. Events still bring every state
 * change at once; only the graphs and statistics of very large hosts move at a slower pace. Hosts
 * of up to a few thousand domains keep the configured interval.
 *
 * <p>The cost is smoothed over readings so that one slow reading (a garbage collection, a busy
 * machine) does not swing the pace. Worker thread only.
 */
final class PollPace {
    /** The share of one core a connection's polling may take. */
    static final double BUDGET = 0.02;
    /** The longest wait, however costly a reading is. */
    static final long MAX_MILLIS = 10_000;
    /** Weight of the newest reading in the smoothed cost. */
    private static final double NEWEST = 0.3;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final long configuredMillis;
    private double smoothedCostMillis = Double.NaN;

    /** @param configuredMillis the interval the user asked for, at least 1 */
    PollPace(long configuredMillis) {
        if (configuredMillis < 1) {
            throw new IllegalArgumentException("interval must be at least 1 ms: " + configuredMillis);
        }
        this.configuredMillis = configuredMillis;
    }

    /**
     * @param costNanos the CPU time the last full reading took on the worker
     * @return how long to wait before the next one, in milliseconds
     */
    long next(long costNanos) {
        double cost = Math.max(0, costNanos) / 1e6;
        smoothedCostMillis = Double.isNaN(smoothedCostMillis) ? cost
                : NEWEST * cost + (1 - NEWEST) * smoothedCostMillis;
        return current();
    }

    /** @return this thread's CPU time, what a reading costs; the wall clock where the JVM cannot tell */
    static long threadCpuNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** @return the wait now in force, in milliseconds */
    long current() {
        if (Double.isNaN(smoothedCostMillis)) {
            return configuredMillis;
        }
        long needed = Math.round(smoothedCostMillis / BUDGET);
        return Math.max(configuredMillis, Math.min(needed, MAX_MILLIS));
    }
}
