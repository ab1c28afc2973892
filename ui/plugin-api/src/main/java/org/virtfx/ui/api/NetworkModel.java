package org.virtfx.ui.api;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * The live, read-only model of one virtual network. A property changes only when its value does.
 *
 * @since 0.1
 */
@FxThread
public interface NetworkModel {

    /** @return the network's name, fixed for its life */
    @AnyThread
    String name();

    /** @return the network's UUID, its identity */
    @AnyThread
    String uuid();

    /** @return the connection the network belongs to */
    @AnyThread
    Connection connection();

    /** @return whether the network is running */
    ReadOnlyBooleanProperty activeProperty();

    /** @return whether the network has a saved definition (false: it is gone once stopped) */
    ReadOnlyBooleanProperty persistentProperty();

    /** @return whether the network starts with the host */
    ReadOnlyBooleanProperty autostartProperty();

    /** @return the host bridge its guests attach to, or an empty string when it has none */
    ReadOnlyStringProperty bridgeNameProperty();

    /** @return whether the network is running */
    default boolean isActive() {
        return activeProperty().get();
    }
}
