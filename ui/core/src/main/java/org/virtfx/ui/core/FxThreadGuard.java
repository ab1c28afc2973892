package org.virtfx.ui.core;

import java.lang.System.Logger.Level;
import javafx.application.Platform;

/**
 * The binding's call guard: a libvirt call on the JavaFX Application Thread would freeze the
 * window, so it throws (in development and tests) or logs (when {@code virtfx.fxGuard=log}).
 * The app installs it at start ({@code Libvirt.setCallGuard}); every UI module's tests install it
 * too, so a libvirt call on the JavaFX thread fails the test that makes it.
 */
public final class FxThreadGuard implements Runnable {
    private final boolean strict;

    /** @param strict throw on the JavaFX thread when true, only log when false */
    public FxThreadGuard(boolean strict) {
        this.strict = strict;
    }

    /** @return the guard the system property {@code virtfx.fxGuard} asks for; strict by default */
    public static FxThreadGuard fromSystemProperties() {
        return new FxThreadGuard(!"log".equals(System.getProperty("virtfx.fxGuard")));
    }

    @Override
    public void run() {
        if (Platform.isFxApplicationThread()) {
            IllegalStateException e = new IllegalStateException(
                    "libvirt call on the JavaFX Application Thread; use Connection.call");
            if (strict) {
                throw e;
            }
            System.getLogger("org.virtfx.ui.core").log(Level.WARNING, e.getMessage(), e);
        }
    }
}
