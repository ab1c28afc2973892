package org.virtfx.ui.api;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import org.virtfx.libvirt.DomainState;

/**
 * The live, read-only model of one domain. A property changes only when its value does.
 *
 * @since 0.1
 */
@FxThread
public interface DomainModel {

    /** @return the domain's UUID, its identity */
    @AnyThread
    String uuid();

    /** @return the connection the domain belongs to */
    @AnyThread
    Connection connection();

    /** @return the domain's name */
    ReadOnlyStringProperty nameProperty();

    /** @return the domain's state */
    ReadOnlyObjectProperty<DomainState> stateProperty();

    /** @return the short description users give the domain ({@code <title>}), or empty */
    ReadOnlyStringProperty titleProperty();

    /** @return whether the domain has a persistent definition; a transient one goes when it stops */
    ReadOnlyBooleanProperty persistentProperty();

    /** @return whether a managed save image exists: starting the domain restores it */
    ReadOnlyBooleanProperty managedSaveProperty();

    /** @return the number of virtual CPUs */
    ReadOnlyIntegerProperty vcpusProperty();

    /** @return the memory the domain has now, in KiB */
    ReadOnlyLongProperty memoryKiBProperty();

    /** @return the most memory the domain may have, in KiB */
    ReadOnlyLongProperty maxMemoryKiBProperty();

    /** @return the domain's graph history, appended to once per poll tick */
    DomainGraphs graphs();

    /**
     * @return how many samples have been appended to {@link #graphs()}: it changes once per
     *     tick, so a view listens to it to redraw its graphs
     */
    ReadOnlyLongProperty samplesProperty();

    /** @return the domain's name */
    default String getName() {
        return nameProperty().get();
    }

    /** @return the domain's state */
    default DomainState getState() {
        return stateProperty().get();
    }
}
