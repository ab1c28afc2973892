package org.virtfx.app;

import java.lang.System.Logger.Level;
import javafx.application.Platform;

/**
 * The binding's call guard: a libvirt call on the JavaFX Application Thread would freeze the
 * window, so it throws (in development and tests) or logs (when {@code virtfx.fxGuard=log}).
 */
final class FxThreadGuard implements Runnable {
    private final boolean strict;

    FxThreadGuard(boolean strict) {
        this.strict = strict;
    }

    /** @return the guard the system property {@code virtfx.fxGuard} asks for; strict by default */
    static FxThreadGuard fromSystemProperties() {
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
            System.getLogger("org.virtfx.app").log(Level.WARNING, e.getMessage(), e);
        }
    }
}
