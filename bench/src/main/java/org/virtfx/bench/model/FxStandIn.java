package org.virtfx.bench.model;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Stands in for the JavaFX thread: one thread runs the tasks a {@code LiveConnection} hands to
 * its "FX executor", in order, and each task is timed. Every task becomes one {@link Task} record
 * on {@link #done()} once it has run, with the time it was handed over, the submitting thread's
 * CPU time at that moment, and the wall-clock and CPU time it took to run (on a loaded machine the
 * two differ by the time the thread waited for a core or for a GC pause).
 */
final class FxStandIn implements Executor, AutoCloseable {

    /**
     * One task that ran on the stand-in thread.
     *
     * @param submitter the name of the thread that handed it over
     * @param submittedNanos {@link System#nanoTime()} when it was handed over
     * @param submitterCpuNanos the submitting thread's CPU time when it handed it over
     * @param runNanos how long it ran on the stand-in thread, wall clock
     * @param runCpuNanos the stand-in thread's CPU time while it ran
     * @param gcDuring whether a garbage collection ended while it ran (its pause then counts
     *     in {@code runNanos})
     * @param runQueueNanos how long the stand-in thread waited for a core while it ran (Linux's
     *     {@code /proc/thread-self/schedstat}), or a negative number where that cannot be read
     */
    record Task(String submitter, long submittedNanos, long submitterCpuNanos, long runNanos, long runCpuNanos,
            boolean gcDuring, long runQueueNanos) {
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Path SCHEDSTAT = Path.of("/proc/thread-self/schedstat");

    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fx-stand-in");
        t.setDaemon(true);
        return t;
    });
    private final BlockingQueue<Task> done = new LinkedBlockingQueue<>();

    @Override
    public void execute(Runnable task) {
        long submitted = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        String submitter = Thread.currentThread().getName();
        thread.execute(() -> {
            long start = System.nanoTime();
            long startCpu = THREADS.getCurrentThreadCpuTime();
            long gcs = collections();
            long waited = runQueueWait();
            try {
                task.run();
            } finally {
                long end = System.nanoTime();
                long cpuUsed = THREADS.getCurrentThreadCpuTime() - startCpu;
                long waitedAfter = runQueueWait();
                done.add(new Task(submitter, submitted, cpu, end - start, cpuUsed, collections() != gcs,
                        waited < 0 || waitedAfter < 0 ? -1 : waitedAfter - waited));
            }
        });
    }

    /** @return the calling thread's total time waiting on a run queue, in ns; -1 if unknown */
    private static long runQueueWait() {
        try {
            return Long.parseLong(Files.readString(SCHEDSTAT).trim().split(" ")[1]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static long collections() {
        long n = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += gc.getCollectionCount();
        }
        return n;
    }

    /** @return the tasks that have run, oldest first; the caller takes them off */
    BlockingQueue<Task> done() {
        return done;
    }

    /** Runs a task on the stand-in thread and waits for it: how the benchmark reads the model. */
    void runAndWait(Runnable task) throws Exception {
        thread.submit(task).get(60, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
