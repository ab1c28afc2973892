package org.virtfx.libvirt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.jna.Memory;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Raw UUIDs and file-descriptor arrays, without libvirt. */
class HandleArraysTest {

    @Test
    void uuidBytesAreMostSignificantFirstAndRoundTrip() {
        UUID uuid = UUID.fromString("00112233-4455-6677-8899-aabbccddeeff");
        byte[] raw = Uuids.toBytes(uuid);
        assertThat(raw).containsExactly(0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77,
                0x88, 0x99, 0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff);
        assertThat(Uuids.fromBytes(raw)).isEqualTo(uuid);
    }

    @Test
    void uuidMemoryHoldsExactlySixteenBytes() {
        byte[] raw = Uuids.toBytes(UUID.randomUUID());
        try (Memory m = Uuids.memory(raw)) {
            assertThat(m.size()).isEqualTo(16);
            assertThat(m.getByteArray(0, 16)).containsExactly(raw);
        }
        assertThatThrownBy(() -> Uuids.memory(new byte[17])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Uuids.fromBytes(new byte[3])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fdMemoryCopiesDescriptorsAndRefusesNegativeOnes() {
        try (Memory m = HandleArrays.fdMemory(new int[] {3, 7, 0})) {
            assertThat(m.getIntArray(0, 3)).containsExactly(3, 7, 0);
        }
        assertThat(HandleArrays.fdMemory(new int[0])).isNull();
        assertThatThrownBy(() -> HandleArrays.fdMemory(new int[] {1, -2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-2");
        assertThatThrownBy(() -> HandleArrays.fdMemory(null)).isInstanceOf(NullPointerException.class);
    }
}
