package org.virtfx.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A private mount namespace in which libvirt's fixed state paths ({@code /etc/libvirt},
 * {@code /run/libvirt}, {@code /var/lib/libvirt}, {@code /var/cache/libvirt},
 * {@code /var/log/libvirt}) are bind mounts of one daemon's own folders.
 *
 * <p>Why a namespace: a root libvirtd keeps most of its state at compiled-in paths that no
 * option moves. qemu.conf is read from /etc/libvirt only; the QEMU driver locks
 * /run/libvirt/qemu/driver.pid, so a second daemon on the same paths refuses to start, and it
 * would also adopt the first daemon's guests from their status files; it finds virtlogd at
 * /run/libvirt/virtlogd-sock only. In its own namespace each daemon has all of these to itself.
 *
 * <p>The namespace is held open by an anchor, a small shell that made the mounts and then waits
 * for end of input on a pipe from this JVM. When the JVM closes the pipe, or dies in any way,
 * the anchor kills every process left in the namespace (daemons and guests): even a JVM killed
 * with SIGKILL leaves no daemon behind. The daemons themselves are started by {@code nsenter}
 * as direct children of this JVM, so their process ids are known without pid files.
 */
final class MountNamespace implements AutoCloseable {
    private static final String ANCHOR_SCRIPT = """
            set -e
            root=$1
            for dir in /etc/libvirt /run/libvirt /var/lib/libvirt /var/cache/libvirt /var/log/libvirt; do
                [ -d "$dir" ] || mkdir -p "$dir"
            done
            mount --bind "$root/etc" /etc/libvirt
            mount --bind "$root/run" /run/libvirt
            mount --bind "$root/lib" /var/lib/libvirt
            mount --bind "$root/cache" /var/cache/libvirt
            mount --bind "$root/log" /var/log/libvirt
            if [ -f "$root/passwd" ]; then
                mount --bind "$root/passwd" /etc/passwd
                mount --bind "$root/group" /etc/group
            fi
            : > "$root/namespace-ready"
            set +e
            cat > /dev/null
            self=$(readlink /proc/$$/ns/mnt)
            for proc in /proc/[0-9]*; do
                pid=${proc#/proc/}
                [ "$pid" = "$$" ] && continue
                [ "$(readlink "$proc/ns/mnt" 2>/dev/null)" = "$self" ] && kill -KILL "$pid" 2>/dev/null
            done
            exit 0
            """;

    private final Process anchor;
    private final String id;
    private final Path nsenter;

    private MountNamespace(Process anchor, String id, Path nsenter) {
        this.anchor = anchor;
        this.id = id;
        this.nsenter = nsenter;
    }

    /**
     * Creates the namespace over the folders of {@code files}.
     *
     * @throws IllegalStateException when the mounts fail, with the anchor's output
     */
    static MountNamespace create(DaemonFiles files, Path unshare, Path nsenter, Duration timeout)
            throws IOException {
        Path output = files.log.resolve("namespace.out");
        Path ready = files.root.resolve("namespace-ready");
        Process anchor = new ProcessBuilder(unshare.toString(), "--mount", "--propagation", "private",
                "/bin/sh", "-c", ANCHOR_SCRIPT, "virtfx-libvirtd-namespace", files.root.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()))
                .start();
        if (!Poll.until(() -> Files.exists(ready) || !anchor.isAlive(), timeout) || !anchor.isAlive()) {
            anchor.destroyForcibly();
            throw new IllegalStateException("cannot create a mount namespace for libvirtd (needs root):\n"
                    + DaemonFiles.tail(output, 20));
        }
        String id = namespaceOf(anchor.pid());
        if (id == null || id.equals(namespaceOf(ProcessHandle.current().pid()))) {
            anchor.destroyForcibly();
            throw new IllegalStateException("unshare did not create a new mount namespace");
        }
        return new MountNamespace(anchor, id, nsenter);
    }

    /**
     * Starts a program inside the namespace, as a child of this JVM.
     *
     * @param command the program and its arguments
     * @param output  the file its stdout and stderr are appended to
     */
    Process launch(List<String> command, Path output) throws IOException {
        List<String> full = new ArrayList<>(List.of(nsenter.toString(),
                "--target", Long.toString(anchor.pid()), "--mount", "--"));
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        Map<String, String> env = builder.environment();
        // A developer's own libvirt settings must not leak into the daemon.
        env.keySet().removeIf(name -> name.startsWith("LIBVIRT_") || name.startsWith("VIRSH_"));
        env.put("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
        return builder.start();
    }

    /** @return whether the anchor still holds the namespace open */
    boolean isOpen() {
        return anchor.isAlive();
    }

    /** @return every live process in the namespace except the anchor and its helpers */
    List<ProcessHandle> processes() {
        Set<Long> anchorSide = anchor.descendants().map(ProcessHandle::pid).collect(Collectors.toSet());
        anchorSide.add(anchor.pid());
        return ProcessHandle.allProcesses()
                .filter(process -> !anchorSide.contains(process.pid()))
                .filter(process -> id.equals(namespaceOf(process.pid())))
                .toList();
    }

    /** Kills whatever is left in the namespace and waits until it is gone. Idempotent. */
    @Override
    public void close() {
        try {
            anchor.getOutputStream().close(); // the anchor's cue to kill what is left
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!Poll.until(() -> !anchor.isAlive(), Duration.ofSeconds(10))) {
            anchor.destroyForcibly();
        }
        // Belt and braces: if the anchor could not do its job, do it from here.
        List<ProcessHandle> left = processes();
        left.forEach(ProcessHandle::destroyForcibly);
        Poll.until(() -> left.stream().allMatch(Poll::isGone), Duration.ofSeconds(10));
    }

    private static String namespaceOf(long pid) {
        try {
            return Files.readSymbolicLink(Path.of("/proc", Long.toString(pid), "ns", "mnt")).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return null; // gone, or not ours to see
        }
    }
}
