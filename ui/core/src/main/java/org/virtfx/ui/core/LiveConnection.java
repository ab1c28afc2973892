package org.virtfx.ui.core;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ObservableList;
import org.virtfx.ui.api.Connection;
import org.virtfx.ui.api.ConnectionState;
import org.virtfx.ui.api.DomainModel;
import org.virtfx.ui.api.HostModel;
import org.virtfx.ui.api.NetworkModel;
import org.virtfx.ui.api.NodeDeviceModel;
import org.virtfx.ui.api.StoragePoolModel;
import org.virtfx.ui.api.LibvirtCall;

/**
 * A connection and its live model. Its worker thread ({@link ConnectionLoop}) owns the libvirt
 * handle, the event registrations and the last readings; the JavaFX thread owns the model. Every
 * change crosses from the worker to the JavaFX thread as one batch.
 *
 * <p>States: CONNECTING until the first open succeeds (or DISCONNECTED with libvirt's reason when
 * it fails); CONNECTED; RECONNECTING with the reason after the connection drops, until it comes
 * back by itself; DISCONNECTED after {@link #disconnect()}.
 */
public final class LiveConnection implements Connection, AutoCloseable {
    private final String uri;
    private final String displayName;
    private final boolean demo;
    private final Executor fx;
    private final ConnectionLoop loop;

    // FX-confined.
    private final ReadOnlyObjectWrapper<ConnectionState> state =
            new ReadOnlyObjectWrapper<>(this, "state", ConnectionState.CONNECTING);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final BooleanProperty autoconnect = new SimpleBooleanProperty(this, "autoconnect");
    private CompletableFuture<Void> pending;
    private final DomainListModel domains;
    private final NetworkSync networks;
    private final StorageSync storage;
    private final NodeDeviceSync devices;
    private final LiveHost host;

    /**
     * Creates the connection, not yet open; {@link #connect()} opens it.
     *
     * @param uri the libvirt URI
     * @param displayName the name users see
     * @param demo whether this is the built-in demo host
     * @param fx runs model updates: {@code Platform::runLater}, or a direct executor in tests
     * @param options poll interval, history length, events, reconnection delays
     * @param prompt answers credential questions, or null to open without asking
     */
    public LiveConnection(String uri, String displayName, boolean demo, Executor fx, LiveModelOptions options,
            CredentialPrompt prompt) {
        this.uri = uri;
        this.displayName = displayName;
        this.demo = demo;
        this.fx = fx;
        this.domains = new DomainListModel(this, options.historyLength());
        this.networks = new NetworkSync(this);
        this.storage = new StorageSync(this);
        this.devices = new NodeDeviceSync(this);
        this.host = new LiveHost(options.historyLength());
        ModelSyncs syncs = new ModelSyncs(new DomainSync(domains), networks, storage, devices, new HostSync(host));
        this.loop = new ConnectionLoop(uri, options, prompt, syncs, new Fx());
    }

    /**
     * Creates the connection with the default options and no credential prompt.
     *
     * @param uri the libvirt URI
     * @param displayName the name users see
     * @param demo whether this is the built-in demo host
     * @param fx runs model updates
     * @param pollMillis the time between poll ticks
     */
    public LiveConnection(String uri, String displayName, boolean demo, Executor fx, long pollMillis) {
        this(uri, displayName, demo, fx, LiveModelOptions.DEFAULTS.withPollMillis(pollMillis), null);
    }

    /**
     * Opens the connection on the worker, reads its model, listens to events and starts polling.
     * When it drops later it reconnects by itself.
     *
     * @return completes on the JavaFX thread once connected and the model is filled; fails (and
     *     the state is DISCONNECTED with the reason) when the first open fails
     */
    @Override
    public CompletableFuture<Void> connect() {
        if (state.get() == ConnectionState.CONNECTED) {
            return CompletableFuture.completedFuture(null);
        }
        if (state.get() == ConnectionState.CONNECTING && pending != null) {
            return pending; // one attempt at a time: a second would ask for credentials again
        }
        state.set(ConnectionState.CONNECTING);
        error.set("");
        CompletableFuture<Void> attempt = onFx(loop.open());
        pending = attempt;
        attempt.whenComplete((v, e) -> {
            if (pending == attempt) {
                pending = null;
            }
        });
        return attempt;
    }

    /** Marks a connection that is listed but not opened (a saved one, not autoconnected). */
    void idle() {
        state.set(ConnectionState.DISCONNECTED);
    }

    @Override
    public CompletableFuture<Void> disconnect() {
        return onFx(loop.disconnect());
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
    public BooleanProperty autoconnectProperty() {
        return autoconnect;
    }

    @Override
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    @Override
    public ObservableList<DomainModel> domains() {
        return domains.domains();
    }

    @Override
    public ObservableList<NetworkModel> networks() {
        return networks.networks();
    }

    @Override
    public ObservableList<StoragePoolModel> storagePools() {
        return storage.pools();
    }

    @Override
    public ObservableList<NodeDeviceModel> nodeDevices() {
        return devices.devices();
    }

    @Override
    public HostModel host() {
        return host;
    }

    @Override
    public <T> CompletableFuture<T> call(LibvirtCall<T> call) {
        return onFx(loop.submit(call));
    }

    @Override
    public CompletableFuture<Void> refresh() {
        return onFx(loop.refresh());
    }

    /** Stops everything and ends the worker thread; the model keeps its last data. */
    @Override
    public void close() {
        loop.close();
        // At once, not after the worker's queue: a slow host must not keep a closed connection live.
        fx.execute(() -> state.set(ConnectionState.DISCONNECTED));
    }

    /** Completes a worker's future on the JavaFX thread, after the updates queued before it. */
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

    /** @param millis the new interval between full readings (Preferences changed it) */
    void setPollMillis(long millis) {
        loop.setPollMillis(millis);
    }

    /** @param points how many points each graph keeps from now on, keeping the newest */
    void setHistoryLength(int points) {
        domains.setHistoryLength(points);
        host.setHistoryLength(points);
    }

    /** How the loop reaches the JavaFX side: every call hops onto the FX executor. */
    private final class Fx implements ConnectionLoop.Model {
        @Override
        public void update(Runnable batch) {
            fx.execute(batch);
        }

        @Override
        public void state(ConnectionState next, String why) {
            fx.execute(() -> {
                // The reason first: whoever reacts to the state reads it.
                error.set(why == null ? "" : why);
                state.set(next);
            });
        }
    }
}
