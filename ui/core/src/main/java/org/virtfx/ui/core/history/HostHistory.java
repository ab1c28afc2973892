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

    private final Series cpu;
    private final Series memory;
    private final Series memoryPercent;

    /** @param capacity the number of points kept, at least 1 */
    public HostHistory(int capacity) {
        super(capacity, CPU, MEMORY, MEMORY_PERCENT);
        cpu = series(CPU);
        memory = series(MEMORY);
        memoryPercent = series(MEMORY_PERCENT);
    }

    /**
     * Appends one tick's point to every series; an absent memory becomes {@code NaN}.
     *
     * @param p the point
     */
    public void append(HostPoint p) {
        int point = appendPoint();
        put(point, 0, p.cpuPercent());
        put(point, 1, p.memoryUsedKiB() < 0 ? Double.NaN : p.memoryUsedKiB());
        put(point, 2, p.memoryPercent());
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
