package org.virtfx.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

/** Decides what to open at start: the command line's URI, or a local daemon, or the demo host. */
final class StartupConnections {
    /** Where a local libvirt daemon listens (monolithic libvirtd, then the modular virtqemud). */
    static final List<Path> DAEMON_SOCKETS = List.of(
            Path.of("/run/libvirt/libvirt-sock"),
            Path.of("/var/run/libvirt/libvirt-sock"),
            Path.of("/run/libvirt/virtqemud-sock"));

    /** What to open. */
    record Target(String uri, boolean demo) {
    }

    private StartupConnections() {
    }

    /**
     * @param cli the command line
     * @param exists tells whether a path exists; {@code Files::exists} outside tests
     * @return the connection to open
     */
    static Target choose(CommandLine cli, Predicate<Path> exists) {
        if (cli.connect().isPresent()) {
            return new Target(cli.connect().get(), false);
        }
        if (!cli.demo() && DAEMON_SOCKETS.stream().anyMatch(exists)) {
            return new Target("qemu:///system", false);
        }
        return new Target(null, true);
    }

    static Target choose(CommandLine cli) {
        return choose(cli, Files::exists);
    }
}
