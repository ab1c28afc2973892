package org.virtfx.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.virtfx.ui.core.saved.SavedConnection;

/**
 * Decides which connections the window lists at start and which it opens.
 *
 * <ul>
 *   <li>{@code --demo}: the demo host alone.
 *   <li>{@code --connect URI}: the saved connections, listed but not opened, and the URI, opened.
 *   <li>Otherwise the saved connections, those marked autoconnect opened; when none is marked,
 *       {@code qemu:///system} is opened if a local daemon runs (and added with autoconnect, as
 *       virt-manager does on its first run), or else the demo host.
 * </ul>
 */
final class StartupConnections {
    /** Where a local libvirt daemon listens (monolithic libvirtd, then the modular virtqemud). */
    static final List<Path> DAEMON_SOCKETS = List.of(
            Path.of("/run/libvirt/libvirt-sock"),
            Path.of("/var/run/libvirt/libvirt-sock"),
            Path.of("/run/libvirt/virtqemud-sock"));

    static final String LOCAL_SYSTEM = "qemu:///system";

    /**
     * One connection to list.
     *
     * @param uri the URI, or null for the demo host
     * @param name the display name, or empty for the name derived from the URI
     * @param demo whether it is the built-in demo host
     * @param open whether to open it now
     * @param autoconnect whether it opens at every start
     */
    record Target(String uri, String name, boolean demo, boolean open, boolean autoconnect) {
    }

    private StartupConnections() {
    }

    /**
     * @param cli the command line
     * @param saved the saved connections, in the user's order
     * @param exists tells whether a path exists; {@code Files::exists} outside tests
     * @return the connections to list, in order; at least one is opened
     */
    static List<Target> choose(CommandLine cli, List<SavedConnection> saved, Predicate<Path> exists) {
        if (cli.demo()) {
            return List.of(demo());
        }
        boolean fromCli = cli.connect().isPresent();
        List<Target> targets = new ArrayList<>();
        for (SavedConnection s : saved) {
            boolean open = !fromCli && s.autoconnect();
            targets.add(new Target(s.uri(), s.name(), false, open, s.autoconnect()));
        }
        if (fromCli) {
            String uri = cli.connect().get();
            targets.removeIf(t -> t.uri().equals(uri));
            boolean auto = saved.stream().anyMatch(s -> s.uri().equals(uri) && s.autoconnect());
            String name = saved.stream().filter(s -> s.uri().equals(uri)).map(SavedConnection::name).findFirst().orElse("");
            targets.add(new Target(uri, name, false, true, auto));
            return targets;
        }
        if (targets.stream().anyMatch(Target::open)) {
            return targets;
        }
        if (DAEMON_SOCKETS.stream().anyMatch(exists)) {
            targets.removeIf(t -> t.uri().equals(LOCAL_SYSTEM));
            targets.add(0, new Target(LOCAL_SYSTEM, "", false, true, true));
            return targets;
        }
        targets.add(0, demo());
        return targets;
    }

    static List<Target> choose(CommandLine cli, List<SavedConnection> saved) {
        return choose(cli, saved, Files::exists);
    }

    private static Target demo() {
        return new Target(null, DemoHost.DISPLAY_NAME, true, true, false);
    }
}
