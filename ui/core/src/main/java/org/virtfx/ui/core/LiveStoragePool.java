package org.virtfx.ui.core;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import org.virtfx.libvirt.StoragePoolState;
import org.virtfx.ui.api.Connection;
import org.virtfx.ui.api.FxThread;
import org.virtfx.ui.api.StoragePoolModel;
import org.virtfx.ui.api.StorageVolumeModel;

/**
 * The live model of one storage pool and its volumes, updated from snapshots. Properties fire
 * only on change; the volume list changes by volume key.
 */
@FxThread
final class LiveStoragePool implements StoragePoolModel {
    private final String uuid;
    private final String name;
    private final Connection connection;
    private final ReadOnlyObjectWrapper<StoragePoolState> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyLongWrapper capacity = new ReadOnlyLongWrapper(this, "capacity");
    private final ReadOnlyLongWrapper allocation = new ReadOnlyLongWrapper(this, "allocation");
    private final ReadOnlyLongWrapper available = new ReadOnlyLongWrapper(this, "available");
    private final ReadOnlyBooleanWrapper persistent = new ReadOnlyBooleanWrapper(this, "persistent");
    private final ReadOnlyBooleanWrapper autostart = new ReadOnlyBooleanWrapper(this, "autostart");
    private final LiveList<String, StorageVolumeSnapshot, LiveStorageVolume> volumes =
            new LiveList<>(StorageVolumeSnapshot::key, LiveStorageVolume::update);

    LiveStoragePool(Connection connection, StoragePoolSnapshot first) {
        this.uuid = first.uuid();
        this.name = first.name();
        this.connection = connection;
        update(first);
    }

    /** Updates the pool's own properties; its volumes change through {@link #applyVolumes}. */
    void update(StoragePoolSnapshot s) {
        state.set(s.state());
        capacity.set(s.capacity());
        allocation.set(s.allocation());
        available.set(s.available());
        persistent.set(s.persistent());
        autostart.set(s.autostart());
    }

    /**
     * Applies one reading's difference of this pool's volumes.
     *
     * @param diff the difference, by volume key
     */
    void applyVolumes(Diff<String, StorageVolumeSnapshot> diff) {
        volumes.apply(diff, s -> new LiveStorageVolume(this, s));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String uuid() {
        return uuid;
    }

    @Override
    public Connection connection() {
        return connection;
    }

    @Override
    public ReadOnlyObjectProperty<StoragePoolState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyLongProperty capacityProperty() {
        return capacity.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyLongProperty allocationProperty() {
        return allocation.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyLongProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty persistentProperty() {
        return persistent.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty autostartProperty() {
        return autostart.getReadOnlyProperty();
    }

    @Override
    public ObservableList<StorageVolumeModel> volumes() {
        return LiveList.widen(volumes.view());
    }

    @Override
    public String toString() {
        return "Storage pool " + name + " (" + uuid + ")";
    }
}
