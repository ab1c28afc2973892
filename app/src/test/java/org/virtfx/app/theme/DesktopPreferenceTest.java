package org.virtfx.app.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading the desktop's light or dark preference from what its tools print and its files hold. */
class DesktopPreferenceTest {

    @Test
    void gnomeColorScheme() {
        assertThat(DesktopPreference.fromColorScheme("'prefer-dark'\n")).contains(true);
        assertThat(DesktopPreference.fromColorScheme("'prefer-light'\n")).contains(false);
        assertThat(DesktopPreference.fromColorScheme("prefer-dark")).contains(true);
        assertThat(DesktopPreference.fromColorScheme("\"prefer-dark\"")).contains(true);
    }

    @Test
    void gnomeDefaultColorSchemeStatesNoPreference() {
        assertThat(DesktopPreference.fromColorScheme("'default'\n")).isEmpty();
        assertThat(DesktopPreference.fromColorScheme("")).isEmpty();
        assertThat(DesktopPreference.fromColorScheme("No such key “color-scheme”")).isEmpty();
    }

    @Test
    void gtkThemeNames() {
        assertThat(DesktopPreference.fromGtkTheme("'Adwaita-dark'\n")).contains(true);
        assertThat(DesktopPreference.fromGtkTheme("'Yaru-Dark'")).contains(true);
        assertThat(DesktopPreference.fromGtkTheme("Adwaita:dark")).contains(true);
        assertThat(DesktopPreference.fromGtkTheme("'Adwaita'")).isEmpty();
        assertThat(DesktopPreference.fromGtkTheme("'Darkness-light'")).isEmpty();
        assertThat(DesktopPreference.fromGtkTheme("")).isEmpty();
    }

    @Test
    void kdeColorSchemeByName() {
        String breezeDark = "[ColorEffects:Disabled]\nColor=56,56,56\n\n[General]\nColorScheme=BreezeDark\nName=Breeze Dark\n";
        assertThat(DesktopPreference.fromKdeGlobals(breezeDark)).contains(true);
        assertThat(DesktopPreference.fromKdeGlobals("[General]\nColorScheme = BreezeLight\n")).contains(false);
        // a ColorScheme key in another group is not the scheme
        assertThat(DesktopPreference.fromKdeGlobals("[KDE]\nColorScheme=BreezeDark\n")).isEmpty();
    }

    @Test
    void kdeWithoutASchemeNameGoesByTheWindowBackground() {
        assertThat(DesktopPreference.fromKdeGlobals("[Colors:Window]\nBackgroundNormal=32,35,38\n")).contains(true);
        assertThat(DesktopPreference.fromKdeGlobals("[Colors:Window]\r\nBackgroundNormal=239,240,241\r\n")).contains(false);
        assertThat(DesktopPreference.fromKdeGlobals("[Colors:Window]\nBackgroundNormal=junk\n")).isEmpty();
        assertThat(DesktopPreference.fromKdeGlobals("")).isEmpty();
    }

    /** Canned answers: what each command prints, what each file holds. */
    private static final class Fake implements DesktopPreference.Desktop {
        final Map<String, String> outputs = new HashMap<>();
        final Map<Path, String> files = new HashMap<>();
        final Map<String, String> env = new HashMap<>();

        @Override
        public Optional<String> run(List<String> command) {
            return Optional.ofNullable(outputs.get(String.join(" ", command)));
        }

        @Override
        public Optional<String> read(Path file) {
            return Optional.ofNullable(files.get(file));
        }

        @Override
        public Optional<String> env(String name) {
            return Optional.ofNullable(env.get(name));
        }
    }

    private static final String SCHEME = "gsettings get org.gnome.desktop.interface color-scheme";
    private static final String THEME = "gsettings get org.gnome.desktop.interface gtk-theme";

    @Test
    void theSourcesAreAskedInOrder() {
        Fake desktop = new Fake();
        desktop.env.put("XDG_CONFIG_HOME", "/home/u/.config");
        // nothing anywhere: light
        assertThat(DesktopPreference.read(desktop)).isEqualTo(new DesktopPreference(false, "no desktop preference found"));
        // KDE only
        desktop.files.put(Path.of("/home/u/.config/kdeglobals"), "[General]\nColorScheme=BreezeDark\n");
        assertThat(DesktopPreference.read(desktop)).isEqualTo(new DesktopPreference(true, "KDE colour scheme"));
        // GNOME's default scheme and a light theme name do not decide: KDE still does
        desktop.outputs.put(SCHEME, "'default'\n");
        desktop.outputs.put(THEME, "'Adwaita'\n");
        assertThat(DesktopPreference.read(desktop).source()).isEqualTo("KDE colour scheme");
        // a dark GTK theme name decides before KDE
        desktop.files.put(Path.of("/home/u/.config/kdeglobals"), "[General]\nColorScheme=BreezeLight\n");
        desktop.outputs.put(THEME, "'Adwaita-dark'\n");
        assertThat(DesktopPreference.read(desktop)).isEqualTo(new DesktopPreference(true, "GTK theme name"));
        // GNOME's explicit scheme decides before the theme name
        desktop.outputs.put(SCHEME, "'prefer-light'\n");
        assertThat(DesktopPreference.read(desktop)).isEqualTo(new DesktopPreference(false, "GNOME color-scheme"));
        // and GTK_THEME, the per-application override, before everything
        desktop.env.put("GTK_THEME", "Adwaita:dark");
        assertThat(DesktopPreference.read(desktop)).isEqualTo(new DesktopPreference(true, "GTK_THEME"));
    }
}
