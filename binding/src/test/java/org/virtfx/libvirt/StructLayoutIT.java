package org.virtfx.libvirt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
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

/**
 * Checks the binding's struct offsets against C: a small program built here with libvirt's own
 * headers prints {@code offsetof} and {@code sizeof} of every struct the binding reads, and each
 * must equal the offset the binding computed with {@code StructLayout}.
 */
class StructLayoutIT {

    /** One offset or size: the C expression and where the binding keeps its value. */
    private record Check(String c, Class<?> owner, String constant) {
    }

    private static final List<Check> CHECKS = List.of(
            size("virDomainInfo", DomainBase.class, "INFO_SIZE"),
            offset("virDomainInfo", "state", DomainBase.class, "INFO_STATE"),
            offset("virDomainInfo", "maxMem", DomainBase.class, "INFO_MAX_MEM"),
            offset("virDomainInfo", "memory", DomainBase.class, "INFO_MEMORY"),
            offset("virDomainInfo", "nrVirtCpu", DomainBase.class, "INFO_NR_VIRT_CPU"),
            offset("virDomainInfo", "cpuTime", DomainBase.class, "INFO_CPU_TIME"),
            size("virError", ErrorCapture.class, "SIZE"),
            offset("virError", "code", ErrorCapture.class, "CODE"),
            offset("virError", "domain", ErrorCapture.class, "DOMAIN"),
            offset("virError", "message", ErrorCapture.class, "MESSAGE"),
            offset("virError", "level", ErrorCapture.class, "LEVEL"),
            size("virTypedParameter", TypedParamsCodec.class, "SIZE"),
            offset("virTypedParameter", "field", TypedParamsCodec.class, "FIELD"),
            offset("virTypedParameter", "type", TypedParamsCodec.class, "TYPE"),
            offset("virTypedParameter", "value", TypedParamsCodec.class, "VALUE"));

    private static Check size(String struct, Class<?> owner, String constant) {
        return new Check("sizeof(" + struct + ")", owner, constant);
    }

    private static Check offset(String struct, String field, Class<?> owner, String constant) {
        return new Check("offsetof(" + struct + ", " + field + ")", owner, constant);
    }

    @Test
    void everyOffsetMatchesC(@TempDir Path dir) throws Exception {
        Requirements.require(Files.isRegularFile(Path.of("/usr/include/libvirt/libvirt.h")),
                "libvirt's C headers (Debian package libvirt-dev)");
        Requirements.require(canRun("gcc", "--version"), "a C compiler (Debian package gcc)");

        Map<String, Long> c = measureInC(dir);

        Map<String, Long> java = new LinkedHashMap<>();
        for (Check check : CHECKS) {
            java.put(check.c(), javaValue(check));
        }
        assertThat(java).containsExactlyInAnyOrderEntriesOf(c);
    }

    private static long javaValue(Check check) throws ReflectiveOperationException {
        Field f = check.owner().getDeclaredField(check.constant());
        f.setAccessible(true);
        return ((Number) f.get(null)).longValue();
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
