package org.virtfx.ui.core;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.virtfx.libvirt.Libvirt;

/** The ui/core fixture ({@code core-testdriver.xml}); in CI a missing libvirt fails, never skips. */
final class CoreTestDriver {
    private CoreTestDriver() {
    }

    static String uri() {
        String why = "libvirt is not installed (Debian package libvirt0)";
        if (System.getenv("CI") != null) {
            assertTrue(Libvirt.isAvailable(), why);
        } else {
            assumeTrue(Libvirt.isAvailable(), why);
        }
        try {
            return "test://" + Path.of(CoreTestDriver.class.getResource("/core-testdriver.xml").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
