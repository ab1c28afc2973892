package org.virtfx.bench.model;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.virtfx.libvirt.Connect;
import org.virtfx.libvirt.Domain;
import org.virtfx.libvirt.DomainState;
import org.virtfx.testsupport.LibvirtDaemon;
import org.virtfx.ui.api.DomainModel;
import org.virtfx.ui.core.LiveConnection;
import org.virtfx.ui.core.LiveModelOptions;

/**
 * Event latency of the live model: a second, plain connection suspends and resumes the domain
 * {@code test} of a private libvirtd's shared test driver ({@code test+unix:///default}), and
 * each change is timed from just before the call until the {@link LiveConnection}'s model shows
 * it (a listener on the domain's state property, on the {@link FxStandIn} thread). The live
 * connection polls once an hour, so only events can deliver a change in time; a change that has
 * not arrived after {@value #TIMEOUT_SECONDS} s is fetched with {@code refresh()} (what a tick
 * does) and counted as "by a tick", not in the latency figures.
 *
 * <p>Run: {@code java -cp target/benchmarks.jar org.virtfx.bench.model.EventLatency [changes]}
 * (as root: the daemon needs it); default 1000 changes after 50 not counted. Prints a Markdown
 * table on standard output.
 */
public final class EventLatency {
    private static final int TIMEOUT_SECONDS = 5;
    private static final int WARM_UP = 50;

    private record Arrival(long nanos, DomainState state) {
    }

    private EventLatency() {
    }

    /**
     * @param args optionally the number of measured changes
     * @throws Exception when the set-up fails
     */
    public static void main(String[] args) throws Exception {
        int changes = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        String loadBefore = Stats.loadAverage();
        Result r;
        try (LibvirtDaemon daemon = LibvirtDaemon.start()) {
            r = run(daemon.testUri(), changes);
        }
        System.out.println("Event latency, " + changes + " suspend/resume changes of `test` through a second connection"
                + " (after " + WARM_UP + " not counted); " + Stats.machine() + "; load average " + loadBefore
                + " before, " + Stats.loadAverage() + " after");
        System.out.println();
        System.out.println("| measure | n | p50 (ms) | p99 (ms) | max (ms) | mean (ms) |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        System.out.println("| change call → model shows it | " + r.latency.count() + " | " + r.latency.cells() + " |");
        System.out.println("| … of which the change call itself | " + r.call.count() + " | " + r.call.cells() + " |");
        System.out.println();
        System.out.println("Changes that arrived only by a tick (refresh after " + TIMEOUT_SECONDS + " s): " + r.byTick);
        System.exit(0); // libvirt's event-loop thread never ends by itself
    }

    private record Result(Stats latency, Stats call, int byTick) {
    }

    private static Result run(String uri, int changes) throws Exception {
        BlockingQueue<Arrival> arrivals = new LinkedBlockingQueue<>();
        LiveModelOptions options = LiveModelOptions.DEFAULTS.withPollMillis(TimeUnit.HOURS.toMillis(1)).withEvents(true);
        // The plain connection first: the shared test driver keeps its state while one is open.
        try (Connect other = Connect.open(uri);
                Domain test = other.lookupDomainByName("test");
                FxStandIn fx = new FxStandIn();
                LiveConnection live = new LiveConnection(uri, "bench", false, fx, options, null)) {
            live.connect().get(60, TimeUnit.SECONDS);
            fx.runAndWait(() -> {
                DomainModel d = live.domains().stream().filter(m -> m.getName().equals("test")).findFirst().orElseThrow();
                d.stateProperty().addListener((obs, was, now) -> arrivals.add(new Arrival(System.nanoTime(), now)));
            });
            if (test.getInfo().state() != DomainState.RUNNING) {
                throw new IllegalStateException("domain test is not running at the start");
            }
            List<Long> latency = new ArrayList<>(changes);
            List<Long> call = new ArrayList<>(changes);
            int byTick = 0;
            for (int i = 0; i < WARM_UP + changes; i++) {
                boolean pause = i % 2 == 0;
                DomainState want = pause ? DomainState.PAUSED : DomainState.RUNNING;
                long t0 = System.nanoTime();
                if (pause) {
                    test.suspend();
                } else {
                    test.resume();
                }
                long t1 = System.nanoTime();
                Arrival a = arrivals.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                if (a == null) {
                    live.refresh().get(60, TimeUnit.SECONDS);
                    a = arrivals.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                    if (a == null) {
                        throw new IllegalStateException("change " + i + " never reached the model");
                    }
                    byTick += i >= WARM_UP ? 1 : 0;
                } else if (i >= WARM_UP) {
                    latency.add(a.nanos() - t0);
                    call.add(t1 - t0);
                }
                if (a.state() != want) {
                    throw new IllegalStateException("change " + i + ": model shows " + a.state() + ", expected " + want);
                }
            }
            if (!arrivals.isEmpty()) {
                throw new IllegalStateException("extra state changes in the model: " + arrivals);
            }
            return new Result(Stats.ofNanos(latency), Stats.ofNanos(call), byTick);
        }
    }
}
