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

    /** A legacy listing call: fills {@code names} with at most {@code max} strings. */
    @FunctionalInterface
    interface NamesCall {
        /**
         * @param names the array to fill
         * @param max its size
         * @return the number of names stored, or -1
         */
        int call(Pointer names, int max);
    }

    /**
     * Runs a legacy {@code char **names, int maxnames} listing with room for {@code max} names
     * and takes the strings it stored. The count may have shrunk since the caller asked for it;
     * libvirt then stores fewer.
     *
     * @param function the C function, for errors
     * @param max the room to give, normally the matching {@code virConnectNumOf*} result
     * @param call the call
     * @return the names, in libvirt's order, each freed after reading
     */
    static List<String> names(String function, int max, NamesCall call) {
        if (max <= 0) {
            return List.of();
        }
        try (Memory names = new Memory((long) max * Native.POINTER_SIZE)) {
            names.clear();
            int n = ErrorCapture.check(call.call(names, max), function);
            // Take every slot, even after a bad one, so that no string leaks.
            return List.copyOf(takeNames(names, max).subList(0, Math.min(n, max)));
        }
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
