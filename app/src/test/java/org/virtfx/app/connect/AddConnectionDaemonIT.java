package org.virtfx.app.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.virtfx.app.AppUnderTest.await;
import static org.virtfx.app.AppUnderTest.onFx;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.virtfx.app.AppUnderTest;
import org.virtfx.testsupport.LibvirtDaemon;
import org.virtfx.ui.api.DomainModel;

/**
 * File &gt; Add Connection against a real libvirtd (test-support's private daemon), reached by
 * custom URIs over its unix socket: its shared test driver and its QEMU driver.
 */
class AddConnectionDaemonIT {
    private static LibvirtDaemon daemon;
    @TempDir
    Path config;
    private AppUnderTest app;
    private FxRobot robot;

    @BeforeAll
    static void startDaemon() {
        daemon = LibvirtDaemon.start();
    }

    @AfterAll
    static void stopDaemon() {
        if (daemon != null) {
            daemon.close();
        }
    }

    @BeforeEach
    void startApp() throws Exception {
        app = new AppUnderTest(config).start("--demo");
        robot = app.robot;
    }

    @AfterEach
    void stopApp() throws Exception {
        app.close(); // closes its connections before the daemon stops
    }

    private void addCustom(String uri, String name) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N).release(KeyCode.N, KeyCode.SHIFT, KeyCode.CONTROL);
        await(() -> !robot.lookup("#add-connection-uri").queryAll().isEmpty());
        robot.clickOn("#add-connection-hypervisor");
        robot.clickOn("Custom URI");
        robot.clickOn("#add-connection-custom").write(uri);
        robot.clickOn("#add-connection-name").write(name);
        robot.clickOn("#add-connection-connect");
    }

    private Set<String> listedDomains() {
        return AppUnderTest.shownDomains(robot).stream().map(DomainModel::getName).collect(Collectors.toSet());
    }

    @Test
    void theDaemonsTestDriverOverItsSocket() throws Exception {
        addCustom(daemon.testUri(), "Daemon test");
        await(() -> app.statusConnections().contains("Daemon test: connected"));
        // libvirt's default test host has one machine, "test", running
        await(() -> listedDomains().contains("test"));
        assertThat(robot.lookup("#status-message").queryLabeled().getText()).isEqualTo("Connected to Daemon test");
        assertThat(app.fxThreadErrors).isEmpty();
    }

    @Test
    void theDaemonsQemuDriverOverItsSocket() throws Exception {
        addCustom(daemon.qemuUri(), "Daemon QEMU");
        await(() -> app.statusConnections().contains("Daemon QEMU: connected"));
        assertThat(robot.lookup("#status-message").queryLabeled().getText()).isEqualTo("Connected to Daemon QEMU");
        assertThat(app.fxThreadErrors).isEmpty();
    }
}
