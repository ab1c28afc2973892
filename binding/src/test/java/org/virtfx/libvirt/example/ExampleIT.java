package org.virtfx.libvirt.example;

import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

/** Runs the README's example against the test driver. */
class ExampleIT {
    @Test
    void readmeExampleRuns() {
        assertThatCode(() -> Example.main(new String[0])).doesNotThrowAnyException();
    }
}
