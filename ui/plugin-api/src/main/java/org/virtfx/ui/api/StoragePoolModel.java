package org.virtfx.ui.api;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.ObservableList;
import org.virtfx.libvirt.StoragePoolState;

/**
 * The live, read-only model of one storage pool and its volumes. A property changes only when
 * its value does.
 *
 * @since 0.1
 */
@FxThread
public interface StoragePoolModel {

    /** @return the pool's name, fixed for its life */
    @AnyThread
    String name();

    /** @return the pool's UUID, its identity */
    @AnyThread
    String uuid();

    /** @return the connection the pool belongs to */
    @AnyThread
    Connection connection();

    /** @return the pool's state */
    ReadOnlyObjectProperty<StoragePoolState> stateProperty();

    /** @return the pool's logical size, in bytes */
    ReadOnlyLongProperty capacityProperty();

    /** @return the space its volumes take, in bytes */
    ReadOnlyLongProperty allocationProperty();

    /** @return the bytes still free, in bytes */
    ReadOnlyLongProperty availableProperty();

    /** @return whether the pool has a saved definition (false: it is gone once stopped) */
    ReadOnlyBooleanProperty persistentProperty();

    /** @return whether the pool starts with the host */
    ReadOnlyBooleanProperty autostartProperty();

    /** @return the pool's volumes, one element per volume key; empty while the pool is inactive */
    ObservableList<StorageVolumeModel> volumes();

    /** @return the pool's state */
    default StoragePoolState getState() {
        return stateProperty().get();
    }
}
