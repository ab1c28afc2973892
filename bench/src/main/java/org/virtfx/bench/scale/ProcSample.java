package org.virtfx.bench.scale;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What {@code /proc/<pid>} says about a process: resident memory ({@code VmRSS} of
 * {@code status}) and CPU time used ({@code utime + stime} of {@code stat}, in clock ticks).
 */
final class ProcSample {
    /** Linux's USER_HZ, the unit of utime and stime; 100 on every mainstream architecture. */
    static final int CLOCK_TICKS_PER_SECOND = 100;

    private ProcSample() {
    }

    /** @return the process's resident set size in KiB */
    static long rssKib(long pid) {
        for (String line : lines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.substring(6).trim().split("\\s+")[0]);
            }
        }
        throw new IllegalStateException("no VmRSS for process " + pid);
    }

    /** @return the process's user plus system CPU time so far, in clock ticks */
    static long cpuTicks(long pid) {
        String stat = String.join("\n", lines(Path.of("/proc", Long.toString(pid), "stat")));
        // Fields after the command name, which is in parentheses and may hold spaces:
        // state is field 3, so utime (14) and stime (15) are at 11 and 12 here.
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    private static java.util.List<String> lines(Path p) {
        try {
            return Files.readAllLines(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
