package org.virtfx.app.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ThemeChoiceTest {

    @Test
    void savedValuesRoundTrip() {
        for (ThemeChoice c : ThemeChoice.values()) {
            assertThat(ThemeChoice.fromSetting(Optional.of(c.settingValue()))).isEqualTo(c);
        }
        assertThat(ThemeChoice.DARK.settingValue()).isEqualTo("dark");
        assertThat(ThemeChoice.FOLLOW_DESKTOP.settingValue()).isEqualTo("follow-desktop");
        assertThat(ThemeChoice.fromSetting(Optional.of(" Dark "))).isEqualTo(ThemeChoice.DARK);
    }

    @Test
    void nothingOrAnythingUnknownFollowsTheDesktop() {
        assertThat(ThemeChoice.fromSetting(Optional.empty())).isEqualTo(ThemeChoice.FOLLOW_DESKTOP);
        assertThat(ThemeChoice.fromSetting(Optional.of("solarized"))).isEqualTo(ThemeChoice.FOLLOW_DESKTOP);
    }

    @Test
    void darkWhenChosenOrWhenTheDesktopPrefersIt() {
        assertThat(ThemeChoice.LIGHT.isDark(true)).isFalse();
        assertThat(ThemeChoice.DARK.isDark(false)).isTrue();
        assertThat(ThemeChoice.FOLLOW_DESKTOP.isDark(true)).isTrue();
        assertThat(ThemeChoice.FOLLOW_DESKTOP.isDark(false)).isFalse();
    }
}
