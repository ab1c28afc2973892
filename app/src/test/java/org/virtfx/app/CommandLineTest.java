package org.virtfx.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.virtfx.ui.core.saved.SavedConnection;

class CommandLineTest {
    @Test
    void parsesVirtManagersConnectOption() {
        assertThat(CommandLine.parse(List.of("--connect", "qemu:///system")).connect()).contains("qemu:///system");
        assertThat(CommandLine.parse(List.of("-c", "lxc:///")).connect()).contains("lxc:///");
        assertThat(CommandLine.parse(List.of("--connect=test:///default")).connect()).contains("test:///default");
        assertThat(CommandLine.parse(List.of()).connect()).isEmpty();
    }

    @Test
    void refusesBadArgumentsWithAClearMessage() {
        assertThatThrownBy(() -> CommandLine.parse(List.of("--connect"))).hasMessageContaining("needs a URI");
        assertThatThrownBy(() -> CommandLine.parse(List.of("--frobnicate"))).hasMessageContaining("unknown option");
        assertThatThrownBy(() -> CommandLine.parse(List.of("--demo", "-c", "qemu:///system")))
                .hasMessageContaining("exclude");
    }

    @Test
    void withoutADaemonTheDemoHostOpens() {
        // given no daemon socket on this machine
        StartupConnections.Target t = StartupConnections.choose(CommandLine.parse(List.of()), List.of(), p -> false).get(0);
        // then the demo host is chosen
        assertThat(t.demo()).isTrue();
    }

    @Test
    void withADaemonTheSystemConnectionOpens() {
        Path socket = StartupConnections.DAEMON_SOCKETS.get(0);
        StartupConnections.Target t = StartupConnections.choose(CommandLine.parse(List.of()), List.of(), socket::equals).get(0);
        assertThat(t.demo()).isFalse();
        assertThat(t.uri()).isEqualTo("qemu:///system");
        // found for the first time: it becomes a saved connection
        assertThat(t.save()).isTrue();
    }

    @Test
    void theCommandLineWinsOverTheDaemonAndDemoWinsOverTheDaemon() {
        List<SavedConnection> saved = List.of(new SavedConnection("qemu+ssh://root@far/system", "Far", true));
        assertThat(StartupConnections.choose(CommandLine.parse(List.of("-c", "lxc:///")), saved, p -> true))
                .extracting(StartupConnections.Target::uri).containsExactly("lxc:///");
        assertThat(StartupConnections.choose(CommandLine.parse(List.of("--demo")), saved, p -> true).get(0).demo()).isTrue();
    }

    @Test
    void savedAutoconnectConnectionsOpenInTheUsersOrderAndOthersWait() {
        List<SavedConnection> saved = List.of(
                new SavedConnection("qemu+ssh://root@b/system", "B", true),
                new SavedConnection("qemu:///session", "", false),
                new SavedConnection("qemu+tls://a/system", "A", true));
        assertThat(StartupConnections.choose(CommandLine.parse(List.of()), saved, p -> true))
                .containsExactly(new StartupConnections.Target("qemu+ssh://root@b/system", "B", false, false),
                        new StartupConnections.Target("qemu+tls://a/system", "A", false, false));
    }

    @Test
    void aSavedButNotAutoconnectedSystemConnectionIsNotSavedAgain() {
        Path socket = StartupConnections.DAEMON_SOCKETS.get(0);
        List<SavedConnection> saved = List.of(new SavedConnection("qemu:///system", "", false));
        StartupConnections.Target t = StartupConnections.choose(CommandLine.parse(List.of()), saved, socket::equals).get(0);
        assertThat(t.uri()).isEqualTo("qemu:///system");
        assertThat(t.save()).isFalse();
    }
}
