package org.virtfx.testsupport;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last resort for daemons a test never stopped (a missing {@code close()}, an exception in
 * set-up): one JVM shutdown hook stops them all. A JVM that dies without running hooks is
 * covered by the namespace anchor instead (see {@link MountNamespace}).
 */
final class ShutdownHook {
    private static final Set<LibvirtDaemon> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ShutdownHook::stopAll, "virtfx-libvirtd-cleanup"));
    }

    private ShutdownHook() {
    }

    static void remember(LibvirtDaemon daemon) {
        RUNNING.add(daemon);
    }

    static void forget(LibvirtDaemon daemon) {
        RUNNING.remove(daemon);
    }

    private static void stopAll() {
        for (LibvirtDaemon daemon : List.copyOf(RUNNING)) {
            try {
                daemon.stop();
            } catch (RuntimeException e) {
                // Stop the others anyway; nobody is left to report this to.
            }
        }
        CapabilitiesSeed.delete();
    }
}
