package org.virtfx.libvirt.internal;

import com.sun.jna.Callback;
import com.sun.jna.Pointer;

/**
 * Library-wide functions: initialisation, version and the error API ({@code libvirt-host.h},
 * {@code virterror.h}). All exist since libvirt 0.1.
 *
 * <p>Loading this class runs {@code virInitialize()}, which libvirt requires before any other
 * call from a multi-threaded program, and installs a no-op error handler so that libvirt never
 * prints errors to stderr: the binding reports them as exceptions instead.
 */
public final class LibvirtCore {
    /** Whether the functions below are linked. */
    public static final boolean LINKED = NativeLibvirt.register(LibvirtCore.class);

    /** {@code virErrorFunc}: called by libvirt for every error unless replaced. */
    public interface ErrorFunc extends Callback {
        /**
         * Receives an error.
         *
         * @param userData the pointer given to {@code virSetErrorFunc}
         * @param error the error
         */
        void invoke(Pointer userData, Pointer error);
    }

    /** Held in a static final field so that JNA's callback stub is never collected. */
    private static final ErrorFunc SILENT = (userData, error) -> { };

    /** The result of {@code virInitialize()}, or -1 when libvirt is not there. */
    public static final int INIT_RESULT;

    static {
        int result = -1;
        if (LINKED) {
            result = virInitialize();
            virSetErrorFunc(null, SILENT);
        }
        INIT_RESULT = result;
    }

    private LibvirtCore() {
    }

    /** @return 0, or -1 on error */
    public static native int virInitialize();

    /**
     * @param libVer receives the library version, major * 1,000,000 + minor * 1000 + release
     * @param type unused, may be null
     * @param typeVer unused, may be null
     * @return 0, or -1 on error
     */
    public static native int virGetVersion(Pointer libVer, String type, Pointer typeVer);

    /**
     * @param userData passed to the handler
     * @param handler the handler, or null for libvirt's default (printing to stderr)
     */
    public static native void virSetErrorFunc(Pointer userData, ErrorFunc handler);

    /**
     * @param to a {@code virError} to fill; its strings must be freed with {@link #virResetError}
     * @return the error code, 0 when there is no error, or -1
     */
    public static native int virCopyLastError(Pointer to);

    /** @param err a {@code virError} whose strings are freed and fields zeroed */
    public static native void virResetError(Pointer err);

    /** Clears this thread's last error. */
    public static native void virResetLastError();
}
