package org.virtfx.ui.api;

import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import org.virtfx.libvirt.StorageVolType;

/**
 * The live, read-only model of one storage volume. A property changes only when its value does.
 *
 * @since 0.1
 */
@FxThread
public interface StorageVolumeModel {

    /** @return the volume's name within its pool */
    @AnyThread
    String name();

    /** @return the volume's key, its identity on the host (often its path) */
    @AnyThread
    String key();

    /** @return the volume's path on the host, as guests' disks name it */
    @AnyThread
    String path();

    /** @return the pool the volume belongs to */
    @AnyThread
    StoragePoolModel pool();

    /** @return the volume's type */
    ReadOnlyObjectProperty<StorageVolType> typeProperty();

    /** @return the volume's logical size, in bytes */
    ReadOnlyLongProperty capacityProperty();

    /** @return the bytes allocated on the host, in bytes */
    ReadOnlyLongProperty allocationProperty();
}
