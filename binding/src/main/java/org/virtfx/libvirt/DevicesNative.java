package org.virtfx.libvirt;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToIntBiFunction;
import java.util.function.ToIntFunction;
import org.virtfx.libvirt.internal.NativeStrings;
import org.virtfx.libvirt.internal.Scratch;

/**
 * Native plumbing shared by the node device, secret and network filter wrappers: the C arrays
 * that libvirt fills or allocates, and raw 16-byte UUIDs.
 */
final class DevicesNative {
    /** {@code VIR_UUID_BUFLEN}: a raw UUID's size in bytes. */
    static final int UUID_BUFLEN = 16;
    /** {@code VIR_UUID_STRING_BUFLEN}: 36 characters and a NUL. */
    static final int UUID_STRING_BUFLEN = 37;

    private DevicesNative() {
    }

    /**
     * Wraps the handles of a {@code virConnectListAll*} result and frees the C array. Every
     * element is wrapped before anything can throw, so no reference is lost.
     *
     * @param array the array libvirt allocated (NULL-terminated), or null when {@code n} is 0
     * @param n how many handles it holds
     * @param wrap the handle constructor, taking ownership of one reference
     * @return the handles
     */
    static <T extends AutoCloseable> HandleList<T> takeHandles(Pointer array, int n, Function<Pointer, T> wrap) {
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
     * Runs a legacy {@code char **names, int maxnames} listing and takes the strings it stored.
     * The count may have shrunk since the caller asked for it; libvirt then stores fewer.
     *
     * @param max how many names the array may hold (from the matching {@code NumOf} call)
     * @param function the C function, for the error
     * @param list the call, given the array and {@code max}; returns how many names it stored
     * @return the names, each freed after reading
     */
    static List<String> takeNames(int max, String function, ListCall list) {
        if (max <= 0) {
            return List.of();
        }
        try (Memory names = new Memory((long) max * Native.POINTER_SIZE)) {
            names.clear();
            int n = ErrorCapture.check(list.call(names, max), function);
            List<String> out = new ArrayList<>(n);
            for (int i = 0; i < max; i++) {
                // Take every slot, also beyond n, so that no string leaks whatever libvirt did.
                NativeStrings.takeUtf8(names.getPointer((long) i * Native.POINTER_SIZE)).ifPresent(s -> {
                    if (out.size() < n) {
                        out.add(s);
                    }
                });
            }
            return List.copyOf(out);
        }
    }

    /** A legacy listing call: fills {@code names} with at most {@code max} strings. */
    @FunctionalInterface
    interface ListCall {
        /**
         * @param names the array to fill
         * @param max its size
         * @return the number of names stored, or -1
         */
        int call(Pointer names, int max);
    }

    /**
     * @param uuid a UUID
     * @return its 16 bytes in text order, as libvirt's {@code unsigned char uuid[VIR_UUID_BUFLEN]}
     */
    static byte[] uuidBytes(UUID uuid) {
        return ByteBuffer.allocate(UUID_BUFLEN).putLong(uuid.getMostSignificantBits())
                .putLong(uuid.getLeastSignificantBits()).array();
    }

    /**
     * @param raw libvirt's 16 bytes, in text order
     * @return the UUID
     */
    static UUID uuidOf(byte[] raw) {
        if (raw.length != UUID_BUFLEN) {
            throw new IllegalArgumentException("a raw UUID has 16 bytes, not " + raw.length);
        }
        ByteBuffer b = ByteBuffer.wrap(raw);
        return new UUID(b.getLong(), b.getLong());
    }

    /**
     * Calls a {@code virXLookupByUUID} function with the UUID in a native buffer.
     *
     * @param uuid the UUID
     * @param lookup the call, given the 16-byte buffer
     * @return the call's result
     */
    static Pointer withRawUuid(UUID uuid, Function<Pointer, Pointer> lookup) {
        try (Memory raw = new Memory(UUID_BUFLEN)) {
            raw.write(0, uuidBytes(uuid), 0, UUID_BUFLEN);
            return lookup.apply(raw);
        }
    }

    /** A {@code virConnectListAll*} call: stores the array's address into {@code out}. */
    @FunctionalInterface
    interface ListAllCall {
        /**
         * @param conn the connection
         * @param out where libvirt stores the array's address
         * @return the number of handles, or -1
         */
        int call(Pointer conn, Pointer out);
    }

    /**
     * Runs a call that returns a new reference (lookup, define, create) and wraps it.
     *
     * @param owner the handle the call is made on
     * @param function the C function, for the error
     * @param lookup the call, given the owner's pointer
     * @param wrap the handle constructor
     * @return the new handle
     */
    static <T> T lookup(Handle owner, String function, Function<Pointer, Pointer> lookup, Function<Pointer, T> wrap) {
        return owner.call(p -> wrap.apply(ErrorCapture.check(lookup.apply(p), function)));
    }

    /**
     * Runs a {@code virXLookupByUUID} call with the UUID's 16 bytes and wraps the result.
     *
     * @param owner the connection
     * @param function the C function, for the error
     * @param uuid the UUID
     * @param lookup the call, given the connection's pointer and the raw UUID
     * @param wrap the handle constructor
     * @return the new handle
     */
    static <T> T lookupByRawUuid(Handle owner, String function, UUID uuid,
            BiFunction<Pointer, Pointer, Pointer> lookup, Function<Pointer, T> wrap) {
        Objects.requireNonNull(uuid, "uuid");
        return owner.call(p -> wrap.apply(ErrorCapture.check(withRawUuid(uuid, raw -> lookup.apply(p, raw)), function)));
    }

    /**
     * Runs a {@code virConnectListAll*} call and wraps every handle in the array it returns.
     *
     * @param owner the connection
     * @param function the C function, for the error
     * @param list the call
     * @param wrap the handle constructor
     * @return the handles
     */
    static <T extends AutoCloseable> HandleList<T> listAll(Handle owner, String function, ListAllCall list,
            Function<Pointer, T> wrap) {
        return owner.call(p -> {
            Pointer out = Scratch.get(Native.POINTER_SIZE);
            int n = ErrorCapture.check(list.call(p, out), function);
            return takeHandles(out.getPointer(0), n, wrap);
        });
    }

    /**
     * Reads a raw UUID through a {@code virXGetUUID} call.
     *
     * @param owner the handle
     * @param function the C function, for the error
     * @param get the call, given the handle's pointer and a 16-byte buffer
     * @return the UUID
     */
    static UUID getRawUuid(Handle owner, String function, ToIntBiFunction<Pointer, Pointer> get) {
        return owner.call(p -> {
            Pointer buf = Scratch.get(UUID_BUFLEN);
            ErrorCapture.check(get.applyAsInt(p, buf), function);
            return uuidOf(buf.getByteArray(0, UUID_BUFLEN));
        });
    }

    /**
     * Reads a UUID as text through a {@code virXGetUUIDString} call.
     *
     * @param owner the handle
     * @param function the C function, for the error
     * @param get the call, given the handle's pointer and a 37-byte buffer
     * @return the UUID, 36 characters
     */
    static String getUuidString(Handle owner, String function, ToIntBiFunction<Pointer, Pointer> get) {
        return owner.call(p -> {
            Pointer buf = Scratch.get(UUID_STRING_BUFLEN);
            ErrorCapture.check(get.applyAsInt(p, buf), function);
            return NativeStrings.borrowUtf8(buf);
        });
    }

    /**
     * Runs a call returning a {@code const char *} that libvirt owns and NULL on error.
     *
     * @param owner the handle
     * @param function the C function, for the error
     * @param get the call
     * @return the string
     */
    static String borrowString(Handle owner, String function, Function<Pointer, Pointer> get) {
        return owner.call(p -> NativeStrings.borrowUtf8(ErrorCapture.check(get.apply(p), function)));
    }

    /**
     * Runs a call returning 1 (true), 0 (false) or -1 (error).
     *
     * @param owner the handle
     * @param function the C function, for the error
     * @param test the call
     * @return the answer
     */
    static boolean callBoolean(Handle owner, String function, ToIntFunction<Pointer> test) {
        return owner.callInt(function, test) == 1;
    }
}
