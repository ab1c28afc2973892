package org.virtfx.libvirt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.jna.Memory;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@link Uuids}: libvirt's raw 16-byte UUIDs against {@link UUID}, without libvirt. */
class UuidsTest {

    @Test
    void writesTheBytesInTextOrder() {
        UUID uuid = UUID.fromString("00112233-4455-6677-8899-aabbccddeeff");
        try (Memory m = new Memory(Uuids.BUFLEN)) {
            Uuids.write(uuid, m);
            byte[] bytes = m.getByteArray(0, Uuids.BUFLEN);
            for (int i = 0; i < 16; i++) {
                assertThat(bytes[i] & 0xff).isEqualTo(i * 0x11);
            }
        }
    }

    @Test
    void readsWhatItWrites() {
        UUID uuid = UUID.fromString("88888888-8888-4888-8888-888888888888");
        UUID high = new UUID(-1L, Long.MIN_VALUE);
        try (Memory m = new Memory(Uuids.BUFLEN)) {
            Uuids.write(uuid, m);
            assertThat(Uuids.read(m)).isEqualTo(uuid);
            Uuids.write(high, m);
            assertThat(Uuids.read(m)).isEqualTo(high);
        }
    }

    @Test
    void readsAStringBuffer() {
        byte[] text = "66666666-6666-4666-8666-666666666666".getBytes(StandardCharsets.US_ASCII);
        try (Memory m = new Memory(Uuids.STRING_BUFLEN)) {
            m.clear();
            m.write(0, text, 0, text.length);
            assertThat(Uuids.readString(m)).isEqualTo("66666666-6666-4666-8666-666666666666");
        }
    }

    @Test
    void refusesNull() {
        try (Memory m = new Memory(Uuids.BUFLEN)) {
            assertThatThrownBy(() -> Uuids.write(null, m)).isInstanceOf(NullPointerException.class);
        }
    }
}
