package org.virtfx.libvirt;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
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
    private DevicesNative() {
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
        return owner.call(p -> wrap.apply(ErrorCapture.check(Uuids.withRaw(uuid, raw -> lookup.apply(p, raw)), function)));
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
            return HandleArrays.take(out.getPointer(0), n, wrap);
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
            Pointer buf = Scratch.get(Uuids.BUFLEN);
            ErrorCapture.check(get.applyAsInt(p, buf), function);
            return Uuids.fromBytes(buf.getByteArray(0, Uuids.BUFLEN));
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
            Pointer buf = Scratch.get(Uuids.STRING_BUFLEN);
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
