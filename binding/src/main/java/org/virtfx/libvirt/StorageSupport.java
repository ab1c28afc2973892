package org.virtfx.libvirt;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.ToIntBiFunction;
import org.virtfx.libvirt.internal.NativeStrings;

/**
 * Shared plumbing of the storage and stream wrappers: legacy name lists, raw UUIDs, and new
 * {@link Connect} handles for the {@code GetConnect} calls. Stateless and thread-safe.
 */
final class StorageSupport {
    /** {@code VIR_UUID_BUFLEN}: a raw UUID's 16 bytes. */
    static final int UUID_BUFLEN = 16;
    /** {@code VIR_UUID_STRING_BUFLEN}: 36 characters and a NUL. */
    static final int UUID_STRING_BUFLEN = 37;


    private StorageSupport() {
    }

    /**
     * Runs a legacy two-step name listing: count, then fill a caller-allocated {@code char **}
     * whose strings the caller frees.
     *
     * @param function the C listing function, for the error
     * @param count returns how many names there are (already checked)
     * @param list fills the array given as first argument, at most the second argument names
     * @return the names, in libvirt's order
     */
    static List<String> names(String function, int count, ToIntBiFunction<Pointer, Integer> list) {
        if (count <= 0) {
            return List.of();
        }
        try (Memory array = new Memory((long) count * Native.POINTER_SIZE)) {
            array.clear();
            int n = ErrorCapture.check(list.applyAsInt(array, count), function);
            List<String> names = new ArrayList<>(n);
            // Take every string, even after a decoding failure, so that none leaks.
            RuntimeException failure = null;
            for (int i = 0; i < n; i++) {
                try {
                    NativeStrings.takeUtf8(array.getPointer((long) i * Native.POINTER_SIZE)).ifPresent(names::add);
                } catch (RuntimeException e) {
                    failure = failure == null ? e : failure;
                }
            }
            if (failure != null) {
                throw failure;
            }
            return List.copyOf(names);
        }
    }

    /**
     * Wraps the handles of a {@code ListAll} array that libvirt allocated, then frees the array.
     *
     * @param <T> the handle type
     * @param array the array, or null when empty
     * @param n the number of handles in it
     * @param wrap makes a handle of one pointer, taking its reference
     * @return the handles; the caller closes the list
     */
    static <T extends AutoCloseable> HandleList<T> adoptArray(Pointer array, int n,
            Function<Pointer, T> wrap) {
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

    /** @return the 16 bytes of {@code uuid}, big-endian, as libvirt's {@code unsigned char[16]} */
    static byte[] uuidBytes(UUID uuid) {
        return ByteBuffer.allocate(UUID_BUFLEN).putLong(uuid.getMostSignificantBits())
                .putLong(uuid.getLeastSignificantBits()).array();
    }

    /** @return the UUID in the first 16 bytes at {@code p} */
    static UUID uuidAt(Pointer p) {
        ByteBuffer b = ByteBuffer.wrap(p.getByteArray(0, UUID_BUFLEN));
        return new UUID(b.getLong(), b.getLong());
    }

    /**
     * Makes a new, independent {@link Connect} handle for a connection pointer that libvirt lends.
     *
     * @param borrowed the lent pointer
     * @return a handle the caller closes
     */
    static Connect refConnect(Pointer borrowed) {
        return Connect.borrowed(borrowed);
    }
}
