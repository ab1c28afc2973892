package org.virtfx.bench.model;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
     * @param probedNanos wall-clock time of the task together with the probes around it: the
     *     window in which {@code runQueueNanos} was counted
     */
    record Task(String submitter, long submittedNanos, long submitterCpuNanos, long runNanos, long runCpuNanos,
            boolean gcDuring, long runQueueNanos, long probedNanos) {
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final List<GarbageCollectorMXBean> COLLECTORS = ManagementFactory.getGarbageCollectorMXBeans();

    // Stand-in-thread-confined.
    private RandomAccessFile schedstat;
    private final byte[] schedstatBuffer = new byte[128];

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
            // Nested windows: the probes' window holds the CPU and GC window, which holds the
            // task's wall-clock window, so no probe's cost counts in runNanos and every wait
            // counted in runQueueNanos lies within probedNanos.
            long probedStart = System.nanoTime();
            long waited = runQueueWait();
            long gcs = collections();
            long startCpu = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            try {
                task.run();
            } finally {
                long end = System.nanoTime();
                long cpuUsed = THREADS.getCurrentThreadCpuTime() - startCpu;
                boolean gc = collections() != gcs;
                long waitedAfter = runQueueWait();
                long probed = System.nanoTime() - probedStart;
                done.add(new Task(submitter, submitted, cpu, end - start, cpuUsed, gc,
                        waited < 0 || waitedAfter < 0 ? -1 : waitedAfter - waited, probed));
            }
        });
    }

    /**
     * Reads the stand-in thread's schedstat file, opened once (on that thread, as
     * {@code thread-self} names the opener) and read again from the start each time: a few
     * microseconds, where opening it each time cost far more and could itself block.
     *
     * @return the thread's total time waiting on a run queue, in ns; -1 if unknown
     */
    private long runQueueWait() {
        try {
            if (schedstat == null) {
                schedstat = new RandomAccessFile("/proc/thread-self/schedstat", "r");
            }
            schedstat.seek(0);
            int n = schedstat.read(schedstatBuffer);
            String[] fields = new String(schedstatBuffer, 0, Math.max(n, 0), StandardCharsets.US_ASCII).trim().split(" ");
            return Long.parseLong(fields[1]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static long collections() {
        long n = 0;
        for (GarbageCollectorMXBean gc : COLLECTORS) {
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
        thread.shutdownNow(); // the schedstat file goes with the JVM: only its thread may read it
    }
}
