package org.virtfx.libvirt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtfx.libvirt.StructLayouts.Check;

/**
 * Checks the binding's struct offsets against C: a small program built here with libvirt's own
 * headers prints {@code offsetof} and {@code sizeof} of every struct the binding reads or writes
 * (listed in {@link StructLayouts}), and each must equal the constant the binding's code uses.
 */
class StructLayoutIT {

    private static final List<Check> CHECKS = StructLayouts.all();

    @Test
    void everyOffsetMatchesC(@TempDir Path dir) throws Exception {
        Requirements.require(Files.isRegularFile(Path.of("/usr/include/libvirt/libvirt.h")),
                "libvirt's C headers (Debian package libvirt-dev)");
        Requirements.require(canRun("gcc", "--version"), "a C compiler (Debian package gcc)");

        Map<String, Long> c = measureInC(dir);

        assertThat(c).hasSize(CHECKS.size());
        List<String> wrong = new ArrayList<>();
        for (Check check : CHECKS) {
            long java = check.value().get();
            Long inC = c.get(check.c());
            if (inC == null || inC != java) {
                wrong.add(check.c() + " is " + inC + " in C but " + java + " in the binding (" + check.where() + ")");
            }
        }
        assertThat(wrong).as("struct layouts that differ from C").isEmpty();
    }

    @Test
    void everyStructTheBindingReadsIsChecked() {
        // A floor, so that a refactoring that drops checks by accident shows.
        assertThat(CHECKS.stream().map(Check::c).distinct().count()).isEqualTo(CHECKS.size()).isGreaterThan(130);
    }

    private static Map<String, Long> measureInC(Path dir) throws IOException, InterruptedException {
        StringBuilder program = new StringBuilder("#include <stddef.h>\n#include <stdio.h>\n#include <libvirt/libvirt.h>\n"
                + "#include <libvirt/virterror.h>\nint main(void) {\n");
        for (Check check : CHECKS) {
            program.append("    printf(\"%s=%zu\\n\", \"").append(check.c()).append("\", (size_t) ").append(check.c())
                    .append(");\n");
        }
        program.append("    return 0;\n}\n");
        Path source = dir.resolve("layout.c");
        Files.writeString(source, program);
        Path binary = dir.resolve("layout");
        run(List.of("gcc", "-o", binary.toString(), source.toString()));
        Map<String, Long> values = new LinkedHashMap<>();
        for (String line : run(List.of(binary.toString()))) {
            int eq = line.lastIndexOf('=');
            values.put(line.substring(0, eq), Long.parseLong(line.substring(eq + 1)));
        }
        return values;
    }

    private static List<String> run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command) + ":\n" + out).isZero();
        return new ArrayList<>(out.lines().toList());
    }

    private static boolean canRun(String... command) {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
