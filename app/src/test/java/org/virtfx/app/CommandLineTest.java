package org.virtfx.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

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
        StartupConnections.Target t = StartupConnections.choose(CommandLine.parse(List.of()), p -> false);
        // then the demo host is chosen
        assertThat(t.demo()).isTrue();
    }

    @Test
    void withADaemonTheSystemConnectionOpens() {
        Path socket = StartupConnections.DAEMON_SOCKETS.get(0);
        StartupConnections.Target t = StartupConnections.choose(CommandLine.parse(List.of()), socket::equals);
        assertThat(t.demo()).isFalse();
        assertThat(t.uri()).isEqualTo("qemu:///system");
    }

    @Test
    void theCommandLineWinsOverTheDaemonAndDemoWinsOverTheDaemon() {
        assertThat(StartupConnections.choose(CommandLine.parse(List.of("-c", "lxc:///")), p -> true).uri())
                .isEqualTo("lxc:///");
        assertThat(StartupConnections.choose(CommandLine.parse(List.of("--demo")), p -> true).demo()).isTrue();
    }
}
