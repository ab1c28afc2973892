package org.virtfx.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the benchmarks' test-driver XML: by default a host with {@value #DOMAINS} running domains
 * named {@code bench-0000} to {@code bench-0999}; {@link #write(Path, int, int, int)} takes the
 * count and a mix of running, paused and shut-off domains (the live-model runs).
 *
 * <p>The file is generated, never checked in, so that the C program and both Java bindings read
 * the same definition. Run as a program it writes the file named by its first argument; further
 * arguments give the count and the percentages of running and paused domains (the rest are shut
 * off), e.g. {@code target/td.xml 10000 60 10}.
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
        int count = args.length > 1 ? Integer.parseInt(args[1]) : DOMAINS;
        int running = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        int paused = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        System.out.println(write(file, count, running, paused));
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
        return write(file, DOMAINS, 100, 0);
    }

    /**
     * Writes a file with a mix of states (again, if it exists). Domain {@code i} is running when
     * {@code i % 100 < runningPercent}, else paused when below {@code runningPercent +
     * pausedPercent}, else shut off: the mix is exact for multiples of 100 and spread evenly.
     *
     * @param file where to write
     * @param count how many domains
     * @param runningPercent the share of running domains, 0 to 100
     * @param pausedPercent the share of paused domains; the rest are shut off
     * @return the absolute path written
     */
    public static Path write(Path file, int count, int runningPercent, int pausedPercent) {
        if (count < 0 || runningPercent < 0 || pausedPercent < 0 || runningPercent + pausedPercent > 100) {
            throw new IllegalArgumentException("need count >= 0 and 0 <= running + paused <= 100");
        }
        Path abs = file.toAbsolutePath().normalize();
        try {
            Files.createDirectories(abs.getParent());
            try (Writer w = Files.newBufferedWriter(abs, StandardCharsets.UTF_8)) {
                w.write("<node xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>\n");
                for (int i = 0; i < count; i++) {
                    w.write(domain(i, runState(i, runningPercent, pausedPercent)));
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

    /** @return libvirt's virDomainState number: 1 running, 3 paused, 5 shut off */
    private static int runState(int i, int runningPercent, int pausedPercent) {
        int slot = i % 100;
        if (slot < runningPercent) {
            return 1;
        }
        return slot < runningPercent + pausedPercent ? 3 : 5;
    }

    private static String domain(int i, int runState) {
        return "  <domain type='test'>\n"
                + "    <name>" + name(i) + "</name>\n"
                + String.format("    <uuid>%08x-0000-4000-8000-%012x</uuid>%n", i, i)
                + "    <memory unit='KiB'>524288</memory>\n"
                + "    <currentMemory unit='KiB'>524288</currentMemory>\n"
                + "    <vcpu placement='static'>1</vcpu>\n"
                + "    <os><type arch='x86_64'>hvm</type></os>\n"
                + "    <test:runstate>" + runState + "</test:runstate>\n"
                + "  </domain>\n";
    }
}
