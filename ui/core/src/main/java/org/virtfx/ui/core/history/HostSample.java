package org.virtfx.ui.core.history;

/**
 * What the host reported at one time: {@code virNodeGetCPUStats} summed over all CPUs, and
 * {@code virNodeGetMemoryStats}. Every value is {@code -1} when absent.
 *
 * @param nanos when it was read, from {@link System#nanoTime()}
 * @param cpuKernelNs time spent in the kernel
 * @param cpuUserNs time spent in user space
 * @param cpuIdleNs time spent idle
 * @param cpuIowaitNs time spent idle waiting for I/O (not reported on every platform)
 * @param memoryTotalKiB total memory
 * @param memoryFreeKiB free memory
 * @param memoryBuffersKiB memory used for buffers (reclaimable)
 * @param memoryCachedKiB memory used for the page cache (reclaimable)
 */
public record HostSample(long nanos, long cpuKernelNs, long cpuUserNs, long cpuIdleNs, long cpuIowaitNs,
                         long memoryTotalKiB, long memoryFreeKiB, long memoryBuffersKiB,
                         long memoryCachedKiB) {
}
