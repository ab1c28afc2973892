package org.virtfx.testsupport;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs virsh, the libvirt client these tests use instead of the binding (which depends on us). */
final class Virsh {
    private Virsh() {
    }

    /** What one virsh run printed, and how it ended. */
    record Result(int exitCode, String output) {
        boolean ok() {
            return exitCode == 0;
        }

        @Override
        public String toString() {
            return "exit " + exitCode + ": " + output;
        }
    }

    /**
     * @param uri  the connection URI
     * @param args the virsh command and its arguments
     * @return the result; a run longer than 60 s is killed and reported as exit code -1
     */
    static Result run(String uri, String... args) {
        List<String> command = new ArrayList<>(List.of(SystemDependency.requireCommand("virsh").toString(),
                "--quiet", "--connect", uri));
        command.addAll(List.of(args));
        try {
            // Output to a file, not a pipe: a hanging virsh must not block the read forever.
            Path output = Files.createTempFile("virsh-", ".out");
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(output.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                        .start();
                boolean ended = process.waitFor(60, TimeUnit.SECONDS);
                if (!ended) {
                    process.destroyForcibly().waitFor();
                }
                String text = Files.readString(output, StandardCharsets.UTF_8).strip();
                return new Result(ended ? process.exitValue() : -1, text);
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Starts an interactive virsh that holds one connection open until closed. The shared test
     * driver ({@code test:///default}) keeps its state only while some connection is open.
     */
    static Session session(String uri) {
        try {
            Process process = new ProcessBuilder(SystemDependency.requireCommand("virsh").toString(),
                    "--quiet", "--connect", uri).redirectErrorStream(true).start();
            // "uri" needs the connection, so its answer means the connection is open.
            process.getOutputStream().write("uri\n".getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().flush();
            // Without a terminal virsh echoes the prompt and command first ("virsh # uri").
            BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            String scheme = uri.substring(0, uri.indexOf(':'));
            String line = output.readLine();
            while (line != null && !line.strip().startsWith(scheme)) {
                line = output.readLine();
            }
            if (line == null) {
                process.destroyForcibly();
                throw new IllegalStateException("virsh did not connect to " + uri);
            }
            return new Session(process);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An interactive virsh; {@link #close()} ends it. */
    record Session(Process process) implements AutoCloseable {
        @Override
        public void close() {
            try {
                process.getOutputStream().close(); // end of input: virsh quits
                process.getInputStream().close();
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
