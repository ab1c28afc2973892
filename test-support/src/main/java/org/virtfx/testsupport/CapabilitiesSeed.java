package org.virtfx.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * QEMU capabilities probed by one daemon, handed to the next daemon of the same JVM.
 *
 * <p>Why: on its first QEMU connection a fresh libvirtd probes every QEMU binary, which takes
 * seconds, and a private daemon always starts with an empty cache. libvirt checks each cached
 * file against the QEMU binary, libvirtd, the kernel and the CPU before it trusts it, so a copy
 * is never stale; at worst it is probed again.
 */
final class CapabilitiesSeed {
    private static Path seed;

    private CapabilitiesSeed() {
    }

    /** Copies the seed, if any, into a new daemon's cache folder ({@code /var/cache/libvirt}). */
    static synchronized void copyInto(Path cache) throws IOException {
        if (seed == null) {
            return;
        }
        copy(seed, Files.createDirectories(cache.resolve("qemu/capabilities")));
    }

    /** Keeps a stopping daemon's probed capabilities as the seed for the next one. */
    static synchronized void keepFrom(Path cache) {
        Path probed = cache.resolve("qemu/capabilities");
        if (!Files.isDirectory(probed)) {
            return;
        }
        try {
            if (seed == null) {
                seed = Files.createTempDirectory("virtfx-libvirtd-capabilities-");
            }
            copy(probed, seed);
        } catch (IOException e) {
            // Only an optimisation: the next daemon probes again.
        }
    }

    /** Deletes the seed; called when the JVM exits. */
    static synchronized void delete() {
        if (seed == null) {
            return;
        }
        try (Stream<Path> files = Files.list(seed)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(seed);
        } catch (IOException e) {
            // Best effort at exit.
        }
        seed = null;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }
}
