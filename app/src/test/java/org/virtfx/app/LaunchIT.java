package org.virtfx.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.virtfx.testsupport.SystemDependency;

/**
 * Starts the packaged application the way {@code ./run.sh} does (the module path of
 * {@code target/modules}), in a real X server (Xvfb) with real GTK windows, on the demo host,
 * and waits for its start-up probe to report every demo domain on screen.
 */
class LaunchIT {
    @Test
    void thePackagedAppShowsTheDemoHostInARealWindow() throws Exception {
        // given the packaged app and an X server
        SystemDependency.require(SystemDependency.findCommand("xvfb-run").isPresent(), "xvfb-run (Debian packages xvfb, xauth)");
        Path target = Path.of("target");
        Path jar;
        try (Stream<Path> files = Files.list(target)) {
            jar = files.filter(p -> p.getFileName().toString().matches("virtfx-app-.*\\.jar")).findFirst().orElseThrow();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = Files.createTempFile("virtfx-launch", ".log");
        List<String> command = List.of("xvfb-run", "-a", "-s", "-screen 0 1280x800x24", java,
                "-Dvirtfx.startupProbe=true", "-Dvirtfx.config.dir=" + target.resolve("launch-config").toAbsolutePath(),
                "--module-path", target.resolve("modules") + ":" + jar,
                "-m", "org.virtfx.app/org.virtfx.app.Main", "--demo");
        // when it starts
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = p.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly();
        }
        String output = read(log);
        // then it reported every demo domain on screen and exited cleanly
        assertThat(ended).as("the app exited by itself; output:\n" + output).isTrue();
        int expected = DemoHostTest.domainStates().size();
        assertThat(output).as(output).contains("virtfx-startup: shown " + expected + " domains");
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).as("no exception; output:\n" + output).doesNotContain("Exception");
    }

    private static String read(Path log) throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }
}
