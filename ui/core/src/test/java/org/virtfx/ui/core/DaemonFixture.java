package org.virtfx.ui.core;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.virtfx.testsupport.LibvirtDaemon;

/**
 * Base of the integration tests that run each test against its own private libvirtd, started
 * with {@code test-support}'s harness before the test and stopped after it: a fresh daemon per
 * test, because these tests kill and restart it.
 *
 * <p>JUnit runs these callbacks around the subclass's own: a subclass's {@code @BeforeEach} sees
 * the daemon running, and its {@code @AfterEach} (which closes the connections to it) runs before
 * the daemon stops.
 */
abstract class DaemonFixture {
    /** The running test's daemon. */
    LibvirtDaemon daemon;

    @BeforeEach
    final void startDaemon() {
        CoreTestDriver.uri(); // libvirt is required
        daemon = LibvirtDaemon.start();
    }

    @AfterEach
    final void stopDaemon() {
        if (daemon != null) {
            daemon.close();
        }
    }
}
