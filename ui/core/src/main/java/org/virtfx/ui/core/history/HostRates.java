package org.virtfx.ui.core.history;

/**
 * Turns the host's successive samples into graph points. One per connection.
 *
 * <p>CPU use is the busy share of the time the host's counters advanced: (kernel + user) /
 * (kernel + user + idle + iowait). As a ratio of deltas it needs no wall-clock time, but it uses
 * the same counter rules as {@link CounterRate}: the first sample, an absent kernel, user or idle
 * counter, or a time that did not advance gives {@code NaN}; a counter that went down (the host
 * rebooted) counts from zero. An absent iowait counter counts as zero, since not every platform
 * reports it.
 *
 * <p>Not thread-safe: confined to the connection's worker thread.
 */
public final class HostRates {
    private final CounterRate kernel = new CounterRate();
    private final CounterRate user = new CounterRate();
    private final CounterRate idle = new CounterRate();
    private final CounterRate iowait = new CounterRate();

    /**
     * Takes the next sample.
     *
     * @param s the sample, newer than the previous one
     * @return the point
     */
    public HostPoint next(HostSample s) {
        double k = kernel.next(s.cpuKernelNs(), s.nanos());
        double u = user.next(s.cpuUserNs(), s.nanos());
        double i = idle.next(s.cpuIdleNs(), s.nanos());
        // An absent iowait, or one that only just appeared (no baseline yet), counts as zero; when
        // the time did not advance, the other counters are NaN already.
        double w = iowait.next(s.cpuIowaitNs(), s.nanos());
        if (Double.isNaN(w)) {
            w = 0;
        }
        double busy = k + u;
        double cpuPercent = Percent.of(busy, busy + i + w);
        long used = memoryUsed(s);
        return new HostPoint(cpuPercent, used, used < 0 ? Double.NaN : Percent.of(used, s.memoryTotalKiB()));
    }

    private static long memoryUsed(HostSample s) {
        if (s.memoryTotalKiB() < 0 || s.memoryFreeKiB() < 0) {
            return -1;
        }
        long used = s.memoryTotalKiB() - s.memoryFreeKiB()
                - Math.max(0, s.memoryBuffersKiB()) - Math.max(0, s.memoryCachedKiB());
        return Math.max(0, used);
    }

    /** Forgets every baseline (the connection was re-established to a possibly different host). */
    public void reset() {
        kernel.reset();
        user.reset();
        idle.reset();
        iowait.reset();
    }
}
