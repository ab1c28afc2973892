package org.virtfx.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waiting for a condition on outside processes, which tell us nothing when they are ready. */
final class Poll {
    private static final long INTERVAL_MILLIS = 20;

    private Poll() {
    }

    /**
     * Checks {@code condition} every 20 ms until it holds or {@code timeout} has passed.
     *
     * @return whether the condition held in time
     */
    static boolean until(BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (condition.getAsBoolean()) {
                return true;
            }
            if (System.nanoTime() - deadline >= 0) {
                return false;
            }
            try {
                Thread.sleep(INTERVAL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return condition.getAsBoolean();
            }
        }
    }

    /** Asks a process to end (SIGTERM), then kills it (SIGKILL) if it is still there after {@code grace}. */
    static void terminate(ProcessHandle process, Duration grace) {
        if (isGone(process)) {
            return;
        }
        process.destroy();
        if (!until(() -> isGone(process), grace)) {
            process.destroyForcibly();
            until(() -> isGone(process), Duration.ofSeconds(5));
        }
    }

    /**
     * @return whether a process has ended, even if its parent has not reaped it yet. QEMU's
     *         parent is init, which on some machines reaps orphans only about once a second,
     *         and {@link ProcessHandle#isAlive()} counts a zombie as alive.
     */
    static boolean isGone(ProcessHandle process) {
        if (!process.isAlive()) {
            return true;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            // "pid (comm) S ...": the state follows the last ')', as comm may contain one.
            int end = stat.lastIndexOf(')');
            return end > 0 && end + 2 < stat.length() && stat.charAt(end + 2) == 'Z';
        } catch (IOException e) {
            return true;
        }
    }
}
