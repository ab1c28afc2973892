package org.virtfx.testsupport;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waiting in tests for a condition that a real daemon or guest brings about in its own time (a
 * hot-unplug the guest must acknowledge, a block job reaching its ready phase), without sleeping
 * for a guessed time.
 *
 * <p>Thread-safe: stateless.
 */
public final class Await {
    private Await() {
    }

    /**
     * Checks {@code condition} every 20 ms until it holds or {@code timeout} has passed.
     *
     * @param condition what to wait for; called on this thread
     * @param timeout   the longest wait
     * @return whether the condition held in time
     */
    public static boolean until(BooleanSupplier condition, Duration timeout) {
        return Poll.until(condition, timeout);
    }
}
