package org.virtfx.libvirt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * The binding's test-driver fixture ({@code testdriver.xml}) and the rule for a missing libvirt.
 *
 * <p>Each {@code test:///<file>} connection starts from the file with its own state, so tests do
 * not see each other's changes (unlike {@code test:///default}, shared by the whole process).
 */
final class TestDriver {
    private TestDriver() {
    }

    /** Skips the test without libvirt, except in CI, where a missing libvirt fails it. */
    static void requireLibvirt() {
        String why = "libvirt is not installed (Debian package libvirt0)";
        if (System.getenv("CI") != null) {
            assertTrue(Libvirt.isAvailable(), why);
        } else {
            assumeTrue(Libvirt.isAvailable(), why);
        }
    }

    /** @return a URI that opens a fresh copy of the fixture */
    static String uri() {
        return uri("/testdriver.xml");
    }

    /**
     * @param resource a test-driver XML file among the test resources, such as {@code /net-testdriver.xml}
     * @return a URI that opens a fresh copy of it
     */
    static String uri(String resource) {
        try {
            Path file = Path.of(TestDriver.class.getResource(resource).toURI());
            return "test://" + file.toAbsolutePath();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return a new connection to a fresh copy of the fixture */
    static Connect open() {
        requireLibvirt();
        return Connect.open(uri());
    }

    /**
     * @param resource a test-driver XML file among the test resources
     * @return a new connection to a fresh copy of it
     */
    static Connect open(String resource) {
        requireLibvirt();
        return Connect.open(uri(resource));
    }

    /**
     * Asserts that a call fails as libvirt fails for a function the driver (or the installed
     * libvirt) lacks: {@link ErrorNumber#NO_SUPPORT}, reported for that function.
     *
     * @param call the call
     * @param function the C function that must be named as the failing one
     */
    static void assertNoSupport(ThrowingCallable call, String function) {
        assertThatThrownBy(call).isInstanceOfSatisfying(LibvirtException.class, e -> {
            assertThat(e.code()).as(e.getMessage()).isEqualTo(ErrorNumber.NO_SUPPORT);
            assertThat(e.function()).isEqualTo(function);
        });
    }
}
