package org.virtfx.libvirt;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.virtfx.libvirt.internal.NativeStrings;

/**
 * Decoding of the C arrays that libvirt's list calls fill: arrays of handles it allocates, and
 * caller-allocated arrays of names; plus the 16-byte raw UUIDs. Each method frees what the caller
 * owns, also when decoding fails half way.
 */
final class HandleArrays {
    /** {@code VIR_UUID_BUFLEN}: a raw UUID's size. */
    static final int UUID_BUFLEN = 16;

    private HandleArrays() {
    }

    /**
     * Wraps the handles of an array that libvirt allocated, then frees the array itself.
     *
     * @param <T> the handle type
     * @param array the array (may be null when {@code n} is 0)
     * @param n how many handles it holds
     * @param wrap takes ownership of one reference
     * @return the handles
     */
    static <T extends AutoCloseable> HandleList<T> take(Pointer array, int n, Function<Pointer, T> wrap) {
        List<T> handles = new ArrayList<>(n);
        try {
            for (int i = 0; i < n; i++) {
                handles.add(wrap.apply(array.getPointer((long) i * Native.POINTER_SIZE)));
            }
        } finally {
            if (array != null) {
                Native.free(Pointer.nativeValue(array));
            }
        }
        return new HandleList<>(handles);
    }

    /**
     * Reads and frees the first {@code n} strings of a caller-allocated {@code char *} array.
     *
     * @param array the array, which the caller frees (it is usually a {@code Memory})
     * @param n how many entries libvirt filled
     * @return the strings
     */
    static List<String> takeNames(Pointer array, int n) {
        List<String> names = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            // Take every entry, even after a bad one, so that none leaks.
            NativeStrings.takeUtf8(array.getPointer((long) i * Native.POINTER_SIZE)).ifPresent(names::add);
        }
        return names;
    }

    /**
     * Copies a raw UUID into native memory.
     *
     * @param uuid exactly 16 bytes
     * @return the memory; the caller closes it
     */
    static Memory uuidMemory(byte[] uuid) {
        Objects.requireNonNull(uuid, "uuid");
        if (uuid.length != UUID_BUFLEN) {
            throw new IllegalArgumentException("a raw UUID has 16 bytes, not " + uuid.length);
        }
        Memory m = new Memory(UUID_BUFLEN);
        m.write(0, uuid, 0, UUID_BUFLEN);
        return m;
    }

    /**
     * Converts a UUID to libvirt's raw form: its 16 bytes, most significant first.
     *
     * @param uuid the UUID
     * @return 16 bytes
     */
    static byte[] toBytes(UUID uuid) {
        Objects.requireNonNull(uuid, "uuid");
        byte[] b = new byte[UUID_BUFLEN];
        long hi = uuid.getMostSignificantBits();
        long lo = uuid.getLeastSignificantBits();
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (hi >>> (56 - 8 * i));
            b[8 + i] = (byte) (lo >>> (56 - 8 * i));
        }
        return b;
    }

    /**
     * Converts libvirt's raw UUID to a {@link UUID}.
     *
     * @param b 16 bytes
     * @return the UUID
     */
    static UUID fromBytes(byte[] b) {
        if (b.length != UUID_BUFLEN) {
            throw new IllegalArgumentException("a raw UUID has 16 bytes, not " + b.length);
        }
        long hi = 0;
        long lo = 0;
        for (int i = 0; i < 8; i++) {
            hi = hi << 8 | (b[i] & 0xff);
            lo = lo << 8 | (b[8 + i] & 0xff);
        }
        return new UUID(hi, lo);
    }

    /**
     * Copies file descriptors into native memory, refusing negative ones.
     *
     * @param files the descriptors
     * @return the memory, or null when there are none; the caller closes it
     */
    static Memory fdMemory(int[] files) {
        Objects.requireNonNull(files, "files");
        for (int fd : files) {
            if (fd < 0) {
                throw new IllegalArgumentException("negative file descriptor: " + fd);
            }
        }
        if (files.length == 0) {
            return null;
        }
        Memory m = new Memory((long) files.length * Integer.BYTES);
        m.write(0, files, 0, files.length);
        return m;
    }
}
