package org.virtfx.bench.model;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.virtfx.bench.TestDriverXml;
import org.virtfx.ui.core.LiveConnection;
import org.virtfx.ui.core.LiveModelOptions;

/**
 * The cost of one poll tick of a {@link LiveConnection} with many domains, on libvirt's in-process
 * test driver (a generated file, by default 60% running, 10% paused, 30% shut off):
 * <ul>
 *   <li>FX time: each tick hands the model one task (domains, networks, storage and host
 *       batches together); {@link FxStandIn} times it, wall clock and the thread's CPU time, and
 *       notes whether a GC ended meanwhile (the wall time is also shown without those ticks) and
 *       how long the thread waited for a core meanwhile (Linux schedstat).</li>
 *   <li>Worker CPU time per tick: the worker thread's CPU time between two consecutive tick
 *       batches (all of a tick's reading and diffing; the in-process driver runs on it too).</li>
 *   <li>Worker wall time per full reading: from a {@code refresh()} call until its batch is
 *       handed to the FX side, started just after a tick so that no tick runs in between.</li>
 *   <li>Heap used after {@code System.gc()}, before connecting and with the model loaded, once
 *       every graph's history is full.</li>
 * </ul>
 *
 * <p>Run: {@code java -cp target/benchmarks.jar org.virtfx.bench.model.TickCost [count]}
 * (default 1000), one count per JVM: a closed connection's model stays reachable (one event
 * registration is never freed, see docs/PERFORMANCE.md), so a second count in the same JVM would
 * start from a heap that still holds the first. System properties: {@code ticks} (measured, default 120, the history
 * length, so the history is full at the heap reading), {@code warmup} (10), {@code pollMillis}
 * (500), {@code refreshes} (20), {@code running} and {@code paused} (percent, 60 and 10).
 */
public final class TickCost {
    private static final int TICKS = Integer.getInteger("ticks", 120);
    private static final int WARM_UP = Integer.getInteger("warmup", 10);
    private static final long POLL_MILLIS = Long.getLong("pollMillis", 500);
    private static final int REFRESHES = Integer.getInteger("refreshes", 20);
    private static final int RUNNING = Integer.getInteger("running", 60);
    private static final int PAUSED = Integer.getInteger("paused", 10);

    private TickCost() {
    }

    private record Row(int domains, Stats fx, Stats fxNoGc, Stats fxRunQueue, Stats fxOnCore, Stats fxCpu, Stats workerCpu, Stats workerWall, long heapBefore, long heapLoaded) {
    }

    /**
     * @param args optionally the number of domains
     * @throws Exception when the connection fails
     */
    public static void main(String[] args) throws Exception {
        String loadBefore = Stats.loadAverage();
        List<Row> rows = List.of(measure(args.length > 0 ? Integer.parseInt(args[0]) : 1000));
        System.out.println("Tick cost, test driver with " + RUNNING + "% running, " + PAUSED + "% paused, rest shut off;"
                + " poll " + POLL_MILLIS + " ms, events on, " + TICKS + " ticks after " + WARM_UP + " warm-up, "
                + REFRESHES + " refreshes; " + Stats.machine() + "; load average " + loadBefore + " before, "
                + Stats.loadAverage() + " after");
        System.out.println();
        System.out.println("| domains | measure | n | p50 (ms) | p99 (ms) | max (ms) | mean (ms) |");
        System.out.println("|---:|---|---:|---:|---:|---:|---:|");
        for (Row r : rows) {
            System.out.println("| " + r.domains + " | FX thread per tick (wall) | " + r.fx.count() + " | " + r.fx.cells() + " |");
            System.out.println("| " + r.domains + " | … ticks with no GC during the FX task (wall) | " + r.fxNoGc.count()
                    + " | " + r.fxNoGc.cells() + " |");
            System.out.println("| " + r.domains + " | … FX thread waiting for a core meanwhile (schedstat) | "
                    + r.fxRunQueue.count() + " | " + r.fxRunQueue.cells() + " |");
            System.out.println("| " + r.domains + " | … wall time minus that wait (probes included, about 0.1 ms) | " + r.fxOnCore.count() + " | "
                    + r.fxOnCore.cells() + " |");
            System.out.println("| " + r.domains + " | FX thread CPU per tick | " + r.fxCpu.count() + " | "
                    + r.fxCpu.cells() + " |");
            System.out.println("| " + r.domains + " | worker CPU per tick | " + r.workerCpu.count() + " | "
                    + r.workerCpu.cells() + " |");
            System.out.println("| " + r.domains + " | worker wall per full reading (refresh) | " + r.workerWall.count()
                    + " | " + r.workerWall.cells() + " |");
        }
        System.out.println();
        System.out.println("| domains | heap used after GC, before connecting (MiB) | with the model loaded (MiB) | model (KiB per domain) |");
        System.out.println("|---:|---:|---:|---:|");
        for (Row r : rows) {
            System.out.println(String.format(Locale.ROOT, "| %d | %.1f | %.1f | %.2f |", r.domains, r.heapBefore / 1048576.0,
                    r.heapLoaded / 1048576.0, (r.heapLoaded - r.heapBefore) / 1024.0 / r.domains));
        }
        System.exit(0); // libvirt's event-loop thread never ends by itself
    }

    private static Row measure(int n) throws Exception {
        Path xml = TestDriverXml.write(Path.of("target", "testdriver-model-" + n + ".xml"), n, RUNNING, PAUSED);
        String uri = "test://" + xml;
        LiveModelOptions options = LiveModelOptions.DEFAULTS.withPollMillis(POLL_MILLIS).withEvents(true);
        long heapBefore = heapAfterGc();
        try (FxStandIn fx = new FxStandIn();
                LiveConnection live = new LiveConnection(uri, "bench-" + n, false, fx, options, null)) {
            live.connect().get(10, TimeUnit.MINUTES);
            int[] size = new int[1];
            fx.runAndWait(() -> size[0] = live.domains().size());
            if (size[0] != n) {
                throw new IllegalStateException("model has " + size[0] + " domains, expected " + n);
            }
            fx.done().clear();
            System.err.println("== " + n + " domains loaded; " + (WARM_UP + TICKS) + " ticks of " + POLL_MILLIS + " ms");
            List<Long> fxNanos = new ArrayList<>();
            List<Long> fxCpuNanos = new ArrayList<>();
            List<Long> fxNoGcNanos = new ArrayList<>();
            List<Long> fxRunQueueNanos = new ArrayList<>();
            List<Long> fxOnCoreNanos = new ArrayList<>();
            List<Long> cpuNanos = new ArrayList<>();
            long lastCpu = -1;
            for (int i = 0; i < WARM_UP + TICKS; i++) {
                FxStandIn.Task t = nextFromWorker(fx);
                if (i >= WARM_UP) {
                    fxNanos.add(t.runNanos());
                    fxCpuNanos.add(t.runCpuNanos());
                    if (t.runQueueNanos() >= 0) {
                        fxRunQueueNanos.add(t.runQueueNanos());
                        fxOnCoreNanos.add(t.probedNanos() - t.runQueueNanos());
                    }
                    if (!t.gcDuring()) {
                        fxNoGcNanos.add(t.runNanos());
                    }
                    cpuNanos.add(t.submitterCpuNanos() - lastCpu);
                }
                lastCpu = t.submitterCpuNanos();
            }
            long heapLoaded = heapAfterGc();
            List<Long> wallNanos = new ArrayList<>();
            for (int i = 0; i < REFRESHES; i++) {
                nextFromWorker(fx); // a tick just ended: the next is a poll interval away
                long t0 = System.nanoTime();
                var done = live.refresh();
                FxStandIn.Task batch = nextFromWorker(fx);
                wallNanos.add(batch.submittedNanos() - t0);
                done.get(1, TimeUnit.MINUTES);
                nextFromWorker(fx); // the refresh future's completion, handed over by the worker too
            }
            return new Row(n, Stats.ofNanos(fxNanos), Stats.ofNanos(fxNoGcNanos), Stats.ofNanos(fxRunQueueNanos), Stats.ofNanos(fxOnCoreNanos), Stats.ofNanos(fxCpuNanos), Stats.ofNanos(cpuNanos), Stats.ofNanos(wallNanos), heapBefore,
                    heapLoaded);
        }
    }

    /** @return the next task the connection's worker handed to the FX side (a tick's batch) */
    private static FxStandIn.Task nextFromWorker(FxStandIn fx) throws InterruptedException {
        while (true) {
            FxStandIn.Task t = fx.done().poll(1, TimeUnit.MINUTES);
            if (t == null) {
                throw new IllegalStateException("no tick for a minute");
            }
            if (t.submitter().startsWith("libvirt-")) {
                return t;
            }
        }
    }

    private static long heapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
