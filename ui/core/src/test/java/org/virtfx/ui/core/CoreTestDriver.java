package org.virtfx.ui.core;


import java.net.URISyntaxException;
import java.nio.file.Path;
import org.virtfx.libvirt.Libvirt;
import org.virtfx.testsupport.SystemDependency;

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
        SystemDependency.require(Libvirt.isAvailable(), "libvirt (Debian package libvirt0)");
        try {
            return "test://" + Path.of(CoreTestDriver.class.getResource(resource).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
