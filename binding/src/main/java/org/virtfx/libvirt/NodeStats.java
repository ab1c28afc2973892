package org.virtfx.libvirt;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.virtfx.libvirt.internal.NativeStrings;
import org.virtfx.libvirt.internal.Scratch;
import org.virtfx.libvirt.internal.StructLayout;

/**
 * Native work behind {@link ConnectNode}: the two-step node statistics, C string arrays and
 * CPU maps. Package-private helpers, thread-safe (no state).
 */
final class NodeStats {
    // struct _virNodeCPUStats and _virNodeMemoryStats: { char field[80]; unsigned long long value; }
    private static final int FIELD_LENGTH = 80;
    private static final int FIELD;
    private static final int VALUE;
    private static final int SIZE;

    static {
        StructLayout l = new StructLayout();
        FIELD = l.addArray(FIELD_LENGTH, 1);
        VALUE = l.add(8);
        SIZE = l.size();
    }

    /** {@code f(conn, cell, params, &nparams, flags)}. */
    @FunctionalInterface
    interface StatsCall {
        int call(Pointer params, Pointer nparams);
    }

    private NodeStats() {
    }

    static Map<String, Long> fetch(String function, StatsCall call) {
        Pointer n = Scratch.get(4);
        ErrorCapture.check(call.call(null, n), function);
        int count = n.getInt(0);
        if (count <= 0) {
            return Map.of();
        }
        try (Memory array = new Memory((long) SIZE * count)) {
            array.clear();
            Pointer nparams = Scratch.get(4);
            nparams.setInt(0, count);
            ErrorCapture.check(call.call(array, nparams), function);
            int filled = Math.min(count, nparams.getInt(0));
            Map<String, Long> out = new LinkedHashMap<>();
            for (int i = 0; i < filled; i++) {
                long base = (long) i * SIZE;
                byte[] raw = array.getByteArray(base + FIELD, FIELD_LENGTH);
                int len = 0;
                while (len < raw.length && raw[len] != 0) {
                    len++;
                }
                out.put(new String(raw, 0, len, StandardCharsets.UTF_8), array.getLong(base + VALUE));
            }
            return Collections.unmodifiableMap(out);
        }
    }

    /** Packs strings as a C {@code const char **}; the strings stay pinned by the returned list. */
    static Memory packStrings(List<String> strings, List<Memory> keep) {
        Memory array = new Memory((long) Native.POINTER_SIZE * Math.max(1, strings.size()));
        for (int i = 0; i < strings.size(); i++) {
            String s = java.util.Objects.requireNonNull(strings.get(i), "null string in list");
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            Memory m = new Memory(utf8.length + 1L);
            m.write(0, utf8, 0, utf8.length);
            m.setByte(utf8.length, (byte) 0);
            keep.add(m);
            array.setPointer((long) i * Native.POINTER_SIZE, m);
        }
        return array;
    }

    /** Reads and frees a libvirt-allocated {@code char **} of {@code n} strings. */
    static List<String> takeStrings(Pointer array, int n) {
        List<String> out = new ArrayList<>(n);
        if (array == null) {
            return out;
        }
        try {
            for (int i = 0; i < n; i++) {
                NativeStrings.takeUtf8(array.getPointer((long) i * Native.POINTER_SIZE)).ifPresent(out::add);
            }
        } finally {
            Native.free(Pointer.nativeValue(array));
        }
        return Collections.unmodifiableList(out);
    }
}
