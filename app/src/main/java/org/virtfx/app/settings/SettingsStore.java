package org.virtfx.app.settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.virtfx.ui.core.saved.AtomicFiles;

/**
 * The application's settings: one properties file, written atomically (a temporary file, then
 * a rename), off the JavaFX thread. A file that cannot be read is moved aside, reported, and
 * replaced by defaults.
 *
 * <p>Thread-safe.
 */
public final class SettingsStore {
    private static final System.Logger LOG = System.getLogger("org.virtfx.app");

    private final Path file;
    private final Executor writer;
    private final Map<String, String> values = new ConcurrentHashMap<>();
    private final Optional<Path> damagedCopy;

    private SettingsStore(Path file, Executor writer, Map<String, String> loaded, Optional<Path> damagedCopy) {
        this.file = file;
        this.writer = writer;
        this.values.putAll(loaded);
        this.damagedCopy = damagedCopy;
    }

    /**
     * The settings folder: {@code -Dvirtfx.config.dir}, else {@code $XDG_CONFIG_HOME/virtfx},
     * else {@code ~/.config/virtfx}.
     *
     * @return the folder (not created)
     */
    public static Path defaultDirectory() {
        String override = System.getProperty("virtfx.config.dir");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("virtfx");
    }

    /**
     * Loads {@code settings.properties} from a folder.
     *
     * @param directory the settings folder
     * @param writer runs the writes, off the JavaFX thread
     * @return the settings; defaults when there is no file, or when it was damaged
     */
    public static SettingsStore load(Path directory, Executor writer) {
        Path file = directory.resolve("settings.properties");
        if (!Files.exists(file)) {
            return new SettingsStore(file, writer, Map.of(), Optional.empty());
        }
        try (InputStream in = Files.newInputStream(file)) {
            Properties p = new Properties();
            p.load(in);
            Map<String, String> loaded = new TreeMap<>();
            p.stringPropertyNames().forEach(k -> loaded.put(k, p.getProperty(k)));
            return new SettingsStore(file, writer, loaded, Optional.empty());
        } catch (IOException | IllegalArgumentException e) {
            Optional<Path> aside = Optional.empty();
            try {
                aside = Optional.of(AtomicFiles.moveAside(file, Clock.systemDefaultZone()));
            } catch (IOException moveFailed) {
                e.addSuppressed(moveFailed);
            }
            LOG.log(Level.WARNING, "settings file " + file + " could not be read; kept as "
                    + aside.map(Path::toString).orElse("(could not be moved)") + ", using defaults", e);
            return new SettingsStore(file, writer, Map.of(), aside);
        }
    }

    /** @return where a damaged settings file was moved at load, if it was */
    public Optional<Path> damagedCopy() {
        return damagedCopy;
    }

    /** @param key the key @return the value, or empty */
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** @param key the key @param value the value; saved in the background */
    public void put(String key, String value) {
        values.put(key, value);
        writer.execute(this::saveOrLog);
    }

    /** @param key the key to remove; saved in the background */
    public void remove(String key) {
        values.remove(key);
        writer.execute(this::saveOrLog);
    }

    private void saveOrLog() {
        try {
            save();
        } catch (UncheckedIOException e) {
            LOG.log(Level.WARNING, e.getMessage(), e);
        }
    }

    /** Writes every value now, atomically. Serialised: two writes never interleave. */
    public synchronized void save() {
        try {
            Properties p = new Properties();
            p.putAll(new TreeMap<>(values));
            AtomicFiles.write(file, out -> p.store(out, "VirtFX settings"));
        } catch (IOException e) {
            throw new UncheckedIOException("could not save settings to " + file, e);
        }
    }
}
