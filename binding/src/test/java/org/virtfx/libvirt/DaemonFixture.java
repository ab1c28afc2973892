package org.virtfx.libvirt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.virtfx.testsupport.LibvirtDaemon;
import org.virtfx.testsupport.SystemDependency;

/**
 * Base of the integration tests against a real libvirt daemon ({@code *DaemonIT}): starts a
 * private libvirtd with {@code test-support}'s harness once for the test class, opens {@link #conn}
 * to its QEMU driver, and after the class closes what the class registered with
 * {@link #closeAfterAll} (newest first), then the connection, then the daemon.
 *
 * <p>JUnit runs these callbacks around the subclass's own: a subclass's {@code @BeforeAll} sees
 * the daemon running and the connection open, and its {@code @AfterAll} runs while they still
 * are. The state is static because {@code @BeforeAll} is; JUnit runs the test classes one after
 * the other, and each class's {@code @AfterAll} resets it.
 *
 * <p>libvirt's event loop is started before the connection, because non-blocking streams,
 * keepalive and the close callback need it (and it may already run for the whole JVM).
 */
abstract class DaemonFixture {
    /** The QEMU emulator every guest needs. */
    static final String QEMU = "qemu-system-x86_64";

    private static final Deque<AutoCloseable> TO_CLOSE = new ArrayDeque<>();
    /** This test class's private daemon. */
    static LibvirtDaemon daemon;
    /** A connection to {@link #daemon}'s QEMU driver, open for the whole test class. */
    static Connect conn;

    @BeforeAll
    static void startDaemon() {
        TestDriver.requireLibvirt();
        EventLoop.start();
        daemon = LibvirtDaemon.start();
        conn = Connect.open(daemon.qemuUri());
    }

    /**
     * Starts a transient guest that the fixture destroys and closes after the class; skips (or,
     * in CI, fails) the test class without QEMU.
     *
     * @param xml the guest's domain XML, such as {@code Guests.biosGuest(name)}
     * @return the running guest
     */
    static Domain createGuest(String xml) {
        SystemDependency.requireCommand(QEMU);
        Domain guest = conn.domainCreateXml(xml);
        closeAfterAll(() -> {
            try (guest) {
                guest.destroy();
            }
        });
        return guest;
    }

    /**
     * @param name a folder name
     * @return a new folder of that name in the daemon's private folder, removed with it
     */
    static Path folder(String name) throws IOException {
        return Files.createDirectories(daemon.folder().resolve(name));
    }

    /**
     * Closes a resource after the class, before the connection and the daemon.
     *
     * @param resource a handle or a second daemon the test class keeps for every test
     * @return {@code resource}
     */
    static <T extends AutoCloseable> T closeAfterAll(T resource) {
        TO_CLOSE.push(resource);
        return resource;
    }

    @AfterAll
    static void stopDaemon() throws Exception {
        Exception failure = null;
        while (!TO_CLOSE.isEmpty()) {
            failure = close(TO_CLOSE.pop(), failure);
        }
        failure = close(conn, failure);
        failure = close(daemon, failure);
        conn = null;
        daemon = null;
        if (failure != null) {
            throw failure;
        }
    }

    private static Exception close(AutoCloseable resource, Exception failure) {
        if (resource == null) {
            return failure;
        }
        try {
            resource.close();
            return failure;
        } catch (Exception e) {
            if (failure == null) {
                return e;
            }
            failure.addSuppressed(e);
            return failure;
        }
    }
}
