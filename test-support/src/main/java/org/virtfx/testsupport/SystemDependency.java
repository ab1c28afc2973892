package org.virtfx.testsupport;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The project's rule for a missing system dependency (a program, a device, a Debian package):
 * outside CI the test is skipped, in CI (environment variable {@code CI} set) it fails, so a
 * half-installed CI machine can never pass by skipping everything.
 *
 * <p>Thread-safe: stateless.
 */
public final class SystemDependency {
    /** Debian packages that provide the commands tests ask for, named in the failure message. */
    private static final Map<String, String> PACKAGES = Map.ofEntries(
            Map.entry("libvirtd", "libvirt-daemon"),
            Map.entry("virtlogd", "libvirt-daemon"),
            Map.entry("virsh", "libvirt-clients"),
            Map.entry("qemu-system-x86_64", "qemu-system-x86"),
            Map.entry("qemu-img", "qemu-utils"),
            Map.entry("unshare", "util-linux"),
            Map.entry("nsenter", "util-linux"),
            Map.entry("xvfb-run", "xvfb"),
            Map.entry("appstreamcli", "appstream"),
            Map.entry("fakeroot", "fakeroot"),
            Map.entry("dpkg-deb", "dpkg"),
            Map.entry("dpkg-shlibdeps", "dpkg-dev"),
            Map.entry("objcopy", "binutils"));

    private SystemDependency() {
    }

    /** @return whether this run is a CI run, where a missing dependency fails instead of skips */
    public static boolean inCi() {
        return System.getenv("CI") != null;
    }

    /**
     * Skips the calling test when {@code present} is false, or fails it in CI.
     *
     * @param present whether the dependency is there
     * @param what    what is missing, for the message, e.g. {@code "libvirtd (libvirt-daemon)"}
     * @throws org.opentest4j.TestAbortedException outside CI when {@code present} is false
     * @throws AssertionError                      in CI when {@code present} is false
     */
    public static void require(boolean present, String what) {
        require(present, what, inCi());
    }

    // Package-private seam: tests check both branches without changing the environment.
    static void require(boolean present, String what, boolean ci) {
        String message = "missing system dependency: " + what;
        if (ci) {
            assertTrue(present, message);
        } else {
            assumeTrue(present, message);
        }
    }

    /**
     * Requires an executable program and finds it on {@code PATH}, then in {@code /usr/sbin} and
     * {@code /sbin}, which are not on a normal user's {@code PATH} on Debian although
     * {@code libvirtd} lives there.
     *
     * @param command a program name such as {@code "virsh"}
     * @return the absolute path of the program
     */
    public static Path requireCommand(String command) {
        Optional<Path> found = findCommand(command);
        String hint = PACKAGES.containsKey(command) ? " (Debian package " + PACKAGES.get(command) + ")" : "";
        require(found.isPresent(), "command '" + command + "'" + hint);
        return found.orElseThrow();
    }

    /**
     * Requires a file (or device, or folder) to exist.
     *
     * @param file the file
     * @return {@code file}, for chaining
     */
    public static Path requireFile(Path file) {
        require(Files.exists(file), "file " + file);
        return file;
    }

    /**
     * Looks a program up as {@link #requireCommand} does, without any test outcome.
     *
     * @param command a program name
     * @return its absolute path, if it is installed and executable
     */
    public static Optional<Path> findCommand(String command) {
        for (Path dir : searchPath()) {
            Path candidate = dir.resolve(command);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate.toAbsolutePath());
            }
        }
        return Optional.empty();
    }

    private static List<Path> searchPath() {
        Set<String> dirs = new LinkedHashSet<>();
        String path = System.getenv("PATH");
        if (path != null) {
            dirs.addAll(List.of(path.split(":")));
        }
        dirs.addAll(List.of("/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin"));
        List<Path> result = new ArrayList<>();
        for (String dir : dirs) {
            if (!dir.isEmpty()) {
                result.add(Path.of(dir));
            }
        }
        return result;
    }
}
