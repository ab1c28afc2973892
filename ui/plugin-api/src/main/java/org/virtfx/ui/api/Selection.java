package org.virtfx.ui.api;

import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;

/**
 * What the user has selected, shared by all plugins: the way plugins learn of each other's
 * choices without depending on each other.
 *
 * @since 0.1
 */
@FxThread
public interface Selection {

    /** @return the selected domains, in selection order; writable by the view that selects */
    ObservableList<DomainModel> domains();

    /** @return the current connection, or null when none is selected */
    ObjectProperty<Connection> connectionProperty();
}
