package org.virtfx.testsupport;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits for a condition in a test, instead of sleeping for a guessed time: checks it every
 * 20 ms and fails with a description when the time is up.
 */
public final class Wait {
    private Wait() {
    }

    /**
     * Checks {@code condition} every 20 ms until it holds or {@code timeout} has passed, for
     * tests that assert on the outcome themselves (with a description of what they saw).
     *
     * @param condition what to wait for; called on this thread
     * @param timeout the longest wait
     * @return whether the condition held in time
     */
    public static boolean holds(BooleanSupplier condition, Duration timeout) {
        return Poll.until(condition, timeout);
    }

    /**
     * @param what what is awaited, for the failure message
     * @param timeout how long to wait at most
     * @param condition the condition; may be checked from any thread
     * @throws AssertionError when the condition did not hold in time
     */
    public static void until(String what, Duration timeout, BooleanSupplier condition) {
        if (!Poll.until(condition, timeout)) {
            throw new AssertionError("timed out after " + timeout.toMillis() + " ms waiting for " + what);
        }
    }
}
