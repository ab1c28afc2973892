package org.virtfx.bench.scale;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scale run: for each size, writes a {@link ScaleXml} file, times libvirt's own
 * {@code virsh -c test:///FILE list --all}, then starts each program (a "variant": a command line
 * with {@code {uri}}, {@code {config}} and {@code {count}} put in) several times and prints one
 * Markdown table of medians.
 *
 * <p>One run of a variant: the program is started with {@code VIRTFX_BENCH_EXPECT=<count>} in its
 * environment; "shown" is the time from just before the process is started until this program
 * reads the probe's line ({@code virtfx-startup: shown N domains M ms after process start}, or
 * virt-manager's probe's {@code virt-manager-startup: shown N rows ...}). For a "full" variant,
 * 30 s later ({@code --settle}) the process's VmRSS is read, and its utime+stime over the next
 * 30 s ({@code --idle}) gives the idle CPU as a share of one core. Then it is sent SIGTERM.
 *
 * <p>Arguments: {@code --sizes 10,1000,10000 --runs 3 --settle 30 --idle 30 --timeout 300
 * --dir target/scale --variant 'LABEL|full|COMMAND...' --variant 'LABEL|start|COMMAND...'}; the
 * command is split at spaces. The sizes are run in order, and within a size the variants are
 * interleaved run by run, so that a change in the machine's load spreads over all of them.
 */
public final class ScaleRun {
    private static final Pattern SHOWN =
            Pattern.compile("(?:virtfx|virt-manager)-startup: shown (\\d+) \\w+ (-?\\d+) ms after process start");
    /** VirtFX's earlier line: the rows are on screen, their per-domain details not yet read. */
    private static final Pattern ROWS = Pattern.compile("virtfx-startup: rows (\\d+) domains (-?\\d+) ms");
    private static final Pattern FAILED = Pattern.compile("(?:virtfx|virt-manager)-startup: failed.*");

    private final List<Integer> sizes = new ArrayList<>();
    private final List<Variant> variants = new ArrayList<>();
    private int runs = 3;
    private int settleSeconds = 30;
    private int idleSeconds = 30;
    private int timeoutSeconds = 300;
    private Path dir = Path.of("target", "scale");

    private ScaleRun() {
    }

    /** A program to start: its label, whether to sample memory and CPU, and its command. */
    private record Variant(String label, boolean full, List<String> command) {
        static Variant parse(String spec) {
            String[] parts = spec.split("\\|", 3);
            if (parts.length != 3 || !(parts[1].equals("full") || parts[1].equals("start"))) {
                throw new IllegalArgumentException("need LABEL|full|COMMAND or LABEL|start|COMMAND: " + spec);
            }
            return new Variant(parts[0], parts[1].equals("full"), List.of(parts[2].trim().split("\\s+")));
        }
    }

    /** One run's figures; NaN where not measured. */
    private record Run(double rowsMs, double shownMs, double probeMs, double rssMib, double idleCpuPercent) {
    }

    /**
     * Runs the plan and prints the table on standard output (progress on standard error).
     *
     * @param args see the class comment
     * @throws Exception when a program cannot be started
     */
    public static void main(String[] args) throws Exception {
        ScaleRun plan = new ScaleRun();
        plan.parse(args);
        plan.run();
    }

    private void parse(String[] args) {
        for (int i = 0; i < args.length; i += 2) {
            String value = args[i + 1];
            switch (args[i]) {
                case "--sizes" -> Arrays.stream(value.split(",")).map(String::trim).map(Integer::valueOf)
                        .forEach(sizes::add);
                case "--runs" -> runs = Integer.parseInt(value);
                case "--settle" -> settleSeconds = Integer.parseInt(value);
                case "--idle" -> idleSeconds = Integer.parseInt(value);
                case "--timeout" -> timeoutSeconds = Integer.parseInt(value);
                case "--dir" -> dir = Path.of(value);
                case "--variant" -> variants.add(Variant.parse(value));
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (sizes.isEmpty()) {
            sizes.addAll(List.of(10, 1000, 10_000));
        }
    }

    private void run() throws Exception {
        List<String> rows = new ArrayList<>();
        for (int size : sizes) {
            Path file = ScaleXml.write(dir.resolve("scale-" + size + ".xml"), size);
            String uri = "test://" + file;
            List<List<Run>> results = new ArrayList<>();
            variants.forEach(v -> results.add(new ArrayList<>()));
            List<Double> virsh = new ArrayList<>();
            for (int r = 0; r < runs; r++) {
                virsh.add(timeVirsh(uri, size));
                log("%d domains, run %d: virsh list --all %.0f ms", size, r + 1, virsh.get(r));
                for (int v = 0; v < variants.size(); v++) {
                    Variant variant = variants.get(v);
                    Run run = runOnce(variant, uri, size, r);
                    results.get(v).add(run);
                    log("%d domains, run %d, %s: rows %.0f ms, shown %.0f ms (probe %.0f), RSS %.1f MiB, idle CPU %.2f%%",
                            size, r + 1, variant.label(), run.rowsMs(), run.shownMs(), run.probeMs(), run.rssMib(),
                            run.idleCpuPercent());
                }
            }
            double virshMedian = median(virsh);
            rows.add(String.format(Locale.ROOT,
                    "| %d | `virsh list --all` (libvirt alone) | %d | | %.0f (%.0f–%.0f) | | | | |", size, virsh.size(),
                    virshMedian, min(virsh), max(virsh)));
            for (int v = 0; v < variants.size(); v++) {
                rows.add(row(size, variants.get(v), results.get(v), virshMedian));
            }
        }
        System.out.println("| domains | program | runs | rows on screen after exec (ms) | shown after exec (ms): median"
                + " (min–max) | probe's own (ms) | shown minus virsh (ms) | RSS " + settleSeconds + " s after shown (MiB)"
                + " | idle CPU over the next " + idleSeconds + " s (% of a core) |");
        System.out.println("|---:|---|---:|---:|---:|---:|---:|---:|---:|");
        rows.forEach(System.out::println);
    }

    private static String row(int size, Variant variant, List<Run> runs, double virshMedian) {
        List<Double> shown = runs.stream().map(Run::shownMs).filter(d -> !d.isNaN()).toList();
        List<Double> rowsShown = runs.stream().map(Run::rowsMs).filter(d -> !d.isNaN()).toList();
        List<Double> probe = runs.stream().map(Run::probeMs).filter(d -> !d.isNaN()).toList();
        List<Double> rss = runs.stream().map(Run::rssMib).filter(d -> !d.isNaN()).toList();
        List<Double> cpu = runs.stream().map(Run::idleCpuPercent).filter(d -> !d.isNaN()).toList();
        String shownCell = shown.isEmpty() ? "not shown" : String.format(Locale.ROOT, "%.0f (%.0f–%.0f)",
                median(shown), min(shown), max(shown));
        if (!shown.isEmpty() && shown.size() < runs.size()) {
            shownCell += ", " + (runs.size() - shown.size()) + " not shown";
        }
        return String.format(Locale.ROOT, "| %d | %s | %d | %s | %s | %s | %s | %s | %s |", size, variant.label(),
                runs.size(), cell(rowsShown, "%.0f"), shownCell, cell(probe, "%.0f"),
                shown.isEmpty() ? "" : String.format(Locale.ROOT, "%.0f", median(shown) - virshMedian),
                cell(rss, "%.0f"), cell(cpu, "%.2f"));
    }

    private static String cell(List<Double> values, String format) {
        if (values.isEmpty()) {
            return "";
        }
        return String.format(Locale.ROOT, format, median(values)) + String.format(Locale.ROOT,
                " (" + format + "–" + format + ")", min(values), max(values));
    }

    private double timeVirsh(String uri, int size) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder("virsh", "-c", uri, "list", "--all").redirectErrorStream(true).start();
        long lines;
        try (BufferedReader in = reader(p)) {
            lines = in.lines().filter(l -> l.contains("bench-")).count();
        }
        p.waitFor();
        double ms = (System.nanoTime() - t0) / 1e6;
        if (lines != size) {
            throw new IllegalStateException("virsh listed " + lines + " domains, not " + size);
        }
        return ms;
    }

    private Run runOnce(Variant variant, String uri, int size, int run) throws Exception {
        String name = size + "-" + (run + 1) + "-" + variant.label().replaceAll("[^A-Za-z0-9]+", "_");
        Path config = Files.createDirectories(dir.resolve("config-" + name));
        List<String> command = variant.command().stream().map(s -> s.replace("{uri}", uri)
                .replace("{config}", config.toString()).replace("{count}", Integer.toString(size))).toList();
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("VIRTFX_BENCH_EXPECT", Integer.toString(size));
        // ./run.sh passes these to the JVM: the probe, and a settings folder of the run's own.
        pb.environment().put("VIRTFX_JAVA_OPTS", "-Dvirtfx.startupProbe=stay -Dvirtfx.config.dir=" + config);
        Path log = dir.resolve("run-" + name + ".log");
        long t0 = System.nanoTime();
        Process p = pb.start();
        CompletableFuture<double[]> shown = new CompletableFuture<>();
        Thread reader = new Thread(() -> readOutput(p, t0, log, shown), "output-" + p.pid());
        reader.setDaemon(true);
        reader.start();
        try {
            double[] at;
            try {
                at = shown.get(timeoutSeconds, TimeUnit.SECONDS);
            } catch (TimeoutException | ExecutionException e) {
                log("%s: rows not shown (%s; output in %s)", variant.label(),
                        e instanceof TimeoutException ? "no probe line within " + timeoutSeconds + " s"
                                : e.getCause().getMessage(), log);
                return new Run(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
            }
            if (at[1] != size) {
                throw new IllegalStateException(variant.label() + " showed " + (long) at[1] + " rows, not " + size);
            }
            if (!variant.full()) {
                return new Run(at[3], at[0], at[2], Double.NaN, Double.NaN);
            }
            // The benchmark itself waits: these are the fixed intervals being sampled.
            Thread.sleep(settleSeconds * 1000L);
            double rss = ProcSample.rssKib(p.pid()) / 1024.0;
            long c0 = ProcSample.cpuTicks(p.pid());
            long w0 = System.nanoTime();
            Thread.sleep(idleSeconds * 1000L);
            long c1 = ProcSample.cpuTicks(p.pid());
            double seconds = (System.nanoTime() - w0) / 1e9;
            double cpu = 100.0 * (c1 - c0) / ProcSample.CLOCK_TICKS_PER_SECOND / seconds;
            return new Run(at[3], at[0], at[2], rss, cpu);
        } finally {
            stop(p);
        }
    }

    /**
     * Copies the output to the log and completes {@code shown} with {ms since t0, rows, probe ms,
     * ms since t0 when the rows were first on screen (VirtFX's "rows" line; else the same as shown)}.
     */
    private static void readOutput(Process p, long t0, Path log, CompletableFuture<double[]> shown) {
        try (BufferedReader in = reader(p);
             var out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
            String line;
            double rowsMs = Double.NaN;
            while ((line = in.readLine()) != null) {
                long now = System.nanoTime();
                Matcher m = SHOWN.matcher(line);
                if (ROWS.matcher(line).find()) {
                    rowsMs = (now - t0) / 1e6;
                } else if (m.find()) {
                    double ms = (now - t0) / 1e6;
                    shown.complete(new double[] {ms, Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
                        Double.isNaN(rowsMs) ? ms : rowsMs});
                } else if (FAILED.matcher(line).find()) {
                    shown.completeExceptionally(new IllegalStateException(line));
                }
                out.write(line);
                out.newLine();
                out.flush();
            }
            shown.completeExceptionally(
                    new IllegalStateException("the program ended without showing its rows; see " + log));
        } catch (IOException e) {
            shown.completeExceptionally(new UncheckedIOException(e));
        }
    }

    private static void stop(Process p) throws InterruptedException {
        p.destroy();
        if (!p.waitFor(15, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            p.waitFor(15, TimeUnit.SECONDS);
        }
    }

    private static BufferedReader reader(Process p) {
        return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    }

    private static double median(List<Double> values) {
        double[] s = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    private static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    private static void log(String format, Object... args) {
        System.err.println("== " + String.format(Locale.ROOT, format, args));
    }
}
