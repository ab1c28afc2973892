package org.virtfx.ui.core;

/**
 * How long to wait before the next reconnection attempt: doubling from a first delay up to a
 * ceiling, back to the first delay once a connection succeeds. A restarted local daemon is back
 * within a second, so the first retries come quickly; a host that stays away costs one attempt
 * per ceiling.
 *
 * <p>Not thread-safe: the connection's worker owns it.
 */
final class Backoff {
    private final long firstMillis;
    private final long maxMillis;
    private long nextMillis;

    /**
     * @param firstMillis the first delay, positive
     * @param maxMillis the longest delay, at least the first
     */
    Backoff(long firstMillis, long maxMillis) {
        if (firstMillis <= 0 || maxMillis < firstMillis) {
            throw new IllegalArgumentException("need 0 < first <= max: " + firstMillis + ", " + maxMillis);
        }
        this.firstMillis = firstMillis;
        this.maxMillis = maxMillis;
        this.nextMillis = firstMillis;
    }

    /** @return the delay before the next attempt; each call doubles the one after, up to the ceiling */
    long next() {
        long now = nextMillis;
        nextMillis = Math.min(maxMillis, nextMillis * 2);
        return now;
    }

    /** Starts again from the first delay, after a success. */
    void reset() {
        nextMillis = firstMillis;
    }
}
