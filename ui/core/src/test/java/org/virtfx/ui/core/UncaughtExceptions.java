package org.virtfx.ui.core;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Collects what must never happen in a live-model test: an exception that escapes a thread, or a
 * warning that VirtFX logs with an exception attached (a failed tick, a failed worker task).
 */
final class UncaughtExceptions {
    private final List<Throwable> seen = new CopyOnWriteArrayList<>();
    private final Logger logger = Logger.getLogger("org.virtfx");
    private Thread.UncaughtExceptionHandler previous;
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord r) {
            if (r.getLevel().intValue() >= Level.WARNING.intValue() && r.getThrown() != null) {
                seen.add(r.getThrown());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    void install() {
        previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> seen.add(e));
        logger.addHandler(handler);
    }

    void uninstall() {
        Thread.setDefaultUncaughtExceptionHandler(previous);
        logger.removeHandler(handler);
    }

    List<Throwable> all() {
        return List.copyOf(seen);
    }
}
