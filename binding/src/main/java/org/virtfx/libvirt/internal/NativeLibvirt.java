package org.virtfx.libvirt.internal;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.Optional;

/**
 * Loads {@code libvirt.so.0} once and registers direct-mapped classes against it.
 *
 * <p>Thread-safe: class initialisation does the loading.
 */
public final class NativeLibvirt {
    private static final System.Logger LOG = System.getLogger("org.virtfx.libvirt");

    /** Strings cross the boundary as UTF-8 whatever the JVM's default charset is. */
    private static final Map<String, Object> OPTIONS = Map.of(Library.OPTION_STRING_ENCODING, "UTF-8");

    private static final NativeLibrary LIBRARY;
    private static final Throwable LOAD_ERROR;

    static {
        NativeLibrary library = null;
        Throwable error = null;
        // libvirt.so (without a version) exists only with the -dev package; users have libvirt0.
        for (String name : new String[] {"libvirt.so.0", "virt"}) {
            try {
                library = NativeLibrary.getInstance(name, OPTIONS);
                error = null;
                break;
            } catch (UnsatisfiedLinkError e) {
                error = e;
            }
        }
        // The generated mappings pass C long and size_t as Java long (see gen_natives.py); on a
        // platform where they are narrower, every such call would corrupt the stack.
        if (library != null && (Native.LONG_SIZE != 8 || Native.SIZE_T_SIZE != 8)) {
            library = null;
            error = new UnsatisfiedLinkError("the binding needs a 64-bit platform (C long and size_t of 8 bytes)");
        }
        LIBRARY = library;
        LOAD_ERROR = error;
    }

    private NativeLibvirt() {
    }

    /**
     * Tells whether the libvirt library could be loaded.
     *
     * @return true when libvirt is there
     */
    public static boolean isLoaded() {
        return LIBRARY != null;
    }

    /**
     * Returns why the library could not be loaded.
     *
     * @return the loader's error, or empty when it loaded
     */
    public static Optional<Throwable> loadError() {
        return Optional.ofNullable(LOAD_ERROR);
    }

    /**
     * Registers the native methods of one direct-mapped class.
     *
     * @param mapping the class whose {@code static native} methods name libvirt functions
     * @return true when every function was found; false when libvirt is missing, failed to
     *     initialise, or lacks one of them
     */
    public static boolean register(Class<?> mapping) {
        if (LIBRARY == null) {
            return false;
        }
        if (mapping != LibvirtInit.class && !LibvirtInit.isInitialised()) {
            return false;
        }
        try {
            Native.register(mapping, LIBRARY);
            return true;
        } catch (UnsatisfiedLinkError e) {
            LOG.log(Level.INFO, "libvirt lacks functions of {0}: {1}", mapping.getSimpleName(), e.getMessage());
            return false;
        }
    }
}
