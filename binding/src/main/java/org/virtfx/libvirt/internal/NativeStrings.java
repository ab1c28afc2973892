package org.virtfx.libvirt.internal;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Reads C strings as UTF-8, and frees those the caller owns. */
public final class NativeStrings {
    private NativeStrings() {
    }

    /**
     * Reads a string that the callee still owns.
     *
     * @param p a NUL-terminated string, or null
     * @return the string, or null when {@code p} is null
     */
    public static String borrowUtf8(Pointer p) {
        return p == null ? null : p.getString(0, StandardCharsets.UTF_8.name());
    }

    /**
     * Reads a string that the caller owns, then frees it with C {@code free()}.
     *
     * @param p a malloc'ed NUL-terminated string, or null
     * @return the string, or empty when {@code p} is null
     */
    public static Optional<String> takeUtf8(Pointer p) {
        if (p == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(p.getString(0, StandardCharsets.UTF_8.name()));
        } finally {
            Native.free(Pointer.nativeValue(p));
        }
    }
}
