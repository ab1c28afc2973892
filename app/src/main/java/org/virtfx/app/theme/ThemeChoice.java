package org.virtfx.app.theme;

import java.util.Locale;
import java.util.Optional;

/** The user's choice in View &gt; Theme, as saved in the settings. */
public enum ThemeChoice {
    /** AtlantaFX Primer Light. */
    LIGHT("_Light"),
    /** AtlantaFX Primer Dark. */
    DARK("_Dark"),
    /** Dark when the desktop prefers dark, else light. The default. */
    FOLLOW_DESKTOP("_Follow desktop");

    /** The settings key. */
    public static final String SETTING = "view.theme";

    private final String menuText;

    ThemeChoice(String menuText) {
        this.menuText = menuText;
    }

    /** @return the menu item's text, with its mnemonic */
    public String menuText() {
        return menuText;
    }

    /** @return the value saved in the settings: {@code light}, {@code dark} or {@code follow-desktop} */
    public String settingValue() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * @param saved a saved value, or empty
     * @return the choice it names; {@link #FOLLOW_DESKTOP} for nothing or anything unknown
     */
    public static ThemeChoice fromSetting(Optional<String> saved) {
        for (ThemeChoice c : values()) {
            if (saved.map(s -> s.trim().equalsIgnoreCase(c.settingValue())).orElse(false)) {
                return c;
            }
        }
        return FOLLOW_DESKTOP;
    }

    /**
     * @param desktopPrefersDark the desktop's preference
     * @return whether this choice means the dark theme
     */
    public boolean isDark(boolean desktopPrefersDark) {
        return this == DARK || this == FOLLOW_DESKTOP && desktopPrefersDark;
    }
}
