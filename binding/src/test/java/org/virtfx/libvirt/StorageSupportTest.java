package org.virtfx.libvirt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.jna.Memory;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Pure decoding of the storage and stream wrappers. */
class StorageSupportTest {

    @Test
    void uuidsRoundTripThroughLibvirtsSixteenBytes() {
        UUID uuid = UUID.fromString("5a5a5a5a-0000-4000-8000-000000000001");
        byte[] raw = Uuids.toBytes(uuid);
        assertThat(raw).hasSize(16).startsWith(0x5a, 0x5a, 0x5a, 0x5a, 0, 0, 0x40, 0);
        assertThat(raw[15]).isEqualTo((byte) 1);
        try (Memory m = new Memory(16)) {
            m.write(0, raw, 0, 16);
            assertThat(Uuids.read(m)).isEqualTo(uuid);
        }
    }

    @Test
    void decodesStreamEventMasks() {
        assertThat(StreamEvents.decode(0)).isEmpty();
        assertThat(StreamEvents.decode(1 | 8)).containsExactlyInAnyOrder(StreamEventType.READABLE, StreamEventType.HANGUP);
        assertThat(StreamEvents.decode(0xff)).isEqualTo(EnumSet.allOf(StreamEventType.class));
        assertThat(BitFlag.mask(EnumSet.of(StreamEventType.WRITABLE, StreamEventType.ERROR))).isEqualTo(6);
    }

    @Test
    void sectionsRejectNegativeLengths() {
        assertThat(new StreamSection(false, 4096).length()).isEqualTo(4096);
        assertThatThrownBy(() -> new StreamSection(true, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
