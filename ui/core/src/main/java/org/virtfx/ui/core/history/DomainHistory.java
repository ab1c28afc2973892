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

    private final RingBuffer cpu;
    private final RingBuffer hostCpu;
    private final RingBuffer memory;
    private final RingBuffer memoryPercent;
    private final RingBuffer diskRead;
    private final RingBuffer diskWrite;
    private final RingBuffer netRx;
    private final RingBuffer netTx;

    /** @param capacity the number of points kept, at least 1 */
    public DomainHistory(int capacity) {
        super(capacity, CPU, HOST_CPU, MEMORY, MEMORY_PERCENT, DISK_READ, DISK_WRITE, NET_RX, NET_TX);
        cpu = ring(CPU);
        hostCpu = ring(HOST_CPU);
        memory = ring(MEMORY);
        memoryPercent = ring(MEMORY_PERCENT);
        diskRead = ring(DISK_READ);
        diskWrite = ring(DISK_WRITE);
        netRx = ring(NET_RX);
        netTx = ring(NET_TX);
    }

    /**
     * Appends one tick's point to every series; an absent memory becomes {@code NaN}.
     *
     * @param p the point
     */
    public void append(DomainPoint p) {
        cpu.append(p.guestCpuPercent());
        hostCpu.append(p.hostCpuPercent());
        memory.append(p.memoryKiB() < 0 ? Double.NaN : p.memoryKiB());
        memoryPercent.append(p.memoryPercent());
        diskRead.append(p.diskReadBps());
        diskWrite.append(p.diskWriteBps());
        netRx.append(p.netRxBps());
        netTx.append(p.netTxBps());
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
