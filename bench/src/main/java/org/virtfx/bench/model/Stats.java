package org.virtfx.bench.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Percentiles of a sample (nearest rank) and the lines the programs print. */
final class Stats {
    private final long[] sorted;

    private Stats(long[] values) {
        this.sorted = values.clone();
        Arrays.sort(sorted);
    }

    /** @param nanos the sample, in nanoseconds @return its statistics */
    static Stats ofNanos(List<Long> nanos) {
        return new Stats(nanos.stream().mapToLong(Long::longValue).toArray());
    }

    int count() {
        return sorted.length;
    }

    /** @param p the percentile, 0 to 100 @return nearest-rank value in ms */
    double percentileMs(double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    double maxMs() {
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6;
    }

    double meanMs() {
        return Arrays.stream(sorted).average().orElse(Double.NaN) / 1e6;
    }

    /** @return "p50 | p99 | max | mean" cells, ms with 3 decimals */
    String cells() {
        return String.format(Locale.ROOT, "%.3f | %.3f | %.3f | %.3f", percentileMs(50), percentileMs(99), maxMs(),
                meanMs());
    }

    /** @return the 1-minute load average from /proc/loadavg, or "?" */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    /** @return processors, JVM and OS, one line */
    static String machine() {
        return Runtime.getRuntime().availableProcessors() + " CPUs, Java " + System.getProperty("java.vm.version")
                + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB, "
                + System.getProperty("os.name") + " " + System.getProperty("os.version");
    }
}
