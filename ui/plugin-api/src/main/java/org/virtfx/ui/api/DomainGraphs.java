package org.virtfx.ui.api;

/**
 * One domain's graph history, one sample per poll tick: the data behind virt-manager's CPU,
 * memory, disk and network graphs. Rates are {@code NaN} until two samples exist; a shut-off
 * domain's are 0.
 *
 * @since 0.2
 */
@FxThread
public interface DomainGraphs {

    /** @return CPU use in percent of the domain's own vCPUs, 0 to 100 */
    Series cpu();

    /** @return CPU use in percent of the host's CPUs, 0 to 100 */
    Series hostCpu();

    /** @return memory in use, KiB */
    Series memory();

    /** @return memory in use, in percent of the domain's maximum */
    Series memoryPercent();

    /** @return disk reads, bytes per second, all disks */
    Series diskRead();

    /** @return disk writes, bytes per second, all disks */
    Series diskWrite();

    /** @return network bytes received per second, all interfaces */
    Series netRx();

    /** @return network bytes sent per second, all interfaces */
    Series netTx();
}
