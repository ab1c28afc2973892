package org.virtfx.ui.core;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.virtfx.ui.api.Connection;
import org.virtfx.ui.api.DomainModel;
import org.virtfx.ui.api.FxThread;
import org.virtfx.ui.api.Selection;

/** The application's selection: plain observable holders. */
@FxThread
public final class SimpleSelection implements Selection {
    private final ObservableList<DomainModel> domains = FXCollections.observableArrayList();
    private final ObjectProperty<Connection> connection = new SimpleObjectProperty<>(this, "connection");

    @Override
    public ObservableList<DomainModel> domains() {
        return domains;
    }

    @Override
    public ObjectProperty<Connection> connectionProperty() {
        return connection;
    }
}
