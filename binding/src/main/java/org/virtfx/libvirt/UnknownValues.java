package org.virtfx.libvirt;

import java.lang.System.Logger.Level;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Logs each C value that this build does not know once, so a newer libvirt is noticed, not fatal. */
final class UnknownValues {
    private static final Set<String> SEEN = ConcurrentHashMap.newKeySet();

    private UnknownValues() {
    }

    static void report(Class<?> type, int value) {
        if (SEEN.add(type.getName() + '=' + value)) {
            System.getLogger("org.virtfx.libvirt").log(Level.INFO,
                    "libvirt sent {0} {1}, which this build does not know; shown as UNKNOWN",
                    type.getSimpleName(), value);
        }
    }
}
