package org.virtfx.testsupport;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The private folder of one daemon and the configuration files in it.
 *
 * <pre>
 * ROOT/etc/    libvirtd.conf, virtlogd.conf, qemu.conf   (seen by the daemon as /etc/libvirt)
 * ROOT/run/    sockets, pid and status files             (/run/libvirt)
 * ROOT/lib/    per-guest folders, channels               (/var/lib/libvirt)
 * ROOT/cache/  QEMU capabilities cache                   (/var/cache/libvirt)
 * ROOT/log/    libvirtd.log, virtlogd.log, qemu/NAME.log (/var/log/libvirt)
 * ROOT/passwd, ROOT/group   only when the host lacks the libvirt-qemu user (see below)
 * </pre>
 */
final class DaemonFiles {
    /** libvirt's config syntax has no escaping, and socket paths are limited to 107 bytes. */
    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9/._-]{1,60}");
    private static final String QEMU_USER = "libvirt-qemu";

    final Path root;
    final Path etc;
    final Path run;
    final Path lib;
    final Path cache;
    final Path log;

    DaemonFiles(Path root) {
        if (!SAFE_PATH.matcher(root.toString()).matches()) {
            throw new IllegalArgumentException("the daemon folder needs a short path of plain characters"
                    + " (set java.io.tmpdir): " + root);
        }
        this.root = root;
        this.etc = root.resolve("etc");
        this.run = root.resolve("run");
        this.lib = root.resolve("lib");
        this.cache = root.resolve("cache");
        this.log = root.resolve("log");
    }

    Path socket() {
        return run.resolve("libvirt-sock");
    }

    Path virtlogdSocket() {
        return run.resolve("virtlogd-sock");
    }

    Path libvirtdLog() {
        return log.resolve("libvirtd.log");
    }

    /** Where libvirtd's own stdout and stderr go: early failures appear here, not in the log. */
    Path libvirtdOutput() {
        return log.resolve("libvirtd.out");
    }

    /** Creates the folders and writes every configuration file. */
    void write(int firstPort, boolean cgroups, boolean verboseLog) throws IOException {
        for (Path dir : List.of(etc, run, lib, cache, log)) {
            Files.createDirectories(dir);
        }
        Files.writeString(etc.resolve("libvirtd.conf"), libvirtdConf(verboseLog));
        Files.writeString(etc.resolve("virtlogd.conf"),
                "log_outputs = \"3:file:" + log.resolve("virtlogd.log") + "\"\n");
        Files.writeString(etc.resolve("qemu.conf"), qemuConf(firstPort, cgroups));
        writeUserFilesIfNeeded();
    }

    private String libvirtdConf(boolean verboseLog) {
        String level = verboseLog ? "1" : "3";
        return "# Written by org.virtfx.testsupport.LibvirtDaemon: a private test daemon.\n"
                + "unix_sock_dir = \"" + run + "\"\n"
                + "unix_sock_rw_perms = \"0700\"\n"
                // No polkit: the socket is private to root in a private folder anyway.
                + "auth_unix_ro = \"none\"\n"
                + "auth_unix_rw = \"none\"\n"
                + "log_outputs = \"" + level + ":file:" + libvirtdLog() + "\"\n"
                // The QEMU monitor dumps megabytes of capabilities at debug level.
                + "log_filters = \"3:qemu.qemu_monitor 3:qemu.qemu_monitor_json 3:rpc 3:object"
                + " 3:event 3:util.json 3:util.threadjob\"\n";
    }

    private static String qemuConf(int firstPort, boolean cgroups) {
        return "# Written by org.virtfx.testsupport.LibvirtDaemon: a private test daemon.\n"
                // QEMU runs as root without a security driver, so guests can use files in
                // temporary folders and libvirt changes no owner or label of test files.
                + "user = \"root\"\n"
                + "group = \"root\"\n"
                + "security_driver = \"none\"\n"
                + "dynamic_ownership = 0\n"
                + "remember_owner = 0\n"
                // Keep QEMU in the daemon's mount namespace (libvirt would give it one of its
                // own): there it sees the private folders, and stop() and the reaper find it.
                + "namespaces = [ ]\n"
                + (cgroups ? "" : "cgroup_controllers = [ ]\n")
                + "remote_display_port_min = " + firstPort + "\n"
                + "remote_display_port_max = " + (firstPort + 59) + "\n"
                + "remote_websocket_port_min = " + (firstPort + 60) + "\n"
                + "remote_websocket_port_max = " + (firstPort + 79) + "\n"
                + "migration_port_min = " + (firstPort + 80) + "\n"
                + "migration_port_max = " + (firstPort + 99) + "\n";
    }

    /**
     * Debian's QEMU driver resolves its built-in user {@code libvirt-qemu} before it reads
     * qemu.conf, and refuses to start when the user does not exist, even though qemu.conf then
     * says root. Only {@code libvirt-daemon-system} creates that user, and it also installs
     * systemd and polkit. So when the host lacks the user, the daemon gets copies of
     * /etc/passwd and /etc/group with it added, mounted over the originals in its namespace only.
     */
    private void writeUserFilesIfNeeded() throws IOException {
        List<String> passwd = Files.readAllLines(Path.of("/etc/passwd"), StandardCharsets.UTF_8);
        List<String> group = Files.readAllLines(Path.of("/etc/group"), StandardCharsets.UTF_8);
        boolean hasUser = passwd.stream().anyMatch(line -> line.startsWith(QEMU_USER + ":"));
        boolean hasGroup = group.stream().anyMatch(line -> line.startsWith(QEMU_USER + ":"));
        if (hasUser && hasGroup) {
            return;
        }
        Stream<String> extraUser = hasUser ? Stream.empty()
                : Stream.of(QEMU_USER + ":x:64055:64055:Libvirt Qemu:/var/lib/libvirt:/usr/sbin/nologin");
        Stream<String> extraGroup = hasGroup ? Stream.empty() : Stream.of(QEMU_USER + ":x:64055:");
        Files.write(root.resolve("passwd"), Stream.concat(passwd.stream(), extraUser).toList());
        Files.write(root.resolve("group"), Stream.concat(group.stream(), extraGroup).toList());
    }

    /** @return the last {@code lines} lines of a text file, or a note that it is missing */
    static String tail(Path file, int lines) {
        // Read at most the last 64 KiB: a verbose log can be large. Malformed UTF-8 is replaced.
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            long size = channel.size();
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(size, 64 * 1024));
            channel.position(size - buffer.capacity());
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // keep reading
            }
            String[] all = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8)
                    .split("\n", -1);
            int from = Math.max(0, all.length - lines - 1);
            return String.join("\n", List.of(all).subList(from, all.length)).strip();
        } catch (NoSuchFileException e) {
            return "(no " + file + ")";
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e + ")";
        }
    }

    /** Deletes the whole folder, best effort. */
    void delete() {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    // A leftover file must not turn a passing test into a failing one.
                }
            });
        } catch (IOException e) {
            // as above
        }
    }
}
