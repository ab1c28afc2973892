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
        return uri("/core-testdriver.xml");
    }

    /**
     * The URI of another ui/core fixture, with the same CI-fails/local-skips rule as {@link #uri()}.
     *
     * @param resource the fixture on the test class path, e.g. {@code /objects-testdriver.xml}
     * @return {@code test:///<absolute path>}: every open starts from the file
     */
    static String uri(String resource) {
        String why = "libvirt is not installed (Debian package libvirt0)";
        if (System.getenv("CI") != null) {
            assertTrue(Libvirt.isAvailable(), why);
        } else {
            assumeTrue(Libvirt.isAvailable(), why);
        }
        try {
            return "test://" + Path.of(CoreTestDriver.class.getResource(resource).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
