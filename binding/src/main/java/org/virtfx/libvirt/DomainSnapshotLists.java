package org.virtfx.libvirt;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.virtfx.libvirt.internal.NativeStrings;
import org.virtfx.libvirt.internal.Scratch;

/**
 * Decodes the C arrays that the snapshot listing calls return, and frees them. Thread-safe: no
 * state.
 */
final class DomainSnapshotLists {

    /** A call of the form {@code f(obj, virDomainSnapshotPtr **snaps, flags)}. */
    @FunctionalInterface
    interface ListAllCall {
        int call(Pointer out);
    }

    /** A call of the form {@code f(obj, char **names, int nameslen, flags)}. */
    @FunctionalInterface
    interface ListNamesCall {
        int call(Pointer names, int nameslen);
    }

    private DomainSnapshotLists() {
    }

    /**
     * Runs a {@code ListAll} call and wraps the snapshots it returns, freeing the C array.
     *
     * @param function the C function, for errors
     * @param call the call, given where to store the array
     * @return the snapshots; the caller closes the list
     */
    static HandleList<DomainSnapshot> listAll(String function, ListAllCall call) {
        Pointer out = Scratch.get(Native.POINTER_SIZE);
        int n = ErrorCapture.check(call.call(out), function);
        Pointer array = out.getPointer(0);
        List<DomainSnapshot> snapshots = new ArrayList<>(n);
        try {
            for (int i = 0; i < n; i++) {
                snapshots.add(new DomainSnapshot(array.getPointer((long) i * Native.POINTER_SIZE)));
            }
        } finally {
            if (array != null) {
                Native.free(Pointer.nativeValue(array));
            }
        }
        return new HandleList<>(snapshots);
    }

    /**
     * Runs a legacy {@code ListNames} call into an array of {@code count} slots, then frees each
     * name.
     *
     * @param function the C function, for errors
     * @param count the number of names expected (from the matching {@code Num} call)
     * @param call the call
     * @return the names, at most {@code count}
     */
    static List<String> listNames(String function, int count, ListNamesCall call) {
        if (count <= 0) {
            return List.of();
        }
        try (Memory names = new Memory((long) count * Native.POINTER_SIZE)) {
            names.clear();
            int n = ErrorCapture.check(call.call(names, count), function);
            List<String> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                NativeStrings.takeUtf8(names.getPointer((long) i * Native.POINTER_SIZE)).ifPresent(out::add);
            }
            return Collections.unmodifiableList(out);
        }
    }
}
