package org.virtfx.ui.core;

/**
 * How a live connection keeps its model current.
 *
 * @param pollMillis time between poll ticks (virt-manager polls every 3 s; the default here is 1 s)
 * @param historyLength samples kept for each graph
 * @param events whether to listen to libvirt events; without them polling alone keeps the model
 *     correct, only later
 * @param firstRetryMillis the first reconnection delay after a connection drops
 * @param maxRetryMillis the longest reconnection delay
 */
public record LiveModelOptions(long pollMillis, int historyLength, boolean events, long firstRetryMillis,
        long maxRetryMillis) {

    /** The defaults: 1 s ticks, 120 samples, events on, retries from 0.25 s up to 10 s. */
    public static final LiveModelOptions DEFAULTS = new LiveModelOptions(1000, 120, true, 250, 10_000);

    /** Checks the values. */
    public LiveModelOptions {
        if (pollMillis <= 0 || historyLength <= 0) {
            throw new IllegalArgumentException("poll interval and history length must be positive");
        }
        if (firstRetryMillis <= 0 || maxRetryMillis < firstRetryMillis) {
            throw new IllegalArgumentException("need 0 < firstRetryMillis <= maxRetryMillis");
        }
    }

    /** @param millis the poll interval @return a copy with it */
    public LiveModelOptions withPollMillis(long millis) {
        return new LiveModelOptions(millis, historyLength, events, firstRetryMillis, maxRetryMillis);
    }

    /** @param on whether to listen to events @return a copy with it */
    public LiveModelOptions withEvents(boolean on) {
        return new LiveModelOptions(pollMillis, historyLength, on, firstRetryMillis, maxRetryMillis);
    }

    /** @param length samples per graph @return a copy with it */
    public LiveModelOptions withHistoryLength(int length) {
        return new LiveModelOptions(pollMillis, length, events, firstRetryMillis, maxRetryMillis);
    }
}
