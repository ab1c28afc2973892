package org.virtfx.app.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.virtfx.app.AppUnderTest.await;
import static org.virtfx.app.AppUnderTest.onFx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.virtfx.app.AppUnderTest;
import org.virtfx.libvirt.Connect;
import org.virtfx.libvirt.LibvirtException;
import org.virtfx.ui.api.DomainModel;
import org.virtfx.ui.core.saved.SavedConnection;
import org.virtfx.ui.core.saved.SavedConnections;

/**
 * File &gt; Add Connection in the whole application, against libvirt's test driver: the URI
 * preview follows the fields, a typed test-driver file opens and is saved, and a URI libvirt
 * rejects shows libvirt's own message, code and domain.
 */
class AddConnectionIT {
    @TempDir
    Path config;
    private AppUnderTest app;
    private FxRobot robot;

    @BeforeEach
    void startApp() throws Exception {
        app = new AppUnderTest(config).start("--demo");
        robot = app.robot;
    }

    @AfterEach
    void stopApp() throws Exception {
        app.close();
    }

    private void openDialog() throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N).release(KeyCode.N, KeyCode.SHIFT, KeyCode.CONTROL);
        await(() -> !robot.lookup("#add-connection-uri").queryAll().isEmpty());
    }

    private String preview() {
        return onFx(() -> robot.lookup("#add-connection-uri").queryAs(TextField.class).getText());
    }

    private boolean connectDisabled() {
        return onFx(() -> robot.lookup("#add-connection-connect").queryAs(Button.class).isDisabled());
    }

    private void choose(String comboId, String item) {
        robot.clickOn(comboId);
        robot.clickOn(item);
    }

    private Set<String> listedDomains() {
        return AppUnderTest.shownDomains(robot).stream().map(DomainModel::getName).collect(Collectors.toSet());
    }

    @Test
    void thePreviewFollowsEveryKeystroke() throws Exception {
        // given the dialog, opened with its shortcut
        openDialog();
        assertThat(preview()).isEqualTo("qemu:///system");
        assertThat(connectDisabled()).isFalse();
        // when the user asks for a remote host, the URI follows each field as it is typed
        robot.clickOn("#add-connection-remote");
        assertThat(preview()).isEqualTo("qemu+ssh:///system");
        assertThat(connectDisabled()).as("no host yet").isTrue();
        robot.clickOn("#add-connection-host").write("serv");
        assertThat(preview()).isEqualTo("qemu+ssh://serv/system");
        robot.write("er");
        assertThat(preview()).isEqualTo("qemu+ssh://server/system");
        assertThat(connectDisabled()).isFalse();
        robot.clickOn("#add-connection-user").write("root");
        assertThat(preview()).isEqualTo("qemu+ssh://root@server/system");
        robot.clickOn("#add-connection-port").write("22");
        assertThat(preview()).as("the default port is left out").isEqualTo("qemu+ssh://root@server/system");
        robot.write("22");
        assertThat(preview()).isEqualTo("qemu+ssh://root@server:2222/system");
        // and follows the transport and the hypervisor
        choose("#add-connection-transport", "TLS");
        assertThat(preview()).isEqualTo("qemu+tls://root@server:2222/system");
        choose("#add-connection-transport", "TCP");
        assertThat(preview()).isEqualTo("qemu+tcp://server:2222/system");
        choose("#add-connection-hypervisor", "QEMU/KVM user session");
        assertThat(preview()).isEqualTo("qemu+tcp://server:2222/session");
        // an IPv6 address goes in brackets
        robot.doubleClickOn("#add-connection-host").eraseText(6).write("fd00::7");
        assertThat(preview()).isEqualTo("qemu+tcp://[fd00::7]:2222/session");
        // a bad port stops Connect and says why
        robot.clickOn("#add-connection-port").write("00"); // 222200
        assertThat(connectDisabled()).isTrue();
        assertThat(onFx(() -> robot.lookup("#add-connection-problem").queryLabeled().getText()))
                .isEqualTo("The port is a number from 1 to 65535.");
        robot.clickOn("Cancel");
        await(() -> robot.lookup("#add-connection-uri").queryAll().isEmpty());
        assertThat(app.fxThreadErrors).isEmpty();
    }

    @Test
    void aTypedTestDriverFileOpensIsListedAndSaved() throws Exception {
        // given a test-driver file, at a path with a space in it
        Path folder = Files.createDirectories(config.resolve("lab files"));
        Path file = Files.copy(Path.of(getClass().getResource("/added-testdriver.xml").toURI()), folder.resolve("host.xml"));
        openDialog();
        // when the user picks "Test driver file", types its path, a name, and presses Connect
        choose("#add-connection-hypervisor", "Test driver file");
        assertThat(connectDisabled()).as("no file yet").isTrue();
        robot.clickOn("#add-connection-file").write(file.toString());
        String uri = "test://" + file.toString().replace(" ", "%20");
        assertThat(preview()).isEqualTo(uri);
        robot.clickOn("#add-connection-name").write("Lab");
        robot.clickOn("#add-connection-connect");
        // then it connects and its machines are listed beside the demo host's
        await(() -> app.statusConnections().contains("Lab: connected"));
        await(() -> listedDomains().containsAll(Set.of("added-running", "added-shutoff")));
        assertThat(robot.lookup("#status-message").queryLabeled().getText()).isEqualTo("Connected to Lab");
        // and the saved list has it, with autoconnect (on by default), and nothing else
        await(() -> app.savedConnections().contains("Lab"));
        assertThat(SavedConnections.load(config).connections()).containsExactly(new SavedConnection(uri, "Lab", true));
        assertThat(app.fxThreadErrors).isEmpty();
    }

    @Test
    void aUriLibvirtRejectsShowsItsMessageCodeAndDomain() throws Exception {
        String bad = "qemu://[bad";
        // what libvirt itself says about it (off the JavaFX thread, as the app asks it)
        LibvirtException expected = CompletableFuture.supplyAsync(() -> {
            try (Connect c = Connect.open(bad)) {
                return Optional.<LibvirtException>empty();
            } catch (LibvirtException e) {
                return Optional.of(e);
            }
        }).get().orElseThrow();
        openDialog();
        choose("#add-connection-hypervisor", "Custom URI");
        robot.clickOn("#add-connection-custom").write(bad);
        assertThat(preview()).isEqualTo(bad);
        robot.clickOn("#add-connection-connect");
        // then an error dialog names the URI and gives libvirt's message
        await(() -> robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .anyMatch(p -> ("Could not connect to " + bad).equals(p.getHeaderText())));
        DialogPane error = robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .filter(p -> ("Could not connect to " + bad).equals(p.getHeaderText())).findFirst().orElseThrow();
        assertThat(onFx(error::getContentText)).isEqualTo(expected.libvirtMessage()).contains("Unable to parse URI");
        // with code and domain in the copyable details
        String details = onFx(() -> ((TextArea) error.getExpandableContent()).getText());
        assertThat(details).contains("code: " + expected.code() + " (" + expected.rawCode() + ")")
                .contains("domain: " + expected.domain());
        assertThat(onFx(() -> ((TextArea) error.getExpandableContent()).isEditable())).isFalse();
        // and the connection stays listed, disconnected with the reason
        await(() -> app.statusConnections().contains("disconnected (") && app.statusConnections().contains(expected.libvirtMessage()));
        robot.clickOn("OK");
        assertThat(app.fxThreadErrors).isEmpty();
    }
}
