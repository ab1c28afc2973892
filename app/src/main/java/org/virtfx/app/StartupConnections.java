package org.virtfx.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.virtfx.ui.core.saved.SavedConnection;

/**
 * Decides what to open at start: the command line's URI; else the saved connections marked
 * autoconnect; else a local daemon (which is then saved, as virt-manager adds
 * {@code qemu:///system} on its first run); else the demo host.
 */
final class StartupConnections {
    /** Where a local libvirt daemon listens (monolithic libvirtd, then the modular virtqemud). */
    static final List<Path> DAEMON_SOCKETS = List.of(
            Path.of("/run/libvirt/libvirt-sock"),
            Path.of("/var/run/libvirt/libvirt-sock"),
            Path.of("/run/libvirt/virtqemud-sock"));

    static final String LOCAL_SYSTEM = "qemu:///system";

    /**
     * One connection to open.
     *
     * @param uri the URI, or null for the demo host
     * @param name the display name, or empty for the name derived from the URI
     * @param demo whether it is the built-in demo host
     * @param save whether to add it to the saved connections (with autoconnect)
     */
    record Target(String uri, String name, boolean demo, boolean save) {
    }

    private StartupConnections() {
    }

    /**
     * @param cli the command line
     * @param saved the saved connections, in the user's order
     * @param exists tells whether a path exists; {@code Files::exists} outside tests
     * @return the connections to open, at least one
     */
    static List<Target> choose(CommandLine cli, List<SavedConnection> saved, Predicate<Path> exists) {
        if (cli.connect().isPresent()) {
            return List.of(new Target(cli.connect().get(), "", false, false));
        }
        if (cli.demo()) {
            return List.of(demo());
        }
        List<Target> auto = saved.stream().filter(SavedConnection::autoconnect)
                .map(s -> new Target(s.uri(), s.name(), false, false)).toList();
        if (!auto.isEmpty()) {
            return auto;
        }
        boolean known = saved.stream().anyMatch(s -> s.uri().equals(LOCAL_SYSTEM));
        if (DAEMON_SOCKETS.stream().anyMatch(exists)) {
            return List.of(new Target(LOCAL_SYSTEM, "", false, !known));
        }
        return List.of(demo());
    }

    static List<Target> choose(CommandLine cli, List<SavedConnection> saved) {
        return choose(cli, saved, Files::exists);
    }

    private static Target demo() {
        return new Target(null, DemoHost.DISPLAY_NAME, true, false);
    }
}
