package org.virtfx.app.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every way the Add Connection dialog can put a URI together. */
class ConnectionUriTest {

    @ParameterizedTest
    @CsvSource({
        "QEMU_SYSTEM,  qemu:///system",
        "QEMU_SESSION, qemu:///session",
        "LXC,          lxc:///system",
        "XEN,          xen:///system",
    })
    void localHypervisors(Hypervisor hv, String expected) {
        ConnectionUri c = ConnectionUri.local(hv);
        assertThat(c.toUri()).isEqualTo(expected);
        assertThat(c.problem()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        // hypervisor, transport, user, host, port, expected
        "QEMU_SYSTEM,  SSH, root,  server,      '',    qemu+ssh://root@server/system",
        "QEMU_SYSTEM,  SSH, '',    server,      '',    qemu+ssh://server/system",
        "QEMU_SYSTEM,  SSH, root,  server,      22,    qemu+ssh://root@server/system",
        "QEMU_SYSTEM,  SSH, root,  server,      2222,  qemu+ssh://root@server:2222/system",
        "QEMU_SESSION, SSH, alice, box.lan,     '',    qemu+ssh://alice@box.lan/session",
        "LXC,          SSH, root,  server,      '',    lxc+ssh://root@server/system",
        "XEN,          SSH, root,  server,      '',    xen+ssh://root@server/system",
        "QEMU_SYSTEM,  TLS, '',    server,      '',    qemu+tls://server/system",
        "QEMU_SYSTEM,  TLS, admin, server,      '',    qemu+tls://admin@server/system",
        "QEMU_SYSTEM,  TLS, '',    server,      16514, qemu+tls://server/system",
        "QEMU_SYSTEM,  TLS, '',    server,      16509, qemu+tls://server:16509/system",
        "QEMU_SYSTEM,  TCP, '',    server,      '',    qemu+tcp://server/system",
        "QEMU_SYSTEM,  TCP, admin, server,      '',    qemu+tcp://server/system",
        "QEMU_SYSTEM,  TCP, '',    server,      16509, qemu+tcp://server/system",
        "QEMU_SYSTEM,  TCP, '',    server,      16514, qemu+tcp://server:16514/system",
        "QEMU_SYSTEM,  SSH, root,  192.0.2.7,   '',    qemu+ssh://root@192.0.2.7/system",
        "QEMU_SYSTEM,  SSH, root,  2001:db8::1, '',    qemu+ssh://root@[2001:db8::1]/system",
        "QEMU_SYSTEM,  SSH, root,  ::1,         2200,  qemu+ssh://root@[::1]:2200/system",
        "QEMU_SYSTEM,  TLS, '',    [fe80::1],   '',    qemu+tls://[fe80::1]/system",
    })
    void remoteHosts(Hypervisor hv, Transport transport, String user, String host, String port, String expected) {
        ConnectionUri c = ConnectionUri.local(hv).over(transport, user, host, port);
        assertThat(c.toUri()).isEqualTo(expected);
        assertThat(c.problem()).isEmpty();
    }

    @Test
    void aTestDriverFileIsTheUriPath() {
        assertThat(ConnectionUri.testFile("/srv/lab/host.xml").toUri()).isEqualTo("test:///srv/lab/host.xml");
        assertThat(ConnectionUri.testFile("/srv/lab/host.xml").over(Transport.SSH, "root", "server", "").toUri())
                .isEqualTo("test+ssh://root@server/srv/lab/host.xml");
    }

    @Test
    void whatAUriCannotHoldIsPercentEncoded() {
        assertThat(ConnectionUri.testFile("/tmp/my lab/höst#1?.xml").toUri())
                .isEqualTo("test:///tmp/my%20lab/h%C3%B6st%231%3F.xml");
        assertThat(ConnectionUri.local(Hypervisor.QEMU_SYSTEM).over(Transport.SSH, "ann@corp", "server", "").toUri())
                .isEqualTo("qemu+ssh://ann%40corp@server/system");
    }

    @Test
    void aCustomUriIsPassedThroughAsTyped() {
        String typed = "qemu+ssh://root@server:2222/system?keyfile=/root/.ssh/id&no_verify=1";
        assertThat(ConnectionUri.custom("  " + typed + " ").toUri()).isEqualTo(typed);
        assertThat(ConnectionUri.custom("not a uri at all").toUri()).isEqualTo("not a uri at all");
        // the remote fields do not apply to it
        assertThat(ConnectionUri.custom("test:///default").over(Transport.SSH, "root", "server", "2222").toUri())
                .isEqualTo("test:///default");
    }

    @Test
    void nullFieldsAreEmpty() {
        ConnectionUri c = new ConnectionUri(null, null, null, null, null, null, null);
        assertThat(c.toUri()).isEqualTo("qemu:///system");
        assertThat(c.remote()).isEqualTo(Optional.empty());
    }

    @Test
    void incompleteChoicesSayWhatIsMissing() {
        assertThat(ConnectionUri.custom(" ").problem()).contains("Type a libvirt URI.");
        assertThat(ConnectionUri.testFile("").problem()).contains("Choose a test-driver file.");
        assertThat(ConnectionUri.testFile("lab/host.xml").problem()).contains("The test-driver file needs an absolute path.");
        ConnectionUri kvm = ConnectionUri.local(Hypervisor.QEMU_SYSTEM);
        assertThat(kvm.over(Transport.SSH, "root", "", "").problem()).contains("Type the remote host's name or address.");
        assertThat(kvm.over(Transport.SSH, "root", "my server", "").problem()).get().asString().contains("spaces");
        assertThat(kvm.over(Transport.SSH, "root", "server:2222", "").problem()).contains("Put the port in the Port field.");
        for (String port : new String[] {"0", "65536", "22a", "-1", "123456"}) {
            assertThat(kvm.over(Transport.SSH, "root", "server", port).problem()).as(port)
                    .contains("The port is a number from 1 to 65535.");
        }
        assertThat(kvm.over(Transport.SSH, "root", "server", "65535").problem()).isEmpty();
    }

    @Test
    void theIncompletePreviewStillFollowsTheFields() {
        // the dialog shows the URI as the user types, before it can be opened
        assertThat(ConnectionUri.local(Hypervisor.QEMU_SYSTEM).over(Transport.SSH, "root", "", "").toUri())
                .isEqualTo("qemu+ssh://root@/system");
        assertThat(ConnectionUri.local(Hypervisor.QEMU_SYSTEM).over(Transport.SSH, "", "ser", "9x").toUri())
                .isEqualTo("qemu+ssh://ser/system");
    }
}
