package org.virtfx.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * The processes of one daemon: virtlogd and libvirtd in their {@link MountNamespace}, and the
 * guests they start there. Not thread-safe: {@link LibvirtDaemon} serialises all calls.
 */
final class DaemonProcesses {
    private static final Duration GRACE = Duration.ofSeconds(10);

    private final DaemonFiles files;
    private final MountNamespace namespace;
    private final Path libvirtdBinary;
    private final Path virtlogdBinary;
    private final Duration startTimeout;
    private Process virtlogd;
    private Process libvirtd;

    DaemonProcesses(DaemonFiles files, MountNamespace namespace, Path libvirtd, Path virtlogd,
            Duration startTimeout) {
        this.files = files;
        this.namespace = namespace;
        this.libvirtdBinary = libvirtd;
        this.virtlogdBinary = virtlogd;
        this.startTimeout = startTimeout;
    }

    /** @return the current libvirtd process, alive or not; null before the first start */
    Process libvirtd() {
        return libvirtd;
    }

    /** Starts virtlogd (which the QEMU driver writes guest logs through) and waits for its socket. */
    void startVirtlogd() throws IOException {
        Files.deleteIfExists(files.virtlogdSocket());
        Path output = files.log.resolve("virtlogd.out");
        virtlogd = namespace.launch(List.of(virtlogdBinary.toString(),
                "-f", files.etc.resolve("virtlogd.conf").toString(),
                "-p", files.run.resolve("virtlogd.pid").toString()), output);
        awaitReady("virtlogd", virtlogd, () -> Files.exists(files.virtlogdSocket()),
                files.log.resolve("virtlogd.log"), output);
    }

    /** Starts libvirtd in the foreground and waits until it answers a call on its socket. */
    void startLibvirtd() throws IOException {
        libvirtd = namespace.launch(List.of(libvirtdBinary.toString(),
                "-f", files.etc.resolve("libvirtd.conf").toString(),
                "-p", files.run.resolve("libvirtd.pid").toString()), files.libvirtdOutput());
        awaitReady("libvirtd", libvirtd, () -> RpcPing.answers(files.socket(), Duration.ofSeconds(1)),
                files.libvirtdLog(), files.libvirtdOutput());
    }

    private void awaitReady(String name, Process process, BooleanSupplier ready, Path log, Path output) {
        boolean ok = Poll.until(() -> !process.isAlive() || ready.getAsBoolean(), startTimeout)
                && process.isAlive();
        if (!ok) {
            // libvirtd exits with status 0 when a driver fails to initialise: the log says why.
            String why = process.isAlive() ? "did not answer within " + startTimeout
                    : "exited with status " + process.exitValue();
            throw new IllegalStateException(name + " in " + files.root + " " + why
                    + "\n--- " + log + "\n" + DaemonFiles.tail(log, 40)
                    + "\n--- " + output + "\n" + DaemonFiles.tail(output, 10));
        }
    }

    /** Starts what is not running: virtlogd if it died, then libvirtd after stopping it. */
    void restart() throws IOException {
        Poll.terminate(libvirtd.toHandle(), GRACE);
        if (!virtlogd.isAlive()) {
            startVirtlogd();
        }
        startLibvirtd();
    }

    /** SIGKILL to libvirtd alone, as in a crash; waits until it is gone. */
    void killLibvirtd() {
        libvirtd.destroyForcibly();
        Poll.until(() -> !libvirtd.isAlive(), GRACE);
    }

    /** @return every live process in the namespace: daemons, guests and their helpers */
    List<ProcessHandle> all() {
        return namespace.processes();
    }

    /**
     * Stops everything: libvirtd and virtlogd with SIGTERM, then SIGKILL after a grace period,
     * then whatever is left in the namespace, which is the guests.
     *
     * @param endGuestsFirst end the guests while libvirtd runs, so that it removes their host
     *                       cgroups (about a second: libvirt waits until init has reaped QEMU)
     */
    void stop(boolean endGuestsFirst) {
        try {
            if (endGuestsFirst && libvirtd != null && libvirtd.isAlive()) {
                List<ProcessHandle> guests = all().stream().filter(p -> !isDaemon(p)).toList();
                guests.forEach(ProcessHandle::destroy);
                Poll.until(() -> guests.stream().allMatch(Poll::isGone), GRACE);
                Poll.until(this::noDomainStatusLeft, GRACE);
            }
            for (Process daemon : Stream.of(libvirtd, virtlogd).filter(Objects::nonNull).toList()) {
                Poll.terminate(daemon.toHandle(), GRACE);
            }
        } finally {
            namespace.close();
        }
    }

    private boolean isDaemon(ProcessHandle process) {
        return Stream.of(libvirtd, virtlogd).anyMatch(p -> p != null && p.pid() == process.pid());
    }

    private boolean noDomainStatusLeft() {
        try (Stream<Path> status = Files.list(files.run.resolve("qemu"))) {
            return status.noneMatch(path -> path.toString().endsWith(".xml"));
        } catch (IOException e) {
            return true; // no qemu folder: the QEMU driver never ran a guest
        }
    }
}
