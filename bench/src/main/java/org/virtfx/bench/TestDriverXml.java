package org.virtfx.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the benchmarks' test-driver XML: a host with {@value #DOMAINS} running domains named
 * {@code bench-0000} to {@code bench-0999}.
 *
 * <p>The file is generated, never checked in, so that the C program and both Java bindings read
 * the same definition. Run as a program it writes the file named by its only argument.
 */
public final class TestDriverXml {

    /** How many domains the file defines. */
    public static final int DOMAINS = 1000;

    /** The name of the domain the single-domain benchmarks use. */
    public static final String FIRST_DOMAIN = name(0);

    /** A name no domain has, for the error path. */
    public static final String MISSING_DOMAIN = "no-such-domain";

    /** The default file, relative to the working directory ({@code bench/}). */
    public static final Path DEFAULT_FILE = Path.of("target", "testdriver-1000.xml");

    private TestDriverXml() {
    }

    /**
     * Writes the file.
     *
     * @param args one argument, the file to write; {@link #DEFAULT_FILE} when absent
     */
    public static void main(String[] args) {
        Path file = args.length > 0 ? Path.of(args[0]) : DEFAULT_FILE;
        System.out.println(write(file));
    }

    /**
     * Returns the test-driver URI of the default file, writing the file first.
     *
     * @return {@code test:///} and the absolute path of the file
     */
    public static String uri() {
        return "test://" + write(Path.of(System.getProperty("virtfx.bench.xml", DEFAULT_FILE.toString())));
    }

    /**
     * Writes the file (again, if it exists).
     *
     * @param file where to write
     * @return the absolute path written
     */
    public static Path write(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        try {
            Files.createDirectories(abs.getParent());
            try (Writer w = Files.newBufferedWriter(abs, StandardCharsets.UTF_8)) {
                w.write("<node xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>\n");
                for (int i = 0; i < DOMAINS; i++) {
                    w.write(domain(i));
                }
                w.write("</node>\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return abs;
    }

    private static String name(int i) {
        return String.format("bench-%04d", i);
    }

    private static String domain(int i) {
        return "  <domain type='test'>\n"
                + "    <name>" + name(i) + "</name>\n"
                + String.format("    <uuid>%08x-0000-4000-8000-%012x</uuid>%n", i, i)
                + "    <memory unit='KiB'>524288</memory>\n"
                + "    <currentMemory unit='KiB'>524288</currentMemory>\n"
                + "    <vcpu placement='static'>1</vcpu>\n"
                + "    <os><type arch='x86_64'>hvm</type></os>\n"
                + "    <test:runstate>1</test:runstate>\n"
                + "  </domain>\n";
    }
}
