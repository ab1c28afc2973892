package org.virtfx.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A private libvirtd, with its own virtlogd, started by hand for one test class and stopped
 * again: real QEMU guests through {@code qemu+unix:///system}, libvirt's test driver shared
 * between clients through {@code test+unix:///default}, or fresh per connection through
 * {@code test+unix:///abs/path.xml}. The shared test driver keeps its state only while at
 * least one connection to it is open: when the last one closes, the next starts afresh.
 *
 * <pre>{@code
 * try (LibvirtDaemon daemon = LibvirtDaemon.start()) {
 *     String uri = daemon.qemuUri();   // qemu+unix:///system?socket=/tmp/virtfx-libvirtd-.../run/libvirt-sock
 *     ...
 *     daemon.kill();                   // SIGKILL, as in a crash; guests and virtlogd live on
 *     daemon.restart();                // same config, state and sockets; returns once it answers
 * }                                    // guests, libvirtd and virtlogd gone; folder deleted
 * }</pre>
 *
 * <h2>Isolation</h2>
 * Each daemon runs in a private mount namespace in which {@code /etc/libvirt},
 * {@code /run/libvirt}, {@code /var/lib/libvirt}, {@code /var/cache/libvirt} and
 * {@code /var/log/libvirt} are its own temporary folder (see {@link #folder()}), so several
 * daemons can run at the same time, one per test class or several in one test, next to a
 * system libvirtd or none. Sockets, pid files, domain status, QEMU capabilities, virtlogd and
 * the logs ({@link #logFile()}, {@code log/qemu/NAME.log}) are all private. Where the host
 * lacks the {@code libvirt-qemu} user that Debian's QEMU driver insists on (it comes only with
 * {@code libvirt-daemon-system}), the namespace also gets copies of /etc/passwd and /etc/group
 * that have it; QEMU still runs as root. It uses the
 * monolithic {@code libvirtd}: Debian 12's libvirt 9.0.0 ships no modular daemons
 * ({@code virtqemud} and friends), and one process is also simpler to kill and restart.
 *
 * <p>Not isolated, because a mount namespace cannot isolate them:
 * <ul>
 *   <li>TCP ports. Each daemon holds a numbered slot (a file lock in {@code java.io.tmpdir},
 *       shared by all JVMs) and gets its own range of 100 ports from 20000 for VNC/SPICE
 *       displays (the first 60), websockets and migration, so concurrent daemons never race
 *       for one port. Ports in use by anything else are skipped by libvirt itself.</li>
 *   <li>Host cgroups, when enabled with {@link Builder#cgroups(boolean)}: off by default, so
 *       QEMU runs in the test's own cgroup and a crashed run leaves no cgroup behind. APIs that
 *       read cgroups (CPU stats, memory and block tuning) need them on. libvirt never removes
 *       the partition it creates, {@code /machine}, empty in each controller.</li>
 *   <li>Devices ({@code /dev/kvm}, the ptys of serial consoles), the network (guests get no
 *       network device), and swtpm's log folder {@code /var/log/swtpm}.</li>
 *   <li>The mount points: the namespace needs the five folders above to exist on the host and
 *       creates the missing ones, empty. Nothing is ever mounted on the host.</li>
 * </ul>
 *
 * <h2>Requirements</h2>
 * Root (the system QEMU driver and {@code unshare --mount} need it), {@code libvirtd} and
 * {@code virtlogd} (package {@code libvirt-daemon}, with {@code libvirt-daemon-driver-qemu}),
 * and {@code qemu-system-x86} for guests. {@link #start()} checks them through
 * {@link SystemDependency}: skipped locally, failed in CI. QEMU runs as root with
 * {@code security_driver = "none"}, so guests may use files in temporary folders.
 *
 * <h2>Cleanup</h2>
 * {@link #stop()} ends libvirtd and virtlogd, each with SIGTERM and, after a grace period,
 * SIGKILL, then kills every process left in the namespace (the guests), and deletes the folder
 * unless the system property {@code virtfx.libvirtd.keep} is {@code true}. With host cgroups it
 * ends the guests first, while libvirtd can still remove their cgroups. A JVM shutdown hook
 * stops daemons a test forgot. Even a JVM killed outright leaves nothing running, only the
 * folder: the namespace's anchor process then kills everything in it. QEMU capabilities probed
 * by one daemon are handed to the next daemon of the same JVM, which saves it seconds.
 *
 * <p>Thread-safe: every method may be called from any thread.
 */
public final class LibvirtDaemon implements AutoCloseable {
    private final DaemonFiles files;
    private final Options options;
    private final Path libvirtdBinary;
    private final Path virtlogdBinary;
    private PortSlot slot;
    private DaemonProcesses processes;
    private boolean stopped;

    private LibvirtDaemon(DaemonFiles files, Options options, Path libvirtd, Path virtlogd) {
        this.files = files;
        this.options = options;
        this.libvirtdBinary = libvirtd;
        this.virtlogdBinary = virtlogd;
    }

    /**
     * Starts a daemon with the defaults of {@link #builder()}.
     *
     * @return the running daemon, which answers on its socket
     * @throws IllegalStateException when it does not start, with the tail of its log
     */
    public static LibvirtDaemon start() {
        return builder().start();
    }

    /** @return a builder for a daemon with other than default options */
    public static Builder builder() {
        return new Builder();
    }

    private void launch() throws IOException {
        slot = PortSlot.acquire();
        files.write(slot.firstPort(), options.cgroups(), options.verboseLog());
        CapabilitiesSeed.copyInto(files.cache);
        MountNamespace namespace = MountNamespace.create(files, SystemDependency.requireCommand("unshare"),
                SystemDependency.requireCommand("nsenter"), options.startTimeout());
        processes = new DaemonProcesses(files, namespace, libvirtdBinary, virtlogdBinary, options.startTimeout());
        processes.startVirtlogd();
        processes.startLibvirtd();
    }

    /**
     * Turns a local libvirt URI into one that reaches this daemon over its private socket.
     *
     * @param driverUri a URI without transport or host, such as {@code qemu:///system},
     *                  {@code test:///default} or {@code test:///abs/path.xml}
     * @return e.g. {@code qemu+unix:///system?socket=/tmp/virtfx-libvirtd-123/run/libvirt-sock}
     * @throws IllegalArgumentException for a URI with a transport, a host or no {@code :///}
     */
    public String uri(String driverUri) {
        return uri(driverUri, files.socket());
    }

    // Static for unit tests: no daemon needed.
    static String uri(String driverUri, Path socket) {
        int separator = driverUri.indexOf(":///");
        if (separator <= 0 || driverUri.substring(0, separator).contains("+")) {
            throw new IllegalArgumentException("expected a local URI like qemu:///system, got " + driverUri);
        }
        String joiner = driverUri.contains("?") ? "&" : "?";
        return driverUri.substring(0, separator) + "+unix" + driverUri.substring(separator)
                + joiner + "socket=" + socket;
    }

    /** @return {@code qemu+unix:///system?socket=...}: the QEMU driver, real guests */
    public String qemuUri() {
        return uri("qemu:///system");
    }

    /** @return {@code test+unix:///default?socket=...}: the test driver, shared by all clients */
    public String testUri() {
        return uri("test:///default");
    }

    /**
     * @param testDriverXml a test-driver file; each connection gets its own fresh copy
     * @return {@code test+unix:///abs/path.xml?socket=...}
     */
    public String testUri(Path testDriverXml) {
        return uri("test://" + testDriverXml.toAbsolutePath());
    }

    /** @return the daemon's read-write unix socket */
    public Path socket() {
        return files.socket();
    }

    /** @return the daemon's private folder: {@code etc/ run/ lib/ cache/ log/} */
    public Path folder() {
        return files.root;
    }

    /** @return libvirtd's log file (warnings and errors; everything with verbose logging) */
    public Path logFile() {
        return files.libvirtdLog();
    }

    /**
     * @param lines how many lines
     * @return the end of libvirtd's log, for assertion messages
     */
    public String logTail(int lines) {
        return DaemonFiles.tail(files.libvirtdLog(), lines);
    }

    /** @return whether libvirtd runs (false after {@link #kill()} and {@link #stop()}) */
    public synchronized boolean isRunning() {
        return !stopped && processes != null && processes.libvirtd() != null && processes.libvirtd().isAlive();
    }

    /**
     * @return libvirtd's process id
     * @throws IllegalStateException when it does not run
     */
    public synchronized long pid() {
        if (!isRunning()) {
            throw new IllegalStateException("libvirtd does not run");
        }
        return processes.libvirtd().pid();
    }

    /** @return every live process of this daemon: libvirtd, virtlogd, QEMU and helpers */
    public synchronized List<ProcessHandle> processes() {
        return processes == null || stopped ? List.of() : processes.all();
    }

    /**
     * Kills libvirtd with SIGKILL, as in a crash, and waits until it is gone. Guests and virtlogd
     * keep running, and the socket file stays behind, refusing connections.
     */
    public synchronized void kill() {
        requireNotStopped();
        processes.killLibvirtd();
    }

    /**
     * Starts libvirtd again with the same configuration, state and socket, after stopping it
     * gracefully if it runs; also virtlogd, if that is gone. libvirtd reconnects to the guests
     * that are still running. Returns once the daemon answers on its socket.
     *
     * @throws IllegalStateException when it does not come back, with the tail of its log
     */
    public synchronized void restart() {
        requireNotStopped();
        try {
            processes.restart();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Stops guests, libvirtd and virtlogd and deletes the folder. Never leaves a process
     * behind. Idempotent.
     */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        ShutdownHook.forget(this);
        try {
            if (processes != null) {
                // Without host cgroups nothing of the guests outlives the namespace.
                processes.stop(options.cgroups());
                CapabilitiesSeed.keepFrom(files.cache);
            }
        } finally {
            if (slot != null) {
                slot.close();
            }
            if (!Boolean.getBoolean("virtfx.libvirtd.keep")) {
                files.delete();
            }
        }
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    /** Cleans up after a failed start and hands back {@code failure} to throw. */
    private RuntimeException abort(RuntimeException failure) {
        try {
            stop();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
        return failure;
    }

    private void requireNotStopped() {
        if (stopped) {
            throw new IllegalStateException("the daemon in " + files.root + " was stopped");
        }
    }

    private record Options(Duration startTimeout, boolean cgroups, boolean verboseLog) {
    }

    @Override
    public String toString() {
        return "LibvirtDaemon[" + files.root + "]";
    }

    /** Options for a daemon. Not thread-safe; each {@link #start()} copies the options. */
    public static final class Builder {
        private Duration startTimeout = Duration.ofSeconds(30);
        private boolean cgroups;
        private boolean verboseLog;

        private Builder() {
        }

        /**
         * @param timeout how long libvirtd and virtlogd may take to answer (default 30 s)
         * @return this builder
         */
        public Builder startTimeout(Duration timeout) {
            this.startTimeout = timeout;
            return this;
        }

        /**
         * @param enabled whether guests get host cgroups, as on a real host (default off; see
         *                the class documentation)
         * @return this builder
         */
        public Builder cgroups(boolean enabled) {
            this.cgroups = enabled;
            return this;
        }

        /**
         * @param enabled whether libvirtd logs at debug level (default: warnings and errors)
         * @return this builder
         */
        public Builder verboseLog(boolean enabled) {
            this.verboseLog = enabled;
            return this;
        }

        /**
         * Starts the daemon. Skips the calling test when root, libvirtd, virtlogd, unshare or
         * nsenter are missing, and fails it in CI (see {@link SystemDependency}).
         *
         * @return the running daemon, which answers on its socket
         * @throws IllegalStateException when it does not start, with the tail of its log
         */
        public LibvirtDaemon start() {
            SystemDependency.require(isRoot(), "root (a private system libvirtd needs it)");
            Path libvirtd = SystemDependency.requireCommand("libvirtd");
            Path virtlogd = SystemDependency.requireCommand("virtlogd");
            SystemDependency.requireCommand("unshare");
            SystemDependency.requireCommand("nsenter");
            LibvirtDaemon daemon;
            try {
                daemon = new LibvirtDaemon(new DaemonFiles(Files.createTempDirectory("virtfx-libvirtd-")),
                        new Options(startTimeout, cgroups, verboseLog), libvirtd, virtlogd);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ShutdownHook.remember(daemon);
            try {
                daemon.launch();
                return daemon;
            } catch (IOException e) {
                throw daemon.abort(new UncheckedIOException(e));
            } catch (RuntimeException e) {
                throw daemon.abort(e);
            }
        }

        private static boolean isRoot() {
            try {
                return Optional.ofNullable(Files.getAttribute(Path.of("/proc/self"), "unix:uid"))
                        .map(uid -> (Integer) uid == 0).orElse(false);
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
    }
}
