package org.virtfx.libvirt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Audits the binding's sources for the Javadoc the house style requires: a public method that
 * carries {@code @Wraps} names every C function it wraps in its Javadoc ({@code {@code virX}} or an
 * {@code @see} link), and every public type has a class comment.
 *
 * <p>Reads the source files, not the compiled classes, because Javadoc is not kept in them.
 */
class JavadocWrapsTest {
    private static final Pattern WRAPS = Pattern.compile("@Wraps\\(\\s*(\\{[^}]*}|\"[^\"]*\")\\s*\\)");
    private static final Pattern NAME = Pattern.compile("\"([^\"]+)\"");
    /** What may stand between a Javadoc comment and the declaration it documents. */
    private static final Pattern ANNOTATIONS = Pattern.compile("(\\s*@\\w+(\\([^)]*\\))?)*\\s*");
    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "(?m)^[ \\t]*public\\s+(?:(?:static|final|abstract|sealed|non-sealed|strictfp)\\s+)*"
                    + "(?:class|interface|record|enum|@interface)\\s+(\\w+)");
    /**
     * Known misses in files this audit's author does not own, as "File.java method(parameters): function".
     * Each entry must still fail (a fixed one must be removed), so the list only shrinks.
     */
    private static final Set<String> KNOWN = Set.of();

    @Test
    void everyWrappingMethodNamesItsFunctionsInItsJavadoc() {
        List<String> failures = new ArrayList<>();
        Set<String> known = new HashSet<>();
        int methods = 0;
        for (Path file : sources()) {
            String text = read(file);
            Matcher m = WRAPS.matcher(text);
            while (m.find()) {
                String declaration = declarationAfter(text, m.end());
                if (!declaration.startsWith("public ")) {
                    continue;
                }
                methods++;
                String doc = javadocBefore(text, m.start());
                String sig = signature(declaration);
                String where = file.getFileName() + ":" + line(text, m.start()) + " " + sig;
                String params = declaration.substring(declaration.indexOf('('), declaration.indexOf(')') + 1);
                String method = file.getFileName() + " " + sig.substring(sig.lastIndexOf(' ') + 1) + params + ": ";
                Matcher names = NAME.matcher(m.group(1));
                while (names.find()) {
                    String function = names.group(1);
                    boolean named = doc != null && names(doc, function);
                    if (KNOWN.contains(method + function)) {
                        known.add(named ? "fixed: " + method + function : method + function);
                    } else if (doc == null) {
                        failures.add(where + ": no Javadoc");
                    } else if (!named) {
                        failures.add(where + ": Javadoc does not name " + function);
                    }
                }
            }
        }
        assertThat(methods).as("public methods with @Wraps found").isGreaterThan(400);
        assertThat(failures).as("public @Wraps methods whose Javadoc misses a wrapped function").isEmpty();
        assertThat(known).as("known misses that are gone: remove them from KNOWN").isEqualTo(KNOWN);
    }

    @Test
    void everyPublicTypeHasClassJavadoc() {
        List<String> failures = new ArrayList<>();
        int types = 0;
        for (Path file : sources()) {
            String text = read(file);
            Matcher m = PUBLIC_TYPE.matcher(text);
            while (m.find()) {
                types++;
                if (javadocBefore(text, m.start()) == null) {
                    failures.add(file.getFileName() + ":" + line(text, m.start()) + " " + m.group(1));
                }
            }
        }
        assertThat(types).as("public types found").isGreaterThan(300);
        assertThat(failures).as("public types without class Javadoc").isEmpty();
    }

    /** True when the comment names the function in {@code {@code ...}} or in an {@code @see} tag. */
    static boolean names(String doc, String function) {
        if (doc.contains("{@code " + function + "}") || doc.contains("{@code " + function + "(")) {
            return true;
        }
        Pattern word = Pattern.compile("\\b" + Pattern.quote(function) + "\\b");
        return doc.lines().map(String::strip).map(l -> l.startsWith("*") ? l.substring(1).strip() : l)
                .filter(l -> l.startsWith("@see")).anyMatch(l -> word.matcher(l).find());
    }

    /**
     * The Javadoc comment that documents the declaration whose annotations start at {@code at}, or
     * null: the last {@code /**} comment before it, with only annotations between.
     */
    static String javadocBefore(String text, int at) {
        int end = text.lastIndexOf("*/", at);
        if (end < 0) {
            return null;
        }
        int start = text.lastIndexOf("/*", end);
        if (start < 0 || !text.startsWith("/**", start)) {
            return null;
        }
        String between = text.substring(end + 2, lineStart(text, at));
        return ANNOTATIONS.matcher(between).matches() ? text.substring(start, end + 2) : null;
    }

    private static String declarationAfter(String text, int from) {
        Matcher m = ANNOTATIONS.matcher(text);
        m.region(from, text.length());
        m.lookingAt();
        return text.substring(m.end(), Math.min(text.length(), m.end() + 200));
    }

    private static String signature(String declaration) {
        int paren = declaration.indexOf('(');
        return paren < 0 ? declaration : declaration.substring(0, paren).strip();
    }

    private static int lineStart(String text, int at) {
        return text.lastIndexOf('\n', at - 1) + 1;
    }

    private static int line(String text, int at) {
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private static List<Path> sources() {
        Path base = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        Path dir = base.resolve("src/main/java/org/virtfx/libvirt");
        assertThat(dir).as("the binding's sources, found from the module's base directory").isDirectory();
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
