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

    private static final List<SavedConnection> SAVED = List.of(
            new SavedConnection("qemu+ssh://root@b/system", "B", true),
            new SavedConnection("qemu:///session", "", false),
            new SavedConnection("qemu+tls://a/system", "A", true));

    private static StartupConnections.Target target(String uri, String name, boolean open, boolean auto) {
        return new StartupConnections.Target(uri, name, false, open, auto);
    }

    @Test
    void withoutADaemonOrSavedConnectionsTheDemoHostOpens() {
        List<StartupConnections.Target> t = StartupConnections.choose(CommandLine.parse(List.of()), List.of(), p -> false);
        assertThat(t).singleElement().satisfies(d -> {
            assertThat(d.demo()).isTrue();
            assertThat(d.open()).isTrue();
        });
    }

    @Test
    void withADaemonTheSystemConnectionOpensAndIsSavedWithAutoconnect() {
        Path socket = StartupConnections.DAEMON_SOCKETS.get(0);
        assertThat(StartupConnections.choose(CommandLine.parse(List.of()), List.of(), socket::equals))
                .containsExactly(target("qemu:///system", "", true, true));
    }

    @Test
    void savedConnectionsAreListedInTheUsersOrderAndOnlyAutoconnectOnesOpen() {
        assertThat(StartupConnections.choose(CommandLine.parse(List.of()), SAVED, p -> true)).containsExactly(
                target("qemu+ssh://root@b/system", "B", true, true),
                target("qemu:///session", "", false, false),
                target("qemu+tls://a/system", "A", true, true));
    }

    @Test
    void theCommandLineUriOpensAloneAndTheSavedOnesWait() {
        assertThat(StartupConnections.choose(CommandLine.parse(List.of("-c", "qemu+tls://a/system")), SAVED, p -> true))
                .containsExactly(target("qemu+ssh://root@b/system", "B", false, true),
                        target("qemu:///session", "", false, false),
                        target("qemu+tls://a/system", "A", true, true));
    }

    @Test
    void demoOpensTheDemoHostAlone() {
        assertThat(StartupConnections.choose(CommandLine.parse(List.of("--demo")), SAVED, p -> true))
                .singleElement().satisfies(d -> assertThat(d.demo()).isTrue());
    }

    @Test
    void savedConnectionsWithoutAutoconnectStillLetTheLocalDaemonOpen() {
        Path socket = StartupConnections.DAEMON_SOCKETS.get(0);
        List<SavedConnection> saved = List.of(new SavedConnection("qemu:///system", "", false),
                new SavedConnection("lxc:///", "", false));
        assertThat(StartupConnections.choose(CommandLine.parse(List.of()), saved, socket::equals))
                .containsExactly(target("qemu:///system", "", true, true), target("lxc:///", "", false, false));
    }
}
