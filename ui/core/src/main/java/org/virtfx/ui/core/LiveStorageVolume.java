package org.virtfx.ui.core;

import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.virtfx.libvirt.StorageVolType;
import org.virtfx.ui.api.FxThread;
import org.virtfx.ui.api.StoragePoolModel;
import org.virtfx.ui.api.StorageVolumeModel;

/** The live model of one storage volume, updated from snapshots. Properties fire only on change. */
@FxThread
final class LiveStorageVolume implements StorageVolumeModel {
    private final String key;
    private final String name;
    private final String path;
    private final StoragePoolModel pool;
    private final ReadOnlyObjectWrapper<StorageVolType> type = new ReadOnlyObjectWrapper<>(this, "type");
    private final ReadOnlyLongWrapper capacity = new ReadOnlyLongWrapper(this, "capacity");
    private final ReadOnlyLongWrapper allocation = new ReadOnlyLongWrapper(this, "allocation");

    LiveStorageVolume(StoragePoolModel pool, StorageVolumeSnapshot first) {
        this.key = first.key();
        this.name = first.name();
        this.path = first.path();
        this.pool = pool;
        update(first);
    }

    void update(StorageVolumeSnapshot s) {
        type.set(s.type());
        capacity.set(s.capacity());
        allocation.set(s.allocation());
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public StoragePoolModel pool() {
        return pool;
    }

    @Override
    public ReadOnlyObjectProperty<StorageVolType> typeProperty() {
        return type.getReadOnlyProperty();
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
    public String toString() {
        return "Volume " + name + " (" + key + ")";
    }
}
