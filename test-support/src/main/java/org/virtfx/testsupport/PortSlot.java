package org.virtfx.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A numbered slot, held with a file lock, that gives a daemon TCP port ranges no other running
 * test daemon uses: VNC/SPICE displays, VNC websockets and migration.
 *
 * <p>Why: the mount namespace cannot isolate TCP ports. libvirt picks a free display port by
 * trying to bind it, but two daemons starting guests at the same moment can both pick 5900
 * before either QEMU binds it, and one guest then fails to start. Disjoint ranges avoid that
 * race. The lock lives in {@code java.io.tmpdir}, so it also holds across JVMs (parallel Maven
 * modules), and the operating system releases it if the JVM dies.
 */
final class PortSlot implements AutoCloseable {
    private static final int SLOTS = 100;
    private static final int FIRST_PORT = 20000;
    private static final int PORTS_PER_SLOT = 100;

    private final int index;
    private final FileChannel channel;
    private final FileLock lock;

    private PortSlot(int index, FileChannel channel, FileLock lock) {
        this.index = index;
        this.channel = channel;
        this.lock = lock;
    }

    /** @return the first free slot, held until {@link #close()} */
    static PortSlot acquire() {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "virtfx-libvirtd-slots");
        try {
            Files.createDirectories(dir);
            for (int i = 0; i < SLOTS; i++) {
                FileChannel channel = FileChannel.open(dir.resolve("slot-" + i + ".lock"),
                        StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    return new PortSlot(i, channel, lock);
                }
                channel.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock a port slot in " + dir, e);
        }
        throw new IllegalStateException("all " + SLOTS + " libvirtd port slots in " + dir + " are in use");
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by another daemon of this JVM
        }
    }

    /** @return the slot number, from 0 */
    int index() {
        return index;
    }

    /** @return the first port of this slot's range of {@value #PORTS_PER_SLOT} ports */
    int firstPort() {
        return FIRST_PORT + index * PORTS_PER_SLOT;
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
