package org.virtfx.libvirt;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The project's rule for a missing system dependency: a failure in CI, a skipped test elsewhere. */
final class Requirements {
    private Requirements() {
    }

    /**
     * @param present whether the dependency is there
     * @param what the dependency, with the Debian package that brings it
     */
    static void require(boolean present, String what) {
        String why = "missing: " + what;
        if (System.getenv("CI") != null) {
            assertTrue(present, why);
        } else {
            assumeTrue(present, why);
        }
    }
}
