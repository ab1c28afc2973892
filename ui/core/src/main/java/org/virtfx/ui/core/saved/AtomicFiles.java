package org.virtfx.ui.core.saved;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Whole-file writes that readers see either complete or not at all, and the moving aside of a file
 * that could not be read.
 *
 * <p>A write goes to a temporary file in the same folder (so the rename stays on one file
 * system), which is flushed to the disk before it is renamed over the target with
 * {@code ATOMIC_MOVE}; a write that fails part-way deletes its temporary file and leaves the
 * target as it was. Two concurrent writes to one target each use their own temporary file: the
 * last rename wins, and the target is always one complete version.
 */
public final class AtomicFiles {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private AtomicFiles() {
    }

    /** Writes a file's content; may throw part-way. */
    @FunctionalInterface
    public interface Content {
        /**
         * @param out the temporary file; closed by the caller
         * @throws IOException when the content cannot be written
         */
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Replaces a file with the given bytes, atomically.
     *
     * @param target the file; its folder is created when missing
     * @param content the new content
     * @throws IOException when it cannot be written; the target is then unchanged
     */
    public static void write(Path target, byte[] content) throws IOException {
        write(target, out -> out.write(content));
    }

    /**
     * Replaces a file with what {@code content} writes, atomically.
     *
     * @param target the file; its folder is created when missing
     * @param content writes the new content
     * @throws IOException when it cannot be written (also when {@code content} throws); the target
     *     is then unchanged
     */
    public static void write(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // Hidden, and named after the target so a left-over (power cut) says where it came from.
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel));
                content.writeTo(out);
                out.flush();
                // On disk before the rename: otherwise a crash can leave the new name on empty data.
                channel.force(true);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        syncDirectory(dir);
    }

    /** Makes the rename itself durable; not every platform lets a folder be opened, which is fine. */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // The rename is atomic anyway; only its durability across a power cut is left to the OS.
        }
    }

    /**
     * Moves a damaged file aside, next to itself, as {@code <name>.damaged-<yyyyMMdd-HHmmss>} (with
     * {@code -2}, {@code -3} ... when that name is taken), so the user can still recover it.
     *
     * @param file the damaged file
     * @param clock gives the time stamp
     * @return where it was moved
     * @throws IOException when it cannot be moved
     */
    public static Path moveAside(Path file, Clock clock) throws IOException {
        String base = file.getFileName() + ".damaged-" + LocalDateTime.now(clock).format(STAMP);
        for (int n = 1; ; n++) {
            Path aside = file.resolveSibling(n == 1 ? base : base + "-" + n);
            try {
                return Files.move(file, aside);
            } catch (FileAlreadyExistsException taken) {
                if (n >= 1000) {
                    throw taken;
                }
            }
        }
    }
}
