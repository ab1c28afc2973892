package org.virtfx.ui.api;

/**
 * The host's graph history, one sample per poll tick: virt-manager's host CPU and memory graphs.
 * A series stays {@code NaN} where the driver reports nothing (libvirt's test driver has no
 * memory statistics).
 *
 * @since 0.2
 */
@FxThread
public interface HostGraphs {

    /** @return busy CPU time (kernel and user) in percent of all CPU time */
    Series cpu();

    /** @return memory in use, not counting buffers and page cache, KiB */
    Series memory();

    /** @return memory in use in percent of the host's total */
    Series memoryPercent();
}
