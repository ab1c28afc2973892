package org.virtfx.ui.core.history;

import org.virtfx.ui.api.DomainGraphs;
import org.virtfx.ui.api.Series;

/**
 * The graph history of one domain: one series per {@link DomainPoint} value.
 *
 * <p>Not thread-safe: confined to the JavaFX thread.
 */
public final class DomainHistory extends History implements DomainGraphs {
    /** CPU use as a share of the guest's vCPUs, percent. */
    public static final String CPU = "cpu";
    /** CPU use as a share of the host's CPUs, percent. */
    public static final String HOST_CPU = "hostCpu";
    /** Current memory, KiB. */
    public static final String MEMORY = "memory";
    /** Current memory as a share of the maximum, percent. */
    public static final String MEMORY_PERCENT = "memoryPercent";
    /** Disk reads, bytes per second. */
    public static final String DISK_READ = "diskRead";
    /** Disk writes, bytes per second. */
    public static final String DISK_WRITE = "diskWrite";
    /** Network receive, bytes per second. */
    public static final String NET_RX = "netRx";
    /** Network send, bytes per second. */
    public static final String NET_TX = "netTx";

    private final Series cpu;
    private final Series hostCpu;
    private final Series memory;
    private final Series memoryPercent;
    private final Series diskRead;
    private final Series diskWrite;
    private final Series netRx;
    private final Series netTx;

    /** @param capacity the number of points kept, at least 1 */
    public DomainHistory(int capacity) {
        super(capacity, CPU, HOST_CPU, MEMORY, MEMORY_PERCENT, DISK_READ, DISK_WRITE, NET_RX, NET_TX);
        cpu = series(CPU);
        hostCpu = series(HOST_CPU);
        memory = series(MEMORY);
        memoryPercent = series(MEMORY_PERCENT);
        diskRead = series(DISK_READ);
        diskWrite = series(DISK_WRITE);
        netRx = series(NET_RX);
        netTx = series(NET_TX);
    }

    /**
     * Appends one tick's point to every series; an absent memory becomes {@code NaN}.
     *
     * @param p the point
     */
    public void append(DomainPoint p) {
        // Columns in the order the constructor names the series.
        int point = appendPoint();
        put(point, 0, p.guestCpuPercent());
        put(point, 1, p.hostCpuPercent());
        put(point, 2, p.memoryKiB() < 0 ? Double.NaN : p.memoryKiB());
        put(point, 3, p.memoryPercent());
        put(point, 4, p.diskReadBps());
        put(point, 5, p.diskWriteBps());
        put(point, 6, p.netRxBps());
        put(point, 7, p.netTxBps());
    }

    /** @return CPU use as a share of the guest's vCPUs */
    public Series cpu() {
        return cpu;
    }

    /** @return CPU use as a share of the host's CPUs */
    public Series hostCpu() {
        return hostCpu;
    }

    /** @return current memory, KiB */
    public Series memory() {
        return memory;
    }

    /** @return current memory as a share of the maximum */
    public Series memoryPercent() {
        return memoryPercent;
    }

    /** @return disk reads, bytes per second */
    public Series diskRead() {
        return diskRead;
    }

    /** @return disk writes, bytes per second */
    public Series diskWrite() {
        return diskWrite;
    }

    /** @return network receive, bytes per second */
    public Series netRx() {
        return netRx;
    }

    /** @return network send, bytes per second */
    public Series netTx() {
        return netTx;
    }
}
