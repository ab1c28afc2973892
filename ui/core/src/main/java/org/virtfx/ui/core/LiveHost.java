package org.virtfx.ui.core;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.virtfx.ui.api.FxThread;
import org.virtfx.ui.api.HostGraphs;
import org.virtfx.ui.api.HostModel;
import org.virtfx.ui.core.history.HostHistory;
import org.virtfx.ui.core.history.HostPoint;

/** The live model of a connection's host. Properties fire only on change. */
@FxThread
final class LiveHost implements HostModel {
    private final ReadOnlyStringWrapper hostname = new ReadOnlyStringWrapper(this, "hostname", "");
    private final ReadOnlyStringWrapper hypervisor = new ReadOnlyStringWrapper(this, "hypervisor", "");
    private final ReadOnlyStringWrapper cpuModel = new ReadOnlyStringWrapper(this, "cpuModel", "");
    private final ReadOnlyIntegerWrapper cpus = new ReadOnlyIntegerWrapper(this, "cpus");
    private final ReadOnlyLongWrapper memoryKiB = new ReadOnlyLongWrapper(this, "memoryKiB");
    private final ReadOnlyLongWrapper libvirtVersion = new ReadOnlyLongWrapper(this, "libvirtVersion");
    private final ReadOnlyLongWrapper samples = new ReadOnlyLongWrapper(this, "samples");
    private final HostHistory history;

    LiveHost(int historyLength) {
        history = new HostHistory(historyLength);
    }

    /** @param points how many points the graphs keep from now on, keeping the newest */
    void setHistoryLength(int points) {
        history.resize(points);
    }

    void update(HostSync.HostFacts f) {
        hostname.set(f.hostname());
        hypervisor.set(f.hypervisor());
        cpuModel.set(f.cpuModel());
        cpus.set(f.cpus());
        memoryKiB.set(f.memoryKiB());
        libvirtVersion.set(f.libvirtVersion());
    }

    void record(HostPoint p) {
        history.append(p);
        samples.set(samples.get() + 1);
    }

    @Override
    public ReadOnlyStringProperty hostnameProperty() {
        return hostname.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty hypervisorProperty() {
        return hypervisor.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty cpuModelProperty() {
        return cpuModel.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyIntegerProperty cpusProperty() {
        return cpus.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyLongProperty memoryKiBProperty() {
        return memoryKiB.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyLongProperty libvirtVersionProperty() {
        return libvirtVersion.getReadOnlyProperty();
    }

    @Override
    public HostGraphs graphs() {
        return history;
    }

    @Override
    public ReadOnlyLongProperty samplesProperty() {
        return samples.getReadOnlyProperty();
    }
}
