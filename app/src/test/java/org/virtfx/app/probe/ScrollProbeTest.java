package org.virtfx.app.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The probe's switch and settings, read from system properties. */
class ScrollProbeTest {
    private static final String[] PROPERTIES = {ScrollProbe.PROPERTY, ScrollProbe.PROPERTY + ".warmup",
        ScrollProbe.PROPERTY + ".pixels", ScrollProbe.PROPERTY + ".stay"};
    private final Map<String, String> before = new HashMap<>();

    ScrollProbeTest() {
        for (String p : PROPERTIES) {
            before.put(p, System.getProperty(p));
            System.clearProperty(p);
        }
    }

    @AfterEach
    void restore() {
        before.forEach((p, v) -> {
            if (v == null) {
                System.clearProperty(p);
            } else {
                System.setProperty(p, v);
            }
        });
    }

    @Test
    void isOffUnlessAsked() {
        assertThat(ScrollProbe.enabled()).isFalse();
        System.setProperty(ScrollProbe.PROPERTY, "false");
        assertThat(ScrollProbe.enabled()).isFalse();
    }

    @Test
    void secondsSwitchItOnWithDefaultsForTheRest() {
        System.setProperty(ScrollProbe.PROPERTY, "30");
        assertThat(ScrollProbe.enabled()).isTrue();
        assertThat(ScrollProbe.Settings.fromSystemProperties())
                .isEqualTo(new ScrollProbe.Settings(30, 2, 100, false));
    }

    @Test
    void trueMeansTheDefaultTime() {
        System.setProperty(ScrollProbe.PROPERTY, "true");
        assertThat(ScrollProbe.enabled()).isTrue();
        assertThat(ScrollProbe.Settings.fromSystemProperties().seconds()).isEqualTo(20);
    }

    @Test
    void everySettingCanBeGiven() {
        System.setProperty(ScrollProbe.PROPERTY, "8");
        System.setProperty(ScrollProbe.PROPERTY + ".warmup", "0.5");
        System.setProperty(ScrollProbe.PROPERTY + ".pixels", "40");
        System.setProperty(ScrollProbe.PROPERTY + ".stay", "true");
        assertThat(ScrollProbe.Settings.fromSystemProperties())
                .isEqualTo(new ScrollProbe.Settings(8, 0.5, 40, true));
    }
}
