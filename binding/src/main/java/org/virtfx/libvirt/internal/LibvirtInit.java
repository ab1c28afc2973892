package org.virtfx.libvirt.internal;

import com.sun.jna.Callback;
import com.sun.jna.Pointer;

/**
 * Prepares libvirt before the first call: {@code virInitialize()}, which libvirt requires before
 * any other call from a multi-threaded program, and a no-op error handler so that libvirt never
 * prints errors to stderr (the binding reports them as exceptions instead).
 *
 * <p>{@link NativeLibvirt#register} loads this class before registering any other, so whichever
 * function is called first, initialisation has happened. Thread-safe: class initialisation runs
 * once.
 */
public final class LibvirtInit {
    /** Whether the two functions below are linked. */
    private static final boolean LINKED = NativeLibvirt.register(LibvirtInit.class);

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
    private static final int INIT_RESULT;

    static {
        int result = -1;
        if (LINKED) {
            result = virInitialize();
            virSetErrorFunc(null, SILENT);
        }
        INIT_RESULT = result;
    }

    private LibvirtInit() {
    }

    /**
     * Tells whether libvirt is loaded and initialised.
     *
     * @return true when libvirt calls can be made
     */
    public static boolean isInitialised() {
        return LINKED && INIT_RESULT == 0;
    }

    private static native int virInitialize();

    private static native void virSetErrorFunc(Pointer userData, ErrorFunc handler);
}
