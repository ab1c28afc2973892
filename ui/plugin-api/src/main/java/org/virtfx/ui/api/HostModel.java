package org.virtfx.ui.api;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * The live, read-only model of a connection's host: what virt-manager's host overview shows.
 * The fixed facts are read once per (re)connection; the graphs grow every poll tick.
 *
 * @since 0.2
 */
@FxThread
public interface HostModel {

    /** @return the host's name ({@code virConnectGetHostname}), or empty before the first reading */
    ReadOnlyStringProperty hostnameProperty();

    /** @return the hypervisor driver, e.g. {@code QEMU} or {@code TEST} ({@code virConnectGetType}) */
    ReadOnlyStringProperty hypervisorProperty();

    /** @return the CPU model ({@code virNodeGetInfo}) */
    ReadOnlyStringProperty cpuModelProperty();

    /** @return the number of active CPUs */
    ReadOnlyIntegerProperty cpusProperty();

    /** @return the memory size in KiB */
    ReadOnlyLongProperty memoryKiBProperty();

    /** @return libvirt's version on the host, as {@code major * 1,000,000 + minor * 1000 + release} */
    ReadOnlyLongProperty libvirtVersionProperty();

    /** @return the host's graph history */
    HostGraphs graphs();

    /** @return how many samples have been appended to {@link #graphs()}; changes once per tick */
    ReadOnlyLongProperty samplesProperty();
}
