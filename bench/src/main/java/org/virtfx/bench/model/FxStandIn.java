package org.virtfx.bench.model;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
     */
    record Task(String submitter, long submittedNanos, long submitterCpuNanos, long runNanos, long runCpuNanos,
            boolean gcDuring) {
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

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
            try {
                task.run();
            } finally {
                long end = System.nanoTime();
                long cpuUsed = THREADS.getCurrentThreadCpuTime() - startCpu;
                done.add(new Task(submitter, submitted, cpu, end - start, cpuUsed, collections() != gcs));
            }
        });
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
