package org.virtfx.ui.domains;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.virtfx.ui.api.Connection;
import org.virtfx.ui.api.DomainModel;

/**
 * The connections of some domains, in the order first seen, kept up to date: all a view made
 * without the plugin's context knows of the connections (one with no domain is missing).
 */
final class DomainConnections implements AutoCloseable {
    private final ObservableList<DomainModel> domains;
    private final ObservableList<Connection> list = FXCollections.observableArrayList();
    private final ListChangeListener<DomainModel> onChange = c -> update();

    DomainConnections(ObservableList<DomainModel> domains) {
        this.domains = domains;
        domains.addListener(onChange);
        update();
    }

    /** @return the connections */
    ObservableList<Connection> list() {
        return list;
    }

    /** Stops following the domains. */
    @Override
    public void close() {
        domains.removeListener(onChange);
    }

    private void update() {
        Set<Connection> seen = new LinkedHashSet<>();
        domains.forEach(d -> seen.add(d.connection()));
        if (!list.equals(List.copyOf(seen))) {
            list.setAll(seen);
        }
    }
}
