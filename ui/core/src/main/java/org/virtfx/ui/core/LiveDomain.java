package org.virtfx.ui.core;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.virtfx.libvirt.DomainState;
import org.virtfx.ui.api.Connection;
import org.virtfx.ui.api.DomainGraphs;
import org.virtfx.ui.api.DomainModel;
import org.virtfx.ui.api.FxThread;
import org.virtfx.ui.core.history.DomainHistory;
import org.virtfx.ui.core.history.DomainPoint;

/**
 * The live model of one domain, updated from readings and graph points. JavaFX properties fire
 * only on change.
 */
@FxThread
final class LiveDomain implements DomainModel {
    private final String uuid;
    private final Connection connection;
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name");
    private final ReadOnlyObjectWrapper<DomainState> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyIntegerWrapper vcpus = new ReadOnlyIntegerWrapper(this, "vcpus");
    private final ReadOnlyLongWrapper memoryKiB = new ReadOnlyLongWrapper(this, "memoryKiB");
    private final ReadOnlyLongWrapper maxMemoryKiB = new ReadOnlyLongWrapper(this, "maxMemoryKiB");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyBooleanWrapper persistent = new ReadOnlyBooleanWrapper(this, "persistent");
    private final ReadOnlyBooleanWrapper managedSave = new ReadOnlyBooleanWrapper(this, "managedSave");
    private final ReadOnlyLongWrapper samples = new ReadOnlyLongWrapper(this, "samples");
    private final DomainHistory history;

    LiveDomain(Connection connection, DomainReading first, int historyLength) {
        this.uuid = first.uuid();
        this.connection = connection;
        this.history = new DomainHistory(historyLength);
        update(first);
    }

    void update(DomainReading s) {
        name.set(s.name());
        state.set(s.state());
        vcpus.set(s.vcpus());
        memoryKiB.set(s.memoryKiB());
        maxMemoryKiB.set(s.maxMemoryKiB());
        title.set(s.title());
        persistent.set(s.persistent());
        managedSave.set(s.managedSave());
    }

    @Override
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty persistentProperty() {
        return persistent.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty managedSaveProperty() {
        return managedSave.getReadOnlyProperty();
    }

    /** @param points how many points the graphs keep from now on, keeping the newest */
    void resizeHistory(int points) {
        history.resize(points);
    }

    void record(DomainPoint point) {
        history.append(point);
        samples.set(samples.get() + 1);
    }

    @Override
    public DomainGraphs graphs() {
        return history;
    }

    @Override
    public ReadOnlyLongProperty samplesProperty() {
        return samples.getReadOnlyProperty();
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
    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyObjectProperty<DomainState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyIntegerProperty vcpusProperty() {
        return vcpus.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyLongProperty memoryKiBProperty() {
        return memoryKiB.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyLongProperty maxMemoryKiBProperty() {
        return maxMemoryKiB.getReadOnlyProperty();
    }

    @Override
    public String toString() {
        return "Domain " + name.get() + " (" + uuid + ")";
    }
}
