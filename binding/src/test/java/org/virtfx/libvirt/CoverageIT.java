package org.virtfx.libvirt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Executable;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

/**
 * Holds the binding to its promise of completeness (see {@code binding/COVERAGE.md}): every public
 * function of the libvirt on this machine is wrapped, replaced by an idiom, or left out with a
 * reason.
 */
class CoverageIT {
    private static final Path API = Path.of("/usr/share/libvirt/api/libvirt-api.xml");
    private static final int MAX_LEFT_OUT = 15;

    private static Set<String> api;
    private static Map<String, String> wrapped;
    private static CoverageList listed;
    private static List<byte[]> classFiles;

    @BeforeAll
    static void read() throws Exception {
        Requirements.require(Files.isRegularFile(API), "libvirt's API description " + API
                + " (Debian package libvirt-dev)");
        api = apiFunctions();
        // failsafe puts the jar on the class path; the compiled classes are still here
        Path classes = Path.of("target/classes");
        classFiles = bindingClassFiles(classes);
        wrapped = wrappedFunctions(classes);
        listed = CoverageList.read(Path.of("COVERAGE.md"));
        System.out.printf("binding coverage: %d functions; %d wrapped, %d idioms, %d left out%n",
                api.size(), wrapped.size(), listed.idioms().size(), listed.leftOut().size());
    }

    @Test
    void everyFunctionIsWrappedReplacedOrLeftOutWithAReason() {
        Set<String> missing = new TreeSet<>(api);
        missing.removeAll(wrapped.keySet());
        missing.removeAll(listed.idioms().keySet());
        missing.removeAll(listed.leftOut().keySet());

        assertThat(missing).as("functions neither wrapped (@Wraps) nor listed in COVERAGE.md").isEmpty();
    }

    @Test
    void atMostFifteenAreLeftOut() {
        assertThat(listed.leftOut()).hasSizeLessThanOrEqualTo(MAX_LEFT_OUT);
        assertThat(listed.leftOut().values()).allSatisfy(reason -> assertThat(reason).isNotBlank());
        assertThat(listed.idioms().values()).allSatisfy(idiom -> assertThat(idiom).isNotBlank());
    }

    @Test
    void wrapsNamesOnlyRealFunctionsThatTheBindingCalls() {
        Set<String> unknown = new TreeSet<>(wrapped.keySet());
        unknown.removeAll(api);
        assertThat(unknown).as("@Wraps names that libvirt-api.xml does not have").isEmpty();

        Set<String> uncalled = new TreeSet<>();
        for (String function : wrapped.keySet()) {
            if (!referenced(function)) {
                uncalled.add(function + " (on " + wrapped.get(function) + ")");
            }
        }
        assertThat(uncalled).as("@Wraps names that no class of the binding calls").isEmpty();
    }

    @Test
    void noFunctionIsBothWrappedAndListed() {
        Set<String> both = new TreeSet<>(wrapped.keySet());
        both.retainAll(listed.all());
        assertThat(both).as("wrapped, yet listed as idiom or left out in COVERAGE.md").isEmpty();
        assertThat(listed.all()).as("COVERAGE.md names functions libvirt does not have").isSubsetOf(api);
    }

    private static Set<String> apiFunctions() throws Exception {
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(API.toFile());
        NodeList functions = doc.getElementsByTagName("function");
        Set<String> names = new TreeSet<>();
        for (int i = 0; i < functions.getLength(); i++) {
            names.add(functions.item(i).getAttributes().getNamedItem("name").getNodeValue());
        }
        return names;
    }

    /** The @Wraps names on public methods that callers can reach, with where they are. */
    private static Map<String, String> wrappedFunctions(Path classes) throws IOException, ClassNotFoundException {
        Map<String, String> found = new TreeMap<>();
        for (String name : classNames(classes)) {
            Class<?> c = Class.forName(name);
            if (!Modifier.isPublic(c.getModifiers())) {
                continue; // layers are reached through their public subclass, below
            }
            for (Class<?> k = c; k != null && k.getPackage() == Wraps.class.getPackage(); k = k.getSuperclass()) {
                List<Executable> members = new ArrayList<>(List.of(k.getDeclaredMethods()));
                members.addAll(List.of(k.getDeclaredConstructors()));
                for (Executable m : members) {
                    Wraps w = m.getAnnotation(Wraps.class);
                    if (w != null && Modifier.isPublic(m.getModifiers())) {
                        for (String f : w.value()) {
                            found.putIfAbsent(f, k.getSimpleName() + "." + m.getName());
                        }
                    }
                }
            }
        }
        return found;
    }

    private static List<String> classNames(Path classes) throws IOException {
        Path pkg = classes.resolve("org/virtfx/libvirt");
        try (Stream<Path> files = Files.list(pkg)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".class"))
                    .map(n -> "org.virtfx.libvirt." + n.substring(0, n.length() - ".class".length()))
                    .sorted().toList();
        }
    }

    /** Every class of the public package except the generated C* facades, as bytes. */
    private static List<byte[]> bindingClassFiles(Path classes) throws IOException, URISyntaxException {
        Path pkg = classes.resolve("org/virtfx/libvirt");
        List<byte[]> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(pkg)) {
            for (Path p : files.toList()) {
                String n = p.getFileName().toString();
                boolean facade = n.length() > 1 && n.charAt(0) == 'C' && Character.isUpperCase(n.charAt(1))
                        && Files.readString(sourceOf(n), StandardCharsets.UTF_8).startsWith("// GENERATED");
                if (n.endsWith(".class") && !facade) {
                    out.add(Files.readAllBytes(p));
                }
            }
        }
        return out;
    }

    private static Path sourceOf(String classFile) {
        String top = classFile.replaceAll("(\\$.*)?\\.class$", "");
        Path source = Path.of("src/main/java/org/virtfx/libvirt", top + ".java");
        return Files.exists(source) ? source : Path.of("pom.xml");
    }

    /** True when a class file's constant pool holds the name as a whole UTF-8 entry. */
    private static boolean referenced(String function) {
        byte[] name = function.getBytes(StandardCharsets.US_ASCII);
        byte[] entry = new byte[name.length + 3];
        entry[0] = 1; // CONSTANT_Utf8
        entry[1] = (byte) (name.length >> 8);
        entry[2] = (byte) name.length;
        System.arraycopy(name, 0, entry, 3, name.length);
        for (byte[] file : classFiles) {
            if (indexOf(file, entry) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
