package org.virtfx.ui.api;

import java.util.concurrent.CompletableFuture;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ObservableList;

/**
 * One connection to a libvirt host and its live model.
 *
 * <p>The model is FX-confined and updated by the host: after each poll tick and after each
 * {@link #refresh()}. libvirt work goes through {@link #call}, which runs on the connection's
 * own worker thread, never on the JavaFX thread.
 *
 * @since 0.1
 */
@FxThread
public interface Connection {

    /** @return the URI the connection was opened with */
    @AnyThread
    String uri();

    /** @return a short name for users, e.g. {@code QEMU/KVM} or {@code Demo host} */
    @AnyThread
    String displayName();

    /** @return true for the built-in demo host, which the UI labels as such */
    @AnyThread
    boolean isDemo();

    /** @return the connection's state */
    ReadOnlyObjectProperty<ConnectionState> stateProperty();

    /** @return whether VirtFX opens this connection when it starts; saved when changed */
    BooleanProperty autoconnectProperty();

    /**
     * Opens the connection (again), after a failure or a {@link #disconnect()}; does nothing
     * when it is connected.
     *
     * @return completes on the JavaFX thread once connected, or fails with libvirt's error
     */
    CompletableFuture<Void> connect();

    /**
     * Closes the libvirt connection and stops reconnecting; the model keeps its last data.
     *
     * @return completes on the JavaFX thread once disconnected
     */
    CompletableFuture<Void> disconnect();

    /** @return why the connection is disconnected, or an empty string */
    ReadOnlyStringProperty errorProperty();

    /** @return the connection's domains, one element per UUID */
    ObservableList<DomainModel> domains();

    /** @return the connection's virtual networks, one element per UUID */
    ObservableList<NetworkModel> networks();

    /** @return the connection's storage pools with their volumes, one element per UUID */
    ObservableList<StoragePoolModel> storagePools();

    /** @return the host's devices that libvirt knows, one element per name */
    ObservableList<NodeDeviceModel> nodeDevices();

    /** @return the connection's host: its facts and graphs */
    HostModel host();

    /**
     * Runs libvirt work on the connection's worker thread.
     *
     * @param <T> the result
     * @param call the work
     * @return the result, completed on the JavaFX thread; failed when the work throws or the
     *     connection is not open
     */
    <T> CompletableFuture<T> call(LibvirtCall<T> call);

    /**
     * Reads the host's domains now instead of at the next tick, and applies them to the model.
     *
     * @return completes on the JavaFX thread once the model is updated
     */
    CompletableFuture<Void> refresh();
}
