package org.virtfx.app.theme;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Whether the desktop prefers a dark theme, asked where it can be: GTK's {@code GTK_THEME}
 * override, GNOME's {@code color-scheme} setting, the GTK theme's name, KDE's colour scheme;
 * light when none answers. Reading runs programs and files, so it is done once, off the JavaFX
 * thread. The parsers are separate and pure, for tests.
 *
 * @param dark whether the desktop prefers dark
 * @param source where the answer came from, for the log
 */
public record DesktopPreference(boolean dark, String source) {
    private static final System.Logger LOG = System.getLogger("org.virtfx.app");

    /** What the reading needs from the machine, so tests can give canned answers. */
    public interface Desktop {
        /** @param command a program and its arguments @return its output, if it ran and succeeded */
        Optional<String> run(List<String> command);

        /** @param file a file @return its text, if it can be read */
        Optional<String> read(Path file);

        /** @param name an environment variable @return its value, if set */
        Optional<String> env(String name);
    }

    /** @return the preference of the desktop this process runs in; slow: never on the JavaFX thread */
    public static DesktopPreference read() {
        DesktopPreference p = read(new SystemDesktop());
        LOG.log(Level.DEBUG, () -> "desktop prefers " + (p.dark() ? "dark" : "light") + " (" + p.source() + ")");
        return p;
    }

    /**
     * @param desktop where to look
     * @return the first answer, in the order of the class comment; light when there is none
     */
    public static DesktopPreference read(Desktop desktop) {
        Optional<Boolean> answer = desktop.env("GTK_THEME").flatMap(DesktopPreference::fromGtkTheme);
        if (answer.isPresent()) {
            return new DesktopPreference(answer.get(), "GTK_THEME");
        }
        answer = desktop.run(gsettings("color-scheme")).flatMap(DesktopPreference::fromColorScheme);
        if (answer.isPresent()) {
            return new DesktopPreference(answer.get(), "GNOME color-scheme");
        }
        answer = desktop.run(gsettings("gtk-theme")).flatMap(DesktopPreference::fromGtkTheme);
        if (answer.isPresent()) {
            return new DesktopPreference(answer.get(), "GTK theme name");
        }
        answer = desktop.read(kdeGlobals(desktop)).flatMap(DesktopPreference::fromKdeGlobals);
        if (answer.isPresent()) {
            return new DesktopPreference(answer.get(), "KDE colour scheme");
        }
        return new DesktopPreference(false, "no desktop preference found");
    }

    private static List<String> gsettings(String key) {
        return List.of("gsettings", "get", "org.gnome.desktop.interface", key);
    }

    private static Path kdeGlobals(Desktop desktop) {
        Path config = desktop.env("XDG_CONFIG_HOME").filter(s -> !s.isBlank()).map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".config"));
        return config.resolve("kdeglobals");
    }

    /**
     * @param output what {@code gsettings get org.gnome.desktop.interface color-scheme} prints,
     *     e.g. {@code 'prefer-dark'}
     * @return dark for {@code prefer-dark}, light for {@code prefer-light}; empty for
     *     {@code default}, which states no preference (older GNOME then goes by the theme name)
     */
    public static Optional<Boolean> fromColorScheme(String output) {
        return switch (unquote(output)) {
            case "prefer-dark" -> Optional.of(true);
            case "prefer-light" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    /**
     * @param output a GTK theme name, as {@code gsettings get ... gtk-theme} prints it (e.g.
     *     {@code 'Adwaita-dark'}) or as {@code GTK_THEME} holds it (e.g. {@code Adwaita:dark})
     * @return dark for a name ending in {@code -dark} or a {@code :dark} variant; empty
     *     otherwise, since a light name is also what a desktop that does not use GTK leaves there
     */
    public static Optional<Boolean> fromGtkTheme(String output) {
        String name = unquote(output).toLowerCase(Locale.ROOT);
        return name.endsWith("-dark") || name.endsWith(":dark") ? Optional.of(true) : Optional.empty();
    }

    /**
     * @param kdeglobals the text of KDE's {@code ~/.config/kdeglobals}
     * @return from {@code [General] ColorScheme} (dark when its name says so, e.g.
     *     {@code BreezeDark}); without it, from the brightness of {@code [Colors:Window]
     *     BackgroundNormal}; empty when the file has neither
     */
    public static Optional<Boolean> fromKdeGlobals(String kdeglobals) {
        Optional<String> scheme = iniValue(kdeglobals, "General", "ColorScheme");
        if (scheme.isPresent() && !scheme.get().isEmpty()) {
            return Optional.of(scheme.get().toLowerCase(Locale.ROOT).contains("dark"));
        }
        return iniValue(kdeglobals, "Colors:Window", "BackgroundNormal").flatMap(DesktopPreference::isDarkRgb);
    }

    /** @param rgb {@code r,g,b} as KDE writes colours @return whether it is a dark colour */
    private static Optional<Boolean> isDarkRgb(String rgb) {
        String[] parts = rgb.split(",");
        if (parts.length < 3) {
            return Optional.empty();
        }
        try {
            double luma = 0.2126 * Integer.parseInt(parts[0].trim()) + 0.7152 * Integer.parseInt(parts[1].trim())
                    + 0.0722 * Integer.parseInt(parts[2].trim());
            return Optional.of(luma < 128);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> iniValue(String text, String section, String key) {
        String current = "";
        for (String raw : text.split("\\R")) {
            String line = raw.trim();
            if (line.startsWith("[") && line.endsWith("]")) {
                current = line.substring(1, line.length() - 1);
            } else if (current.equals(section) && line.startsWith(key)) {
                String rest = line.substring(key.length()).trim();
                if (rest.startsWith("=")) {
                    return Optional.of(rest.substring(1).trim());
                }
            }
        }
        return Optional.empty();
    }

    private static String unquote(String output) {
        String s = output.trim();
        if (s.length() >= 2 && (s.startsWith("'") && s.endsWith("'") || s.startsWith("\"") && s.endsWith("\""))) {
            s = s.substring(1, s.length() - 1);
        }
        return s.trim();
    }

    /** The real machine: programs with a short time limit, files, the environment. */
    private static final class SystemDesktop implements Desktop {
        private static final long LIMIT_SECONDS = 3;

        @Override
        public Optional<String> run(List<String> command) {
            try {
                Process p = new ProcessBuilder(command).redirectErrorStream(false)
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                p.getOutputStream().close();
                byte[] out;
                try (InputStream in = p.getInputStream()) {
                    // gsettings prints one short line; read little, and never wait past the limit
                    if (!p.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)) {
                        p.destroyForcibly();
                        return Optional.empty();
                    }
                    out = in.readNBytes(4096);
                }
                return p.exitValue() == 0 ? Optional.of(new String(out, StandardCharsets.UTF_8)) : Optional.empty();
            } catch (IOException e) {
                return Optional.empty(); // not installed: no answer from it
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }

        @Override
        public Optional<String> read(Path file) {
            try {
                return Files.isRegularFile(file) ? Optional.of(Files.readString(file)) : Optional.empty();
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        }

        @Override
        public Optional<String> env(String name) {
            return Optional.ofNullable(System.getenv(name));
        }
    }
}
