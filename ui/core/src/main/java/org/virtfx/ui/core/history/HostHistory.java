package org.virtfx.ui.core.history;

import org.virtfx.ui.api.HostGraphs;
import org.virtfx.ui.api.Series;

/**
 * The graph history of one host (one connection): CPU and memory.
 *
 * <p>Not thread-safe: confined to the JavaFX thread.
 */
public final class HostHistory extends History implements HostGraphs {
    /** Busy CPU share, percent. */
    public static final String CPU = "cpu";
    /** Memory in use, KiB. */
    public static final String MEMORY = "memory";
    /** Memory in use as a share of the total, percent. */
    public static final String MEMORY_PERCENT = "memoryPercent";

    private final RingBuffer cpu;
    private final RingBuffer memory;
    private final RingBuffer memoryPercent;

    /** @param capacity the number of points kept, at least 1 */
    public HostHistory(int capacity) {
        super(capacity, CPU, MEMORY, MEMORY_PERCENT);
        cpu = ring(CPU);
        memory = ring(MEMORY);
        memoryPercent = ring(MEMORY_PERCENT);
    }

    /**
     * Appends one tick's point to every series; an absent memory becomes {@code NaN}.
     *
     * @param p the point
     */
    public void append(HostPoint p) {
        cpu.append(p.cpuPercent());
        memory.append(p.memoryUsedKiB() < 0 ? Double.NaN : p.memoryUsedKiB());
        memoryPercent.append(p.memoryPercent());
    }

    /** @return busy CPU share, percent */
    public Series cpu() {
        return cpu;
    }

    /** @return memory in use, KiB */
    public Series memory() {
        return memory;
    }

    /** @return memory in use as a share of the total, percent */
    public Series memoryPercent() {
        return memoryPercent;
    }
}
