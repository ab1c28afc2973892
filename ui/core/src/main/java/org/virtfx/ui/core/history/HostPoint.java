package org.virtfx.ui.core.history;

/**
 * One point of the host's graphs. {@code NaN} (or -1) means "no value".
 *
 * @param cpuPercent busy time (kernel + user) as a share of all time since the previous sample
 * @param memoryUsedKiB memory in use, not counting buffers and cache, or -1 when absent
 * @param memoryPercent memory in use as a share of the total
 */
public record HostPoint(double cpuPercent, long memoryUsedKiB, double memoryPercent) {
}
