package org.virtfx.libvirt;

import com.sun.jna.Pointer;
import com.sun.jna.Memory;
import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.function.Function;
import java.util.UUID;
import org.virtfx.libvirt.internal.NativeStrings;

/**
 * Converts between {@link UUID} and libvirt's raw {@code unsigned char[VIR_UUID_BUFLEN]} UUIDs
 * (16 bytes, most significant first, the RFC 4122 byte order that {@code UUID} uses), and reads
 * {@code VIR_UUID_STRING_BUFLEN} buffers. Thread-safe: no state.
 */
final class Uuids {
    /** {@code VIR_UUID_BUFLEN}: the raw UUID's size. */
    static final int BUFLEN = 16;
    /** {@code VIR_UUID_STRING_BUFLEN}: 36 characters and a NUL. */
    static final int STRING_BUFLEN = 37;

    private Uuids() {
    }

    /**
     * Writes a UUID as libvirt's 16 raw bytes.
     *
     * @param uuid the UUID
     * @param to at least 16 bytes of memory
     */
    static void write(UUID uuid, Pointer to) {
        Objects.requireNonNull(uuid, "uuid");
        long msb = uuid.getMostSignificantBits();
        long lsb = uuid.getLeastSignificantBits();
        for (int i = 0; i < 8; i++) {
            to.setByte(i, (byte) (msb >>> (56 - 8 * i)));
            to.setByte(8 + i, (byte) (lsb >>> (56 - 8 * i)));
        }
    }

    /**
     * Reads libvirt's 16 raw bytes as a UUID.
     *
     * @param from the bytes
     * @return the UUID
     */
    static UUID read(Pointer from) {
        long msb = 0;
        long lsb = 0;
        for (int i = 0; i < 8; i++) {
            msb = (msb << 8) | (from.getByte(i) & 0xff);
            lsb = (lsb << 8) | (from.getByte(8 + i) & 0xff);
        }
        return new UUID(msb, lsb);
    }

    /**
     * Converts a UUID to libvirt's raw form: its 16 bytes, most significant first.
     *
     * @param uuid the UUID
     * @return 16 bytes
     */
    static byte[] toBytes(UUID uuid) {
        Objects.requireNonNull(uuid, "uuid");
        return ByteBuffer.allocate(BUFLEN).putLong(uuid.getMostSignificantBits())
                .putLong(uuid.getLeastSignificantBits()).array();
    }

    /**
     * Converts libvirt's raw UUID to a {@link UUID}.
     *
     * @param raw 16 bytes
     * @return the UUID
     * @throws IllegalArgumentException when there are not 16 bytes
     */
    static UUID fromBytes(byte[] raw) {
        if (raw.length != BUFLEN) {
            throw new IllegalArgumentException("a raw UUID has 16 bytes, not " + raw.length);
        }
        ByteBuffer b = ByteBuffer.wrap(raw);
        return new UUID(b.getLong(), b.getLong());
    }

    /**
     * Copies a raw UUID into native memory.
     *
     * @param uuid exactly 16 bytes
     * @return the memory; the caller closes it
     */
    static Memory memory(byte[] uuid) {
        Objects.requireNonNull(uuid, "uuid");
        if (uuid.length != BUFLEN) {
            throw new IllegalArgumentException("a raw UUID has 16 bytes, not " + uuid.length);
        }
        Memory m = new Memory(BUFLEN);
        m.write(0, uuid, 0, BUFLEN);
        return m;
    }

    /**
     * Calls a {@code virXLookupByUUID} function with the UUID in a native buffer.
     *
     * @param uuid the UUID
     * @param lookup the call, given the 16-byte buffer
     * @return the call's result
     */
    static Pointer withRaw(UUID uuid, Function<Pointer, Pointer> lookup) {
        try (Memory raw = memory(toBytes(uuid))) {
            return lookup.apply(raw);
        }
    }

    /**
     * Reads a UUID string buffer that a {@code GetUUIDString} call filled.
     *
     * @param from the buffer
     * @return the text, 36 characters
     */
    static String readString(Pointer from) {
        return NativeStrings.borrowUtf8(from);
    }
}
