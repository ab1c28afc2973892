package org.virtfx.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The XML itself is checked by libvirt in LibvirtDaemonIT; this checks what it asks for. */
class GuestsTest {
    @Test
    void describesADisklessBiosGuestWithDisplayConsoleAndChannel() {
        String xml = Guests.biosGuest("bios-1");

        assertThat(xml).contains("<domain type='" + Guests.domainType() + "'>", "<name>bios-1</name>",
                "<memory unit='MiB'>64</memory>", "<cpu mode='custom'", "<model fallback='forbid'>qemu64</model>",
                "<graphics type='vnc' autoport='yes'>", "address='127.0.0.1'", "<console type='pty'>",
                "<target type='virtio' name='" + Guests.CHANNEL + "'/>");
        assertThat(xml).doesNotContain("<disk", "<interface", "host-passthrough");
    }

    @Test
    void usesKvmExactlyWhenThisProcessCanOpenIt() {
        assertThat(Guests.domainType()).isEqualTo(Guests.kvmUsable() ? "kvm" : "qemu");
    }

    @Test
    void givesEveryGuestItsOwnName() {
        assertThat(Guests.uniqueName("t")).startsWith("t-").isNotEqualTo(Guests.uniqueName("t"));
    }

    @Test
    void refusesNamesThatWouldNeedEscaping() {
        assertThatThrownBy(() -> Guests.biosGuest("a<b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Guests.biosGuest("")).isInstanceOf(IllegalArgumentException.class);
    }
}
