package org.virtfx.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the external programs of the installer test, each with a time limit and its output kept. */
final class Commands {
    /** What a finished program left: its exit code and its output (stdout and stderr together). */
    record Result(int exitCode, String output) {
        /** @return the output, after checking the program succeeded (the output is the failure message) */
        String ok() {
            assertThat(exitCode).as("exit code; output:\n" + output).isZero();
            return output;
        }
    }

    private Commands() {
    }

    /**
     * Runs a program to its end.
     *
     * @param dir     the working folder
     * @param env     variables added to this process's environment
     * @param limit   how long it may take; it is killed after that and the test fails
     * @param command the program and its arguments
     * @return its exit code and output
     */
    static Result run(Path dir, Map<String, String> env, Duration limit, List<String> command)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile("virtfx-installer", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(env);
            Process process = builder.start();
            boolean ended = process.waitFor(limit.toSeconds(), TimeUnit.SECONDS);
            if (!ended) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            assertThat(ended).as(command + " ended within " + limit + "; output:\n" + output).isTrue();
            return new Result(process.exitValue(), output);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** Runs a program that must succeed within a minute, in {@code dir}, and returns its output. */
    static String ok(Path dir, String... command) throws IOException, InterruptedException {
        return run(dir, Map.of(), Duration.ofMinutes(1), List.of(command)).ok();
    }
}
