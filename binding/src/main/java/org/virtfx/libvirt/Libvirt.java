package org.virtfx.libvirt;

import com.sun.jna.Pointer;
import java.lang.System.Logger.Level;
import java.util.Objects;
import java.util.function.Consumer;
import org.virtfx.libvirt.internal.LibvirtInit;
import org.virtfx.libvirt.internal.NativeLibvirt;
import org.virtfx.libvirt.internal.Scratch;

/**
 * The library as a whole: whether it is there, its version, and two process-wide hooks (the call
 * guard and the leak listener).
 *
 * <p>Thread-safe. Touching this class loads libvirt and runs {@code virInitialize()} once.
 */
public final class Libvirt {
    private static final System.Logger LOG = System.getLogger("org.virtfx.libvirt");
    private static final Runnable NO_GUARD = () -> { };
    private static final Consumer<String> LOG_LEAK = leak -> LOG.log(Level.WARNING, leak);

    private static volatile Runnable callGuard = NO_GUARD;
    private static volatile Consumer<String> leakListener = LOG_LEAK;

    private Libvirt() {
    }

    /**
     * Tells whether the libvirt library is installed and initialised.
     *
     * @return true when libvirt calls can be made
     */
    public static boolean isAvailable() {
        return LibvirtInit.isInitialised();
    }

    /**
     * Throws when libvirt is not usable, with the loader's reason.
     *
     * @throws LibvirtException with code {@link ErrorNumber#NO_SUPPORT} when libvirt is missing
     */
    static void requireAvailable(String function) {
        if (!isAvailable()) {
            String why = NativeLibvirt.loadError().map(Throwable::getMessage)
                    .orElse("virInitialize failed");
            throw new LibvirtException(function, ErrorNumber.NO_SUPPORT.value(), ErrorDomain.NONE.value(),
                    ErrorLevel.ERROR.value(), "the libvirt library is not usable (install libvirt0): " + why);
        }
    }

    /**
     * Returns the version of the libvirt library in this process.
     *
     * <p>Wraps {@code virGetVersion}.
     *
     * @return major * 1,000,000 + minor * 1000 + release, e.g. 9000000 for 9.0.0
     * @throws LibvirtException when libvirt is missing
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-host.html#virGetVersion">virGetVersion</a>
     */
    @Wraps("virGetVersion")
    public static long version() {
        requireAvailable("virGetVersion");
        guard();
        Pointer out = Scratch.get(8);
        ErrorCapture.check(CHost.virGetVersion(out, null, null), "virGetVersion");
        return out.getLong(0);
    }

    /**
     * Installs a check that runs before every libvirt call the binding makes. The application
     * uses it to forbid libvirt calls on the UI thread. The guard throws to refuse a call.
     *
     * @param guard the check; {@code null} removes it
     */
    public static void setCallGuard(Runnable guard) {
        callGuard = guard == null ? NO_GUARD : guard;
    }

    /**
     * Sets who hears of handles that were garbage-collected without being closed. The default
     * logs a warning; tests install a listener that fails the run.
     *
     * @param listener receives one message per leaked handle, on the Cleaner's thread
     */
    public static void setLeakListener(Consumer<String> listener) {
        leakListener = Objects.requireNonNull(listener, "listener");
    }

    static void guard() {
        callGuard.run();
    }

    static void reportLeak(String message) {
        leakListener.accept(message);
    }
}
