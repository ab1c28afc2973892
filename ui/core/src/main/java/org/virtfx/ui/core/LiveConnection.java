package org.virtfx.ui.core;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledFuture;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.virtfx.libvirt.Connect;
import org.virtfx.ui.api.Connection;
import org.virtfx.ui.api.ConnectionState;
import org.virtfx.ui.api.DomainModel;
import org.virtfx.ui.api.LibvirtCall;

/**
 * A connection and its live model. Its worker thread owns the libvirt handle and the last poll;
 * the JavaFX thread owns the model. Each poll is diffed by UUID on the worker, and only a
 * non-empty difference crosses to the JavaFX thread, in one batch.
 */
public final class LiveConnection implements Connection, AutoCloseable {
    private static final System.Logger LOG = System.getLogger("org.virtfx.ui.core");

    private final String uri;
    private final String displayName;
    private final boolean demo;
    private final Executor fx;
    private final ConnectionWorker worker;
    private final long pollMillis;

    // FX-confined.
    private final ReadOnlyObjectWrapper<ConnectionState> state =
            new ReadOnlyObjectWrapper<>(this, "state", ConnectionState.CONNECTING);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ObservableList<DomainModel> domains = FXCollections.observableArrayList();
    private final ObservableList<DomainModel> readOnlyDomains = FXCollections.unmodifiableObservableList(domains);
    private final Map<String, LiveDomain> byUuid = new HashMap<>();

    // Worker-confined.
    private Connect connect;
    private Map<String, DomainSnapshot> lastPoll = Map.of();
    private ScheduledFuture<?> ticks;

    /**
     * Creates the connection, not yet open; {@link #connect()} opens it.
     *
     * @param uri the libvirt URI
     * @param displayName the name users see
     * @param demo whether this is the built-in demo host
     * @param fx runs model updates: {@code Platform::runLater}, or a direct executor in tests
     * @param pollMillis the time between polls
     */
    public LiveConnection(String uri, String displayName, boolean demo, Executor fx, long pollMillis) {
        this.uri = uri;
        this.displayName = displayName;
        this.demo = demo;
        this.fx = fx;
        this.pollMillis = pollMillis;
        this.worker = new ConnectionWorker("libvirt-" + uri);
    }

    /**
     * Opens the connection on the worker, reads its domains, and starts polling.
     *
     * @return completes on the JavaFX thread once connected and the model is filled, or failed
     */
    public CompletableFuture<Void> connect() {
        return onFx(worker.submit(() -> {
            connect = Connect.open(uri);
            Diff<String, DomainSnapshot> first = pollOnWorker();
            ticks = worker.every(this::tick, pollMillis);
            return first;
        })).handle((first, failure) -> {
            if (failure != null) {
                markDisconnected(failure);
                throw new java.util.concurrent.CompletionException(failure);
            }
            apply(first);
            state.set(ConnectionState.CONNECTED);
            error.set("");
            return null;
        });
    }

    @Override
    public String uri() {
        return uri;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public boolean isDemo() {
        return demo;
    }

    @Override
    public ReadOnlyObjectProperty<ConnectionState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    @Override
    public ObservableList<DomainModel> domains() {
        return readOnlyDomains;
    }

    @Override
    public <T> CompletableFuture<T> call(LibvirtCall<T> call) {
        return onFx(worker.submit(() -> call.apply(requireOpen())));
    }

    @Override
    public CompletableFuture<Void> refresh() {
        return onFx(worker.submit(() -> {
            requireOpen();
            return pollOnWorker();
        })).thenAccept(this::apply);
    }

    /** Stops polling and closes the libvirt connection; the model keeps its last data. */
    @Override
    public void close() {
        worker.submit(() -> {
            closeOnWorker();
            return null;
        });
        worker.close();
        fx.execute(() -> state.set(ConnectionState.DISCONNECTED));
    }

    private Connect requireOpen() {
        if (connect == null) {
            throw new IllegalStateException(displayName + " is not connected");
        }
        return connect;
    }

    /** Runs on the worker. */
    private Diff<String, DomainSnapshot> pollOnWorker() {
        List<DomainSnapshot> now = DomainPoller.poll(connect);
        Diff<String, DomainSnapshot> diff = Diff.between(lastPoll, now, DomainSnapshot::uuid);
        Map<String, DomainSnapshot> next = new HashMap<>(now.size() * 2);
        for (DomainSnapshot s : now) {
            next.put(s.uuid(), s);
        }
        lastPoll = next;
        return diff;
    }

    /** Runs on the worker, every {@code pollMillis}. */
    private void tick() {
        if (connect == null) {
            return;
        }
        try {
            Diff<String, DomainSnapshot> diff = pollOnWorker();
            if (!diff.isEmpty()) {
                fx.execute(() -> apply(diff));
            }
        } catch (RuntimeException e) {
            if (!stillAlive()) {
                LOG.log(Level.WARNING, "lost connection " + uri, e);
                closeOnWorker();
                fx.execute(() -> markDisconnected(e));
            } else {
                LOG.log(Level.WARNING, "poll of " + uri + " failed", e);
            }
        }
    }

    private boolean stillAlive() {
        try {
            return connect.isAlive();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private void closeOnWorker() {
        if (ticks != null) {
            ticks.cancel(false);
            ticks = null;
        }
        if (connect != null) {
            connect.close();
            connect = null;
        }
    }

    /** Runs on the JavaFX thread: one batch per poll. */
    private void apply(Diff<String, DomainSnapshot> diff) {
        if (!diff.removed().isEmpty()) {
            List<LiveDomain> gone = new ArrayList<>(diff.removed().size());
            for (String uuid : diff.removed()) {
                gone.add(byUuid.remove(uuid));
            }
            domains.removeAll(new HashSet<>(gone)); // identity set: linear, not quadratic
        }
        for (DomainSnapshot s : diff.changed()) {
            LiveDomain d = byUuid.get(s.uuid());
            if (d != null) {
                d.update(s);
            }
        }
        if (!diff.added().isEmpty()) {
            List<LiveDomain> added = new ArrayList<>(diff.added().size());
            for (DomainSnapshot s : diff.added()) {
                LiveDomain d = new LiveDomain(this, s);
                byUuid.put(s.uuid(), d);
                added.add(d);
            }
            domains.addAll(added);
        }
    }

    private void markDisconnected(Throwable failure) {
        Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        // The reason first: whoever reacts to the state reads it.
        error.set(cause.getMessage() == null ? cause.toString() : cause.getMessage());
        state.set(ConnectionState.DISCONNECTED);
    }

    /** Completes a worker's future on the JavaFX thread, with the original failure unwrapped. */
    private <T> CompletableFuture<T> onFx(CompletableFuture<T> onWorker) {
        CompletableFuture<T> result = new CompletableFuture<>();
        onWorker.whenComplete((value, failure) -> fx.execute(() -> {
            if (failure != null) {
                result.completeExceptionally(failure);
            } else {
                result.complete(value);
            }
        }));
        return result;
    }

    @Override
    public String toString() {
        return "Connection " + uri;
    }
}
