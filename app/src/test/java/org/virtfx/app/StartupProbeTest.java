package org.virtfx.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The probe's switch: "true" reports and exits (LaunchIT), "stay" reports and keeps running (bench/scale.sh). */
class StartupProbeTest {
    private static final String PROPERTY = "virtfx.startupProbe";
    private final String before = System.getProperty(PROPERTY);

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(PROPERTY);
        } else {
            System.setProperty(PROPERTY, before);
        }
    }

    @Test
    void isOffUnlessAsked() {
        System.clearProperty(PROPERTY);
        assertThat(StartupProbe.enabled()).isFalse();
        assertThat(StartupProbe.stays()).isFalse();
    }

    @Test
    void trueReportsAndExits() {
        System.setProperty(PROPERTY, "true");
        assertThat(StartupProbe.enabled()).isTrue();
        assertThat(StartupProbe.stays()).isFalse();
    }

    @Test
    void stayReportsAndKeepsRunning() {
        System.setProperty(PROPERTY, "stay");
        assertThat(StartupProbe.enabled()).isTrue();
        assertThat(StartupProbe.stays()).isTrue();
    }

    @Test
    void anythingElseIsOff() {
        System.setProperty(PROPERTY, "yes");
        assertThat(StartupProbe.enabled()).isFalse();
    }
}
