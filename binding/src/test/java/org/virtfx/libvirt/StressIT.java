package org.virtfx.libvirt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;

/**
 * Eight threads of mixed calls on one connection for a minute (set {@code virtfx.stress.seconds}
 * to change it), with a ninth forcing garbage collections: chained calls on temporaries (the case
 * where the official binding's finalizer frees a domain under a running call), closes racing
 * calls on a shared handle, failing calls, lists and lookups. Every outcome must be a result or
 * an expected exception: no libvirt error about an invalid object, no other exception, no crash.
 */
class StressIT {
    private static final int THREADS = 8;
    private static final String[] NAMES = {"fx-running", "fx-paused", "fx-shutoff", "fx-crashed", "fx-pmsuspended"};

    private final LongAdder calls = new LongAdder();
    private final LongAdder expectedErrors = new LongAdder();
    private final LongAdder temporaries = new LongAdder();
    private final Map<String, Throwable> unexpected = new ConcurrentHashMap<>();
    private final AtomicReference<Domain> shared = new AtomicReference<>();

    @Test
    void mixedCallsFromEightThreadsStayCorrect() throws Exception {
        long seconds = Long.getLong("virtfx.stress.seconds", 60);
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        ScheduledExecutorService gcTimer = Executors.newSingleThreadScheduledExecutor();
        try (Connect conn = TestDriver.open()) {
            shared.set(conn.lookupDomainByName("fx-running"));
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                futures.add(pool.submit(() -> work(conn, deadline)));
            }
            // A ninth thread forces a collection every 5 ms for as long as the workers run.
            ScheduledFuture<?> gc = gcTimer.scheduleWithFixedDelay(System::gc, 0, 5, TimeUnit.MILLISECONDS);
            for (Future<?> f : futures) {
                f.get();
            }
            gc.cancel(false);
            Domain last = shared.getAndSet(null);
            if (last != null) {
                last.close();
            }
        } finally {
            pool.shutdownNow();
            gcTimer.shutdownNow();
        }

        List<String> leaks = awaitLeakReports(temporaries.sum());
        System.out.printf("stress: %d calls in %d s on %d threads, %d expected errors, %d temporaries%n",
                calls.sum(), seconds, THREADS, expectedErrors.sum(), temporaries.sum());
        assertThat(unexpected).isEmpty();
        assertThat(calls.sum()).isGreaterThan(THREADS * seconds);
        assertThat(leaks).hasSize((int) temporaries.sum())
                .allSatisfy(leak -> assertThat(leak).startsWith("Domain '"));
    }

    private void work(Connect conn, long deadline) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (System.nanoTime() < deadline) {
            String name = NAMES[random.nextInt(NAMES.length)];
            int op = random.nextInt(9);
            try {
                switch (op) {
                    case 0 -> assertThat(conn.numOfDomains()).isPositive();
                    case 1 -> {
                        try (HandleList<Domain> all = conn.listAllDomains()) {
                            for (Domain d : all) {
                                assertThat(d.getName()).startsWith("fx-");
                            }
                        }
                    }
                    case 2 -> {
                        // A temporary that is never closed: the Cleaner may run at any moment.
                        temporaries.increment();
                        assertThat(conn.lookupDomainByName(name).getInfo().state()).isNotNull();
                    }
                    case 3 -> {
                        try (Domain d = conn.lookupDomainByName(name)) {
                            assertThat(d.getUuidString()).hasSize(36);
                            d.getState();
                        }
                    }
                    case 4 -> conn.lookupDomainByName("no-such-domain").close();
                    case 5 -> {
                        try (Domain d = conn.lookupDomainByName("fx-running")) {
                            if (random.nextBoolean()) {
                                d.suspend();
                            } else {
                                d.resume();
                            }
                        }
                    }
                    case 6 -> shared.get().getInfo();
                    case 7 -> {
                        Domain fresh = conn.lookupDomainByName(name);
                        Domain old = shared.getAndSet(fresh);
                        old.close(); // while other threads may be calling it
                    }
                    default -> {
                        try (Domain d = conn.lookupDomainByName(name); Domain r = d.ref()) {
                            assertThat(r.getName()).isEqualTo(name);
                        }
                    }
                }
                calls.increment();
            } catch (LibvirtException e) {
                // An unknown name; suspending twice or resuming a running domain, which the test
                // driver reports as INTERNAL_ERROR ("not paused", "not running").
                boolean expected = e.is(ErrorNumber.NO_DOMAIN) || op == 5 && (e.is(ErrorNumber.OPERATION_INVALID)
                        || e.is(ErrorNumber.INTERNAL_ERROR) && e.getMessage().matches(".*not (paused|running)"));
                if (expected) {
                    expectedErrors.increment();
                } else {
                    unexpected.putIfAbsent(e.code() + " " + e.getMessage(), e);
                }
            } catch (IllegalStateException e) {
                if (op == 6) {
                    expectedErrors.increment(); // the shared handle was closed under us: that is the contract
                } else {
                    unexpected.putIfAbsent(String.valueOf(e), e);
                }
            } catch (RuntimeException | AssertionError e) {
                unexpected.putIfAbsent(String.valueOf(e), e);
            }
        }
    }

    /** Waits until the Cleaner has reported every temporary, then takes the reports. */
    private static List<String> awaitLeakReports(long expected) throws InterruptedException {
        AtomicLong seen = new AtomicLong();
        List<String> reports = new ArrayList<>();
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (seen.get() < expected && System.nanoTime() < until) {
            LeakGuard.collectGarbage();
            List<String> more = LeakGuard.drain();
            reports.addAll(more);
            seen.addAndGet(more.size());
        }
        return reports;
    }
}
