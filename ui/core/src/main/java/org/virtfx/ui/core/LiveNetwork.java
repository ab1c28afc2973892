package org.virtfx.ui.core;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.virtfx.ui.api.Connection;
import org.virtfx.ui.api.FxThread;
import org.virtfx.ui.api.NetworkModel;

/** The live model of one virtual network, updated from snapshots. Properties fire only on change. */
@FxThread
final class LiveNetwork implements NetworkModel {
    private final String uuid;
    private final String name;
    private final Connection connection;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private final ReadOnlyBooleanWrapper persistent = new ReadOnlyBooleanWrapper(this, "persistent");
    private final ReadOnlyBooleanWrapper autostart = new ReadOnlyBooleanWrapper(this, "autostart");
    private final ReadOnlyStringWrapper bridgeName = new ReadOnlyStringWrapper(this, "bridgeName", "");

    LiveNetwork(Connection connection, NetworkSnapshot first) {
        this.uuid = first.uuid();
        this.name = first.name();
        this.connection = connection;
        update(first);
    }

    /** The wrappers' setters ignore an equal value, so listeners hear only real changes. */
    void update(NetworkSnapshot s) {
        active.set(s.active());
        persistent.set(s.persistent());
        autostart.set(s.autostart());
        bridgeName.set(s.bridgeName());
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
    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
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
    public ReadOnlyStringProperty bridgeNameProperty() {
        return bridgeName.getReadOnlyProperty();
    }

    @Override
    public String toString() {
        return "Network " + name + " (" + uuid + ")";
    }
}
