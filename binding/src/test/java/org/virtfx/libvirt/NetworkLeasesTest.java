package org.virtfx.libvirt;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link NetworkLeases#read}: decoding a {@code virNetworkDHCPLease} from memory, without libvirt. */
class NetworkLeasesTest {
    private final List<Memory> strings = new ArrayList<>();

    @AfterEach
    void free() {
        strings.forEach(Memory::close);
    }

    private Memory text(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        Memory m = new Memory(b.length + 1L);
        m.write(0, b, 0, b.length);
        m.setByte(b.length, (byte) 0);
        strings.add(m);
        return m;
    }

    @Test
    void layoutFollowsTheCStruct() {
        int p = Native.POINTER_SIZE;
        assertThat(NetworkLeases.IFACE).isZero();
        assertThat(NetworkLeases.EXPIRY_TIME).isEqualTo(8);
        assertThat(NetworkLeases.TYPE).isEqualTo(16);
        if (p == 8) {
            assertThat(NetworkLeases.MAC).isEqualTo(24);
            assertThat(NetworkLeases.IAID).isEqualTo(32);
            assertThat(NetworkLeases.IP_ADDR).isEqualTo(40);
            assertThat(NetworkLeases.PREFIX).isEqualTo(48);
            assertThat(NetworkLeases.HOSTNAME).isEqualTo(56);
            assertThat(NetworkLeases.CLIENT_ID).isEqualTo(64);
            assertThat(NetworkLeases.SIZE).isEqualTo(72);
        }
    }

    @Test
    void readsAnIpv4Lease() {
        try (Memory lease = new Memory(NetworkLeases.SIZE)) {
            lease.clear();
            lease.setPointer(NetworkLeases.IFACE, text("virbr9"));
            lease.setLong(NetworkLeases.EXPIRY_TIME, 1_790_000_000L);
            lease.setInt(NetworkLeases.TYPE, 0);
            lease.setPointer(NetworkLeases.MAC, text("52:54:00:f0:00:01"));
            lease.setPointer(NetworkLeases.IP_ADDR, text("192.168.250.10"));
            lease.setInt(NetworkLeases.PREFIX, 24);
            lease.setPointer(NetworkLeases.HOSTNAME, text("fx-guest"));
            lease.setPointer(NetworkLeases.CLIENT_ID, text("01:52:54:00:f0:00:01"));

            NetworkDHCPLease l = NetworkLeases.read(lease);

            assertThat(l).isEqualTo(new NetworkDHCPLease("virbr9", 1_790_000_000L, IPAddrType.IPV4,
                    Optional.of("52:54:00:f0:00:01"), Optional.empty(), "192.168.250.10", 24,
                    Optional.of("fx-guest"), Optional.of("01:52:54:00:f0:00:01")));
        }
    }

    @Test
    void readsAnIpv6LeaseWithMissingFields() {
        try (Memory lease = new Memory(NetworkLeases.SIZE)) {
            lease.clear();
            lease.setPointer(NetworkLeases.IFACE, text("virbr9"));
            lease.setInt(NetworkLeases.TYPE, 1);
            lease.setPointer(NetworkLeases.IAID, text("15335424"));
            lease.setPointer(NetworkLeases.IP_ADDR, text("fd00::10"));
            lease.setInt(NetworkLeases.PREFIX, 64);

            NetworkDHCPLease l = NetworkLeases.read(lease);

            assertThat(l.type()).isEqualTo(IPAddrType.IPV6);
            assertThat(l.expiryTime()).isZero();
            assertThat(l.mac()).isEmpty();
            assertThat(l.iaid()).contains("15335424");
            assertThat(l.ipAddr()).isEqualTo("fd00::10");
            assertThat(l.prefix()).isEqualTo(64);
            assertThat(l.hostname()).isEmpty();
            assertThat(l.clientId()).isEmpty();
        }
    }

    @Test
    void anUnknownFamilyDecodesAsUnknown() {
        try (Memory lease = new Memory(NetworkLeases.SIZE)) {
            lease.clear();
            lease.setInt(NetworkLeases.TYPE, 7);
            assertThat(NetworkLeases.read(lease).type()).isEqualTo(IPAddrType.UNKNOWN);
        }
    }
}
