package org.virtfx.ui.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConnectionNamesTest {
    @Test
    void namesConnectionsAsVirtManagerDoes() {
        assertThat(ConnectionNames.displayName("qemu:///system")).isEqualTo("QEMU/KVM");
        assertThat(ConnectionNames.displayName("qemu:///session")).isEqualTo("QEMU/KVM User session");
        assertThat(ConnectionNames.displayName("qemu+ssh://root@server.lan/system")).isEqualTo("QEMU/KVM: server.lan");
        assertThat(ConnectionNames.displayName("lxc:///")).isEqualTo("LXC");
        assertThat(ConnectionNames.displayName("test:///tmp/x.xml")).isEqualTo("Test");
    }

    @Test
    void keepsWhatItCannotParse() {
        assertThat(ConnectionNames.displayName("not a uri")).isEqualTo("not a uri");
    }
}
