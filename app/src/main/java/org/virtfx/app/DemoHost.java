package org.virtfx.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The built-in demo host: libvirt's in-process test driver loaded with a realistic host that
 * VirtFX ships (running, paused, shut-off, crashed and suspended machines, networks, pools).
 * Nothing it does touches a real machine, and it needs nothing but the libvirt library.
 */
public final class DemoHost {
    /** The name users see for the demo connection. */
    public static final String DISPLAY_NAME = "Demo host";

    private static final String RESOURCE = "demo/demo-host.xml";

    private DemoHost() {
    }

    /**
     * Opens the demo host's description as a stream.
     *
     * @return the test-driver XML
     */
    public static InputStream openXml() {
        InputStream in = DemoHost.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("the demo host " + RESOURCE + " is missing from the application");
        }
        return in;
    }

    /**
     * Writes the demo host to a private temporary file (the test driver reads a file path, not
     * a stream) and returns its URI.
     *
     * @return a {@code test:///...} URI
     */
    public static String materialize() {
        try (InputStream in = openXml()) {
            Path file = Files.createTempFile("virtfx-demo-", ".xml");
            file.toFile().deleteOnExit();
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return "test://" + file.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the demo host to a temporary file", e);
        }
    }
}
