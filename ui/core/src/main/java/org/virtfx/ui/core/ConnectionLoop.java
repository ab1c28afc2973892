package org.virtfx.ui.core;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import org.virtfx.libvirt.Connect;
import org.virtfx.libvirt.EventLoop;
import org.virtfx.libvirt.LibvirtException;
import org.virtfx.ui.api.ConnectionState;
import org.virtfx.ui.api.LibvirtCall;

/**
 * The worker side of one live connection: opens it, listens to its events, polls it, notices
 * when it drops and opens it again with backoff. Every method that touches libvirt runs on the
 * connection's one {@link ConnectionWorker} thread; events arrive on libvirt's event-loop thread
 * and only queue work for the worker.
 *
 * <p>A drop is noticed by libvirt's close callback (the daemon closed the socket, or keepalive
 * gave up) or, for drivers without one, by a failing tick on a connection that is no longer
 * alive. Each session carries a generation number, so a late event from a dead session cannot
 * disturb the next one.
 */
final class ConnectionLoop {
    private static final System.Logger LOG = System.getLogger("org.virtfx.ui.core");
    /** Domains whose details one FX batch carries after the first reading of a session. */
    private static final int DETAILS_CHUNK = 1000;

    /** Where the loop sends its results; each call is handed to the JavaFX thread. */
    interface Model {
        /** @param batch applies one reading to the model; runs on the JavaFX thread */
        void update(Runnable batch);

        /**
         * @param state the new state
         * @param why the reason when not connected, else null
         */
        void state(ConnectionState state, String why);
    }

    private final String uri;
    private final LiveModelOptions options;
    private final CredentialPrompt prompt;
    private final ModelSyncs syncs;
    private final Model model;
    private final ConnectionWorker worker;

    // Worker-confined.
    private ConnectionSession session;
    private ScheduledFuture<?> ticks;
    private PollPace pace;
    /** Worker-confined: the interval the user asked for (Preferences may change it). */
    private long pollMillis;
    private ScheduledFuture<?> retry;
    private final Backoff backoff;
    private boolean wanted;
    private boolean flushQueued;
    private int generation;

    ConnectionLoop(String uri, LiveModelOptions options, CredentialPrompt prompt, ModelSyncs syncs, Model model) {
        this.uri = uri;
        this.options = options;
        this.pollMillis = options.pollMillis();
        this.prompt = prompt;
        this.syncs = syncs;
        this.model = model;
        this.backoff = new Backoff(options.firstRetryMillis(), options.maxRetryMillis());
        this.worker = new ConnectionWorker("libvirt-" + uri);
    }

    /** @return completes on the worker once connected and read, or failed */
    CompletableFuture<Void> open() {
        return worker.submit(() -> {
            boolean reconnecting = wanted;
            wanted = true;
            cancelRetry();
            if (session == null) {
                try {
                    openSession();
                } catch (RuntimeException e) {
                    if (reconnecting) {
                        // Asked to connect while it was reconnecting: it keeps trying.
                        model.state(ConnectionState.RECONNECTING, reason(e));
                        scheduleRetry();
                    } else {
                        wanted = false;
                        model.state(ConnectionState.DISCONNECTED, reason(e));
                    }
                    throw e;
                }
            }
            return null;
        });
    }

    /** @return completes on the worker once closed; no reconnection follows */
    CompletableFuture<Void> disconnect() {
        return worker.submit(() -> {
            wanted = false;
            cancelRetry();
            endSession();
            model.state(ConnectionState.DISCONNECTED, null);
            return null;
        });
    }

    /** Disconnects and ends the worker thread once its queue is done. */
    void close() {
        disconnect();
        worker.close();
    }

    /**
     * Changes the interval between full readings; the next one comes at the new pace.
     *
     * @param millis the interval the user asked for, at least 1
     */
    void setPollMillis(long millis) {
        if (millis < 1) {
            throw new IllegalArgumentException("interval must be at least 1 ms: " + millis);
        }
        worker.execute(() -> {
            pollMillis = millis;
            if (ticks != null) {
                ticks.cancel(false);
                pace = new PollPace(millis);
                ticks = worker.schedule(this::tick, pace.current());
            }
        });
    }

    <T> CompletableFuture<T> submit(LibvirtCall<T> work) {
        return worker.submit(() -> work.apply(requireOpen()));
    }

    /** @return completes once a full reading is applied (queued on the FX side before it) */
    CompletableFuture<Void> refresh() {
        return worker.submit(() -> {
            requireOpen();
            readAndPublish(true);
            return null;
        });
    }

    private Connect requireOpen() {
        if (session == null) {
            throw new IllegalStateException(uri + " is not connected");
        }
        return session.connect();
    }

    /** Worker: opens, listens, reads everything, starts ticking, reports CONNECTED. */
    private void openSession() {
        if (options.events()) {
            // Before the first open: libvirt attaches keepalive and events to the loop it finds.
            EventLoop.start();
        }
        ConnectionSession s = ConnectionSession.open(uri, prompt);
        int gen = ++generation;
        try {
            if (options.events()) {
                s.listen(new Generation(gen));
            }
            syncs.domains().hostCpus(hostCpus(s.connect()));
            syncs.host().newSession();
            syncs.devices().newSession();
            session = s;
            syncs.domains().deferDetails();
            readAndPublish(true);
            publishPendingDetails();
        } catch (RuntimeException e) {
            session = null;
            s.close();
            throw e;
        }
        backoff.reset();
        pace = new PollPace(pollMillis);
        ticks = worker.schedule(this::tick, pace.current());
        model.state(ConnectionState.CONNECTED, null);
    }

    private static int hostCpus(Connect c) {
        try {
            return c.getNodeInfo().cpus();
        } catch (LibvirtException e) {
            return 1;
        }
    }

    /** Worker: one full reading, applied to the model in one batch. */
    private void readAndPublish(boolean full) {
        List<Runnable> batches = new ArrayList<>(5);
        add(batches, syncs.domains(), full);
        add(batches, syncs.networks(), full);
        add(batches, syncs.storage(), full);
        add(batches, syncs.devices(), full);
        add(batches, syncs.host(), full);
        if (!batches.isEmpty()) {
            model.update(batches.size() == 1 ? batches.get(0) : () -> batches.forEach(Runnable::run));
        }
    }

    /**
     * Worker: the details the first reading left out, in chunks, each applied as it is read, so
     * the rows are on screen while the details are read and the FX thread never takes a batch
     * of every domain twice.
     */
    private void publishPendingDetails() {
        DomainSync domains = syncs.domains();
        while (domains.hasPendingDetails()) {
            DomainSync.Batch batch = domains.readPendingDetails(session.connect(), DETAILS_CHUNK);
            if (batch != null) {
                model.update(() -> domains.apply(batch));
            }
        }
    }

    private <B> void add(List<Runnable> batches, ModelSync<B> sync, boolean full) {
        B batch = sync.read(session.connect(), full);
        if (batch != null) {
            batches.add(() -> sync.apply(batch));
        }
    }

    /** Worker, every poll interval ({@link PollPace}): one full reading, then the next is scheduled. */
    private void tick() {
        if (session == null) {
            return;
        }
        long cpuBefore = PollPace.threadCpuNanos();
        try {
            readAndPublish(true);
        } catch (RuntimeException e) {
            if (!alive()) {
                dropped(reason(e));
            } else {
                LOG.log(Level.WARNING, "poll of " + uri + " failed", e);
            }
        }
        if (session != null) {
            long before = pace.current();
            long wait = pace.next(PollPace.threadCpuNanos() - cpuBefore);
            if (wait != before) {
                LOG.log(Level.DEBUG, () -> uri + ": full readings every " + wait + " ms");
            }
            ticks = worker.schedule(this::tick, wait);
        }
    }


    private boolean alive() {
        try {
            return session.connect().isAlive();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Worker: events named objects; read just those, once, after the events queued so far. */
    private void flush() {
        flushQueued = false;
        if (session == null) {
            return;
        }
        try {
            readAndPublish(false);
        } catch (RuntimeException e) {
            if (!alive()) {
                dropped(reason(e));
            } else {
                LOG.log(Level.WARNING, "event update of " + uri + " failed", e);
            }
        }
    }

    private void queueFlush() {
        if (!flushQueued) {
            flushQueued = true;
            worker.execute(this::flush);
        }
    }

    /** Worker: the connection is gone; show why and try again later. */
    private void dropped(String why) {
        if (session == null) {
            return;
        }
        LOG.log(Level.INFO, () -> uri + " dropped: " + why);
        endSession();
        if (wanted) {
            model.state(ConnectionState.RECONNECTING, why);
            scheduleRetry();
        } else {
            model.state(ConnectionState.DISCONNECTED, why);
        }
    }

    private void scheduleRetry() {
        retry = worker.schedule(this::retry, backoff.next());
    }

    private void retry() {
        retry = null;
        if (!wanted || session != null) {
            return;
        }
        try {
            openSession();
            LOG.log(Level.INFO, () -> uri + " reconnected");
        } catch (RuntimeException e) {
            model.state(ConnectionState.RECONNECTING, reason(e));
            scheduleRetry();
        }
    }

    private void cancelRetry() {
        if (retry != null) {
            retry.cancel(false);
            retry = null;
        }
    }

    private void endSession() {
        if (ticks != null) {
            ticks.cancel(false);
            ticks = null;
        }
        if (session != null) {
            session.close();
            session = null;
        }
    }

    static String reason(Throwable e) {
        Throwable cause = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }

    /**
     * One session's events, arriving on the event-loop thread: each is handed to the worker, and
     * dropped there once a newer session exists.
     */
    private final class Generation implements ModelEvents {
        private final int gen;

        Generation(int gen) {
            this.gen = gen;
        }

        private void onWorker(Runnable work) {
            worker.execute(() -> {
                if (gen == generation && session != null) {
                    work.run();
                }
            });
        }

        @Override
        public void domainChanged(String uuid) {
            onWorker(() -> {
                syncs.domains().invalidate(uuid);
                queueFlush();
            });
        }

        @Override
        public void networkChanged(String name) {
            onWorker(() -> {
                syncs.networks().invalidate(name);
                queueFlush();
            });
        }

        @Override
        public void storagePoolChanged(String name) {
            onWorker(() -> {
                syncs.storage().invalidate(name);
                queueFlush();
            });
        }

        @Override
        public void nodeDeviceChanged(String name) {
            onWorker(() -> {
                syncs.devices().invalidate(name);
                queueFlush();
            });
        }

        @Override
        public void closed(String why) {
            onWorker(() -> dropped(why));
        }
    }
}
