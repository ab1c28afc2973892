package org.virtfx.ui.core.saved;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes {@code connections.properties}: the user's saved connections, in the user's
 * order. The format is a properties file, one entry per index, in the file's order of indexes:
 *
 * <pre>
 * connection.1.uri=qemu\:///system
 * connection.1.name=This computer
 * connection.1.autoconnect=true
 * </pre>
 *
 * <p>A file is <em>damaged</em> when its bytes cannot be read or are not UTF-8, when a line does
 * not parse (a bad escape, a key other than {@code connection.<n>.uri|name|autoconnect}, a key
 * given twice, an autoconnect that is neither {@code true} nor {@code false}), or when an entry
 * has no URI. A damaged file is moved aside as {@code connections.properties.damaged-<time>} and
 * every entry that could be read is still returned, with the problems described, so the next
 * save writes what was recovered and the original stays for the user.
 *
 * <p>Stateless and thread-safe; concurrent saves each replace the file whole (the last wins).
 */
public final class SavedConnections {
    /** The file's name in the settings folder. */
    public static final String FILE_NAME = "connections.properties";

    private static final Pattern KEY = Pattern.compile("connection\\.([1-9][0-9]{0,8})\\.(uri|name|autoconnect)");

    private SavedConnections() {
    }

    /**
     * What {@link #load} found.
     *
     * @param connections the readable entries, in the user's order
     * @param damagedCopy where a damaged file was moved, if it was damaged and could be moved
     * @param problems what was wrong, one line each for the UI; empty when the file was sound
     */
    public record Loaded(List<SavedConnection> connections, Optional<Path> damagedCopy, List<String> problems) {
        /** Copies the lists. */
        public Loaded {
            connections = List.copyOf(connections);
            problems = List.copyOf(problems);
        }

        /** @return whether the file was damaged */
        public boolean damaged() {
            return !problems.isEmpty();
        }
    }

    /**
     * Loads the saved connections from a folder.
     *
     * @param directory the settings folder (see {@code SettingsStore.defaultDirectory()})
     * @return the connections; none when there is no file
     */
    public static Loaded load(Path directory) {
        return load(directory, Clock.systemDefaultZone());
    }

    /**
     * Loads the saved connections, stamping a damaged copy with the given clock's time.
     *
     * @param directory the settings folder
     * @param clock names a damaged copy
     * @return the connections; none when there is no file
     */
    public static Loaded load(Path directory, Clock clock) {
        Path file = directory.resolve(FILE_NAME);
        List<String> problems = new ArrayList<>();
        List<SavedConnection> connections;
        try {
            byte[] bytes = Files.readAllBytes(file);
            connections = parse(decode(bytes, problems), problems);
        } catch (NoSuchFileException e) {
            return new Loaded(List.of(), Optional.empty(), List.of());
        } catch (IOException e) {
            problems.add("cannot read " + file + ": " + e);
            connections = List.of();
        }
        if (problems.isEmpty()) {
            return new Loaded(connections, Optional.empty(), List.of());
        }
        Optional<Path> aside = Optional.empty();
        try {
            aside = Optional.of(AtomicFiles.moveAside(file, clock));
        } catch (IOException e) {
            problems.add("cannot move the damaged file aside: " + e);
        }
        return new Loaded(connections, aside, problems);
    }

    private static String decode(byte[] bytes, List<String> problems) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.add("the file is not valid UTF-8; unreadable characters were replaced");
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static List<SavedConnection> parse(String text, List<String> problems) {
        Map<Integer, Map<String, String>> entries = new TreeMap<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int firstLine = i + 1;
            StringBuilder logical = new StringBuilder(lines[i]);
            if (isBlankOrComment(lines[i])) {
                continue;
            }
            // Properties continue a line that ends in an odd number of backslashes.
            while (endsInOddBackslashes(lines[i]) && i + 1 < lines.length) {
                i++;
                logical.append('\n').append(lines[i]);
            }
            readLine(firstLine, logical.toString(), entries, problems);
        }
        List<SavedConnection> result = new ArrayList<>();
        entries.forEach((index, fields) -> {
            String uri = fields.get("uri");
            if (uri == null || uri.isBlank()) {
                problems.add("connection " + index + " has no URI; left out");
                return;
            }
            result.add(new SavedConnection(uri, fields.getOrDefault("name", ""),
                    Boolean.parseBoolean(fields.get("autoconnect"))));
        });
        return result;
    }

    private static void readLine(int lineNumber, String logical, Map<Integer, Map<String, String>> entries,
                                 List<String> problems) {
        Properties one = new Properties();
        try {
            one.load(new StringReader(logical));
        } catch (IOException | IllegalArgumentException e) {
            problems.add("line " + lineNumber + ": " + e.getMessage());
            return;
        }
        for (String key : one.stringPropertyNames()) {
            String value = one.getProperty(key);
            Matcher m = KEY.matcher(key);
            if (!m.matches()) {
                problems.add("line " + lineNumber + ": unknown key '" + key + "'");
                continue;
            }
            String field = m.group(2);
            if (field.equals("autoconnect") && !value.equals("true") && !value.equals("false")) {
                problems.add("line " + lineNumber + ": autoconnect must be true or false, not '" + value + "'");
                continue;
            }
            Map<String, String> fields = entries.computeIfAbsent(Integer.parseInt(m.group(1)), k -> new TreeMap<>());
            if (fields.putIfAbsent(field, value) != null) {
                problems.add("line " + lineNumber + ": '" + key + "' given twice; the first is kept");
            }
        }
    }

    private static boolean isBlankOrComment(String line) {
        String s = line.stripLeading();
        return s.isEmpty() || s.charAt(0) == '#' || s.charAt(0) == '!';
    }

    private static boolean endsInOddBackslashes(String line) {
        int n = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            n++;
        }
        return n % 2 == 1;
    }

    /**
     * Saves the connections, in order, replacing the file atomically.
     *
     * @param directory the settings folder; created when missing
     * @param connections the connections, in the user's order
     * @throws IOException when the file cannot be written; the previous file is then unchanged
     */
    public static void save(Path directory, List<SavedConnection> connections) throws IOException {
        StringBuilder text = new StringBuilder("# VirtFX saved connections, in order. Written by VirtFX.\n");
        int index = 1;
        for (SavedConnection c : connections) {
            String prefix = "connection." + index++ + ".";
            text.append(prefix).append("uri=").append(escape(c.uri())).append('\n');
            text.append(prefix).append("name=").append(escape(c.name())).append('\n');
            text.append(prefix).append("autoconnect=").append(c.autoconnect()).append('\n');
        }
        AtomicFiles.write(directory.resolve(FILE_NAME), text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Escapes a value for a properties file: backslash, separators and comment marks, leading
     * spaces, and every character outside printable ASCII as {@code \}{@code uXXXX}, so the file is
     * plain ASCII and reads the same whatever the reader's charset.
     */
    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\f' -> out.append("\\f");
                case '=', ':', '#', '!' -> out.append('\\').append(c);
                case ' ' -> out.append(out.isEmpty() ? "\\ " : " ");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
