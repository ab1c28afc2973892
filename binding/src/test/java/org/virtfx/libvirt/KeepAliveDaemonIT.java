package org.virtfx.libvirt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.virtfx.testsupport.Wait;
import org.virtfx.testsupport.SystemDependency;

/**
 * Keepalive and the close callback of a remote connection, which only a real daemon that dies
 * or hangs can exercise: a private libvirtd that the test kills (end of file on the socket) or
 * stops with SIGSTOP (keepalive timeout), then brings back. No guest.
 */
class KeepAliveDaemonIT extends DaemonFixture {
    private static final int TIMEOUT_SECONDS = 20;

    private static String kill;

    @BeforeAll
    static void requireKill() {
        kill = SystemDependency.requireCommand("kill").toString();
    }

    @AfterEach
    void daemonRunsAgain() {
        if (!daemon.isRunning()) {
            daemon.restart();
        }
    }

    @Test
    void killedDaemonClosesTheConnectionWithEndOfFile() {
        List<ConnectCloseReason> reasons = new CopyOnWriteArrayList<>();
        CountDownLatch closed = new CountDownLatch(1);
        try (Connect conn = Connect.open(daemon.qemuUri());
             EventRegistration reg = conn.registerCloseCallback(reason -> {
                 reasons.add(reason);
                 closed.countDown();
             })) {
            EventRegistration lifecycle = conn.domainEventLifecycleRegister(null, e -> { });
            assertThat(conn.setKeepAlive(1, 3)).isTrue();
            assertThat(conn.isAlive()).isTrue();
            assertThat(conn.getHostname()).isNotEmpty();

            daemon.kill();
            assertThat(awaitLatch(closed)).isTrue();
            assertThat(reasons).containsExactly(ConnectCloseReason.EOF);
            assertThat(conn.isAlive()).isFalse();
            assertThatThrownBy(conn::getHostname).isInstanceOfSatisfying(LibvirtException.class,
                    e -> assertThat(e.function()).isEqualTo("virConnectGetHostname"));
            // Closing registrations is the clean-up of a dropped connection: it must not throw.
            lifecycle.close();
            assertThat(lifecycle.isClosed()).isTrue();
        }

        daemon.restart();
        try (Connect again = Connect.open(daemon.qemuUri())) {
            assertThat(again.isAlive()).isTrue();
            assertThat(again.getHostname()).isNotEmpty();
        }
    }

    @Test
    void hungDaemonClosesTheConnectionByKeepalive() throws Exception {
        List<ConnectCloseReason> reasons = new CopyOnWriteArrayList<>();
        CountDownLatch closed = new CountDownLatch(1);
        long pid = daemon.pid();
        try (Connect conn = Connect.open(daemon.qemuUri());
             EventRegistration reg = conn.registerCloseCallback(reason -> {
                 reasons.add(reason);
                 closed.countDown();
             })) {
            assertThat(conn.setKeepAlive(1, 1)).isTrue();
            signal("-STOP", pid);
            try {
                // No answer to two pings a second apart: the client gives up on its own.
                assertThat(awaitLatch(closed)).isTrue();
            } finally {
                signal("-CONT", pid);
            }
            assertThat(reasons).containsExactly(ConnectCloseReason.KEEPALIVE);
            assertThat(conn.isAlive()).isFalse();
        }
        // The daemon itself is fine after it continues.
        try (Connect again = Connect.open(daemon.qemuUri())) {
            assertThat(Wait.holds(again::isAlive, Duration.ofSeconds(TIMEOUT_SECONDS))).isTrue();
        }
    }

    @Test
    void anUnregisteredCallbackIsNotCalled() {
        List<ConnectCloseReason> reasons = new CopyOnWriteArrayList<>();
        CountDownLatch closed = new CountDownLatch(1);
        try (Connect conn = Connect.open(daemon.qemuUri());
             EventRegistration watcher = conn.registerCloseCallback(reason -> closed.countDown())) {
            // One callback per connection: the watcher's. Unregistered, a second one may come.
            watcher.close();
            try (EventRegistration reg = conn.registerCloseCallback(reasons::add)) {
                reg.close();
                try (EventRegistration last = conn.registerCloseCallback(reason -> closed.countDown())) {
                    daemon.kill();
                    assertThat(awaitLatch(closed)).isTrue();
                }
            }
        }
        assertThat(reasons).isEmpty();
    }

    private static boolean awaitLatch(CountDownLatch latch) {
        try {
            return latch.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void signal(String signal, long pid) throws Exception {
        Process p = new ProcessBuilder(kill, signal, Long.toString(pid)).inheritIO().start();
        assertThat(p.waitFor()).isZero();
    }
}
