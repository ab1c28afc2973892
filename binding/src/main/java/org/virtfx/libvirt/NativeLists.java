package org.virtfx.libvirt;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.virtfx.libvirt.internal.NativeStrings;

/**
 * Reads the two kinds of C arrays that listing calls return: arrays of new handles that libvirt
 * allocated ({@code virConnectListAll*}), and caller-allocated arrays of names
 * ({@code virConnectList*(conn, char **const names, int maxnames)}). Frees what the caller owns.
 * Thread-safe: no state.
 */
final class NativeLists {

    /** A legacy name-listing call: fills up to {@code max} names and returns how many, or -1. */
    @FunctionalInterface
    interface NamesCall {
        int call(Pointer names, int max);
    }

    private NativeLists() {
    }

    /**
     * Wraps an array of {@code count} new references that libvirt allocated, then frees the array
     * (not the references: the handles own them).
     *
     * @param <T> the handle type
     * @param array the array, may be null when {@code count} is 0
     * @param count how many references it holds
     * @param wrap the handle constructor, taking ownership of one reference
     * @return the handles; the caller closes the list
     */
    static <T extends AutoCloseable> HandleList<T> takeHandles(Pointer array, int count, Function<Pointer, T> wrap) {
        List<T> out = new ArrayList<>(count);
        if (array == null) {
            return new HandleList<>(out);
        }
        try {
            for (int i = 0; i < count; i++) {
                out.add(wrap.apply(array.getPointer((long) i * Native.POINTER_SIZE)));
            }
        } finally {
            Native.free(Pointer.nativeValue(array));
        }
        return new HandleList<>(out);
    }

    /**
     * Runs a legacy name-listing call with room for {@code max} names, reads the names and frees
     * each one.
     *
     * @param function the C function, for errors
     * @param max the room to give, normally the matching {@code virConnectNumOf*} result
     * @param call the call
     * @return the names, in libvirt's order
     */
    static List<String> names(String function, int max, NamesCall call) {
        if (max <= 0) {
            return List.of();
        }
        try (Memory names = new Memory((long) max * Native.POINTER_SIZE)) {
            names.clear();
            int n = ErrorCapture.check(call.call(names, max), function);
            List<String> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                NativeStrings.takeUtf8(names.getPointer((long) i * Native.POINTER_SIZE)).ifPresent(out::add);
            }
            return List.copyOf(out);
        }
    }
}
