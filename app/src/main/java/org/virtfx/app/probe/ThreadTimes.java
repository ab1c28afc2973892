package org.virtfx.app.probe;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time of this process's threads by name, read from Linux's {@code /proc/self/task}: how busy
 * the JavaFX thread and the renderer were while scrolling. JavaFX has no public API for rendered
 * frames or render time; the renderer thread's CPU time is the public stand-in. Names are the
 * kernel's, i.e. the Java thread name cut to 15 characters.
 */
final class ThreadTimes {
    /** The JavaFX application thread ("JavaFX Application Thread", cut by the kernel). */
    static final String FX = "JavaFX Applicat";
    /** Prism's render thread ("QuantumRenderer-0", cut by the kernel). */
    static final String RENDERER = "QuantumRenderer";
    /** Linux's unit of the times in {@code stat} (USER_HZ), 100 on every mainstream architecture. */
    private static final double MILLIS_PER_TICK = 10;

    private ThreadTimes() {
    }

    /**
     * @param name a thread name as the kernel has it (at most 15 characters)
     * @return the user and system CPU time of the threads of that name so far, in milliseconds, or
     *     -1 when there is no such thread or {@code /proc} cannot be read
     */
    static double cpuMillis(String name) {
        long ticks = 0;
        boolean found = false;
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path task : tasks) {
                try {
                    if (!Files.readString(task.resolve("comm")).strip().equals(name)) {
                        continue;
                    }
                    String stat = Files.readString(task.resolve("stat"));
                    // After the name in parentheses: utime and stime are the 12th and 13th fields.
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    found = true;
                } catch (IOException | RuntimeException gone) {
                    // The thread ended while we read: it counts for nothing.
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return found ? ticks * MILLIS_PER_TICK : -1;
    }
}
