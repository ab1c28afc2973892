package org.virtfx.ui.core.history;

/**
 * One point of a domain's graphs, immutable, made on the worker and appended on the JavaFX thread.
 * {@code NaN} means "no value" (first sample, absent counter); an inactive domain has 0 everywhere.
 *
 * @param guestCpuPercent CPU use as a share of the guest's own vCPUs, [0, 100]
 * @param hostCpuPercent CPU use as a share of all the host's CPUs, [0, 100]
 * @param memoryKiB current memory, or -1 when absent
 * @param memoryPercent current memory as a share of the maximum, [0, 100]
 * @param diskReadBps bytes read per second
 * @param diskWriteBps bytes written per second
 * @param netRxBps bytes received per second
 * @param netTxBps bytes sent per second
 */
public record DomainPoint(double guestCpuPercent, double hostCpuPercent, long memoryKiB,
                          double memoryPercent, double diskReadBps, double diskWriteBps,
                          double netRxBps, double netTxBps) {

    /** The point of a domain that is not running: nothing used, nothing moving. */
    public static final DomainPoint INACTIVE = new DomainPoint(0, 0, 0, 0, 0, 0, 0, 0);
}
