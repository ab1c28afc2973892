package org.virtfx.ui.core.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.virtfx.libvirt.Libvirt;
import org.virtfx.ui.core.FxThreadGuard;

/**
 * Installs the strict FX-thread guard before every test class of every UI module: a libvirt
 * call on the JavaFX Application Thread then throws, and fails the test that made it.
 *
 * <p>Registered through {@code META-INF/services} and JUnit's extension autodetection (switched
 * on in the parent pom), and shipped to the plugins' and the app's tests in ui/core's test jar.
 */
public final class FxGuardExtension implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        Libvirt.setCallGuard(new FxThreadGuard(true));
    }
}
