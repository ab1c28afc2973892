package org.virtfx.ui.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.virtfx.libvirt.Domain;
import org.virtfx.libvirt.DomainState;
import org.virtfx.testsupport.Wait;
import org.virtfx.ui.api.Connection;
import org.virtfx.ui.api.ConnectionState;
import org.virtfx.ui.api.DomainModel;

/**
 * Twenty connections live at once: sixteen in-process test-driver files and four through one
 * real libvirtd, which dies in the middle. Each connection fails on its own; the others go on.
 * One single-thread executor stands in for the JavaFX thread, as every model update must run on
 * one thread.
 */
class ManyConnectionsIT extends DaemonFixture {
    private static final int LOCAL = 16;
    private static final int REMOTE = 4;

    private ExecutorService fx;
    private ConnectionManager manager;
    private final UncaughtExceptions uncaught = new UncaughtExceptions();

    @BeforeEach
    void start() {
        uncaught.install();
        fx = Executors.newSingleThreadExecutor(r -> new Thread(r, "fake-fx"));
        manager = new ConnectionManager(fx, new LiveModelOptions(200, 10, true, 100, 1_000), null);
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (manager != null) {
            run(() -> manager.close());
        }
        fx.shutdown();
        fx.awaitTermination(10, TimeUnit.SECONDS);
        uncaught.uninstall();
    }

    @Test
    void aDeadHostDelaysNoOtherConnection() {
        // given 16 local and 4 daemon connections, each on its own copy of the fixture
        Path fixture = Path.of(CoreTestDriver.uri().substring("test://".length()));
        List<Connection> local = new ArrayList<>();
        List<Connection> remote = new ArrayList<>();
        run(() -> {
            for (int i = 0; i < LOCAL; i++) {
                // A query string makes each URI distinct: the manager keeps one connection per URI.
                local.add(manager.open("test://" + fixture + "?copy=" + i, "local " + i, false));
            }
            for (int i = 0; i < REMOTE; i++) {
                remote.add(manager.open(daemon.testUri(fixture) + "&copy=" + i, "remote " + i, false));
            }
        });
        List<Connection> all = new ArrayList<>(local);
        all.addAll(remote);
        Wait.until("20 connected", Duration.ofSeconds(60), () -> onFx(() -> all.stream()
                .allMatch(c -> c.stateProperty().get() == ConnectionState.CONNECTED)));
        assertThat(onFx(() -> manager.allDomains().size())).isEqualTo(20 * 3);

        // when libvirtd dies
        daemon.kill();
        // then its four connections show it, and keep their data
        Wait.until("the daemon's connections to show the drop", Duration.ofSeconds(2), () -> onFx(() -> remote.stream()
                .allMatch(c -> c.stateProperty().get() == ConnectionState.RECONNECTING)));
        assertThat(onFx(() -> remote.stream().mapToInt(c -> c.domains().size()).sum())).isEqualTo(REMOTE * 3);
        // and every local connection still works and updates its model while the host is down
        List<CompletableFuture<Object>> starts = new ArrayList<>();
        run(() -> local.forEach(c -> starts.add(c.call(conn -> {
            try (Domain d = conn.lookupDomainByName("core-shutoff")) {
                d.create();
            }
            return null;
        }))));
        CompletableFuture.allOf(starts.toArray(CompletableFuture[]::new)).orTimeout(30, TimeUnit.SECONDS).join();
        Wait.until("16 local models updated", Duration.ofSeconds(10), () -> onFx(() -> local.stream()
                .allMatch(c -> state(c, "core-shutoff") == DomainState.RUNNING)));
        assertThat(onFx(() -> remote.stream().allMatch(c -> c.stateProperty().get() == ConnectionState.RECONNECTING)))
                .isTrue();

        // and when it is back, the four reconnect by themselves
        daemon.restart();
        Wait.until("the daemon's connections back", Duration.ofSeconds(30), () -> onFx(() -> remote.stream()
                .allMatch(c -> c.stateProperty().get() == ConnectionState.CONNECTED)));
        assertThat(onFx(() -> manager.allDomains().size())).isEqualTo(20 * 3);
        assertThat(uncaught.all()).isEmpty();
    }

    private static DomainState state(Connection c, String name) {
        return c.domains().stream().filter(d -> d.getName().equals(name)).map(DomainModel::getState)
                .findFirst().orElse(null);
    }

    private void run(Runnable r) {
        onFx(() -> {
            r.run();
            return null;
        });
    }

    private <T> T onFx(java.util.function.Supplier<T> s) {
        return CompletableFuture.supplyAsync(s, fx).orTimeout(10, TimeUnit.SECONDS).join();
    }
}
