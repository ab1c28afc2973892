package org.virtfx.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The parts of the harness that need no daemon. */
class LibvirtDaemonTest {
    private static final Path SOCKET = Path.of("/tmp/virtfx-libvirtd-1/run/libvirt-sock");

    @Test
    void pointsLocalUrisAtThePrivateSocket() {
        assertThat(LibvirtDaemon.uri("qemu:///system", SOCKET))
                .isEqualTo("qemu+unix:///system?socket=/tmp/virtfx-libvirtd-1/run/libvirt-sock");
        assertThat(LibvirtDaemon.uri("test:///default", SOCKET))
                .isEqualTo("test+unix:///default?socket=/tmp/virtfx-libvirtd-1/run/libvirt-sock");
        assertThat(LibvirtDaemon.uri("test:///abs/host.xml", SOCKET))
                .isEqualTo("test+unix:///abs/host.xml?socket=/tmp/virtfx-libvirtd-1/run/libvirt-sock");
    }

    @Test
    void keepsAnExistingQuery() {
        assertThat(LibvirtDaemon.uri("qemu:///system?mode=legacy", SOCKET))
                .isEqualTo("qemu+unix:///system?mode=legacy&socket=/tmp/virtfx-libvirtd-1/run/libvirt-sock");
    }

    @Test
    void refusesUrisThatAlreadyNameATransportOrHost() {
        assertThatThrownBy(() -> LibvirtDaemon.uri("qemu+ssh://host/system", SOCKET))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LibvirtDaemon.uri("qemu+unix:///system", SOCKET))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
