package org.virtfx.bench.scroll;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the scroll probe's lines of several runs into one Markdown table: a row per program and
 * way of scrolling, medians of the runs, with the range of the runs for p95 and max.
 *
 * <p>Argument: a tab-separated list of the runs, one a line: label, run number, load average
 * (1 min) at the start, at the end, and the run's output file ({@code bench/scroll.sh} writes
 * it). A run whose output lacks the probe's lines is counted as failed.
 */
public final class ScrollTable {
    /** {@code virtfx-scroll: wheel 100 px frames N, p50 ... ; pulse p50 ..., p95 X ms ...; cpu fx A%, renderer B%}. */
    private static final Pattern LINE = Pattern.compile("virtfx-scroll: (wheel [\\d.]+ px|drag) frames (\\d+), "
            + "p50 ([\\d.]+) ms, p95 ([\\d.]+) ms, p99 ([\\d.]+) ms, max ([\\d.]+) ms, over 33 ms ([\\d.]+)%, "
            + "over 100 ms (\\d+), rows (\\d+), visible (\\d+), viewport (\\S+); layout .*?; "
            + "pulse p50 ([\\d.]+) ms, p95 ([\\d.]+) ms.*?; cpu fx (\\S+), renderer (\\S+)");
    /** p95 of the frame interval within two frames at 60 Hz. */
    private static final double SMOOTH_P95 = 33.4;
    private static final double SMOOTH_MAX = 100;

    private ScrollTable() {
    }

    /** One way of scrolling in one run. */
    private record Figures(int frames, double p50, double p95, double p99, double max, double over33,
                           int over100, int rows, int visible, String viewport, double pulseP50,
                           double pulseP95, String cpuFx, String cpuRenderer) {
    }

    /** The rows of the table, in the order first seen: label and way of scrolling. */
    private final Map<String, List<Figures>> rows = new LinkedHashMap<>();
    private final Map<String, List<String>> loads = new LinkedHashMap<>();
    private final Map<String, Integer> failed = new LinkedHashMap<>();

    /**
     * @param args the runs file
     * @throws IOException when it cannot be read
     */
    public static void main(String[] args) throws IOException {
        ScrollTable table = new ScrollTable();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            if (!line.isBlank()) {
                table.read(line.split("\t"));
            }
        }
        System.out.print(table.markdown());
    }

    private void read(String[] run) throws IOException {
        String label = run[0];
        loads.computeIfAbsent(label, k -> new ArrayList<>()).add(run[2] + "→" + run[3]);
        Path log = Path.of(run[4]);
        String output = Files.exists(log) ? Files.readString(log) : "";
        Matcher m = LINE.matcher(output);
        boolean any = false;
        while (m.find()) {
            any = true;
            rows.computeIfAbsent(label + "\t" + m.group(1), k -> new ArrayList<>()).add(new Figures(
                    Integer.parseInt(m.group(2)), d(m.group(3)), d(m.group(4)), d(m.group(5)), d(m.group(6)),
                    d(m.group(7)), Integer.parseInt(m.group(8)), Integer.parseInt(m.group(9)),
                    Integer.parseInt(m.group(10)), m.group(11), d(m.group(12)), d(m.group(13)), m.group(14),
                    m.group(15)));
        }
        if (!any) {
            failed.merge(label, 1, Integer::sum);
        }
    }

    String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("| program | scrolling | rows (visible) | runs | frames | interval p50 (ms) | p95 (ms) | p99 (ms) "
                + "| max (ms) | over 33 ms | over 100 ms | FX pulse p50 / p95 (ms) | CPU FX / renderer "
                + "| load (1 min) | smooth |\n");
        out.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|\n");
        for (Map.Entry<String, List<Figures>> e : rows.entrySet()) {
            String[] key = e.getKey().split("\t");
            List<Figures> runs = e.getValue();
            Figures first = runs.get(0);
            double[] p95 = runs.stream().mapToDouble(Figures::p95).toArray();
            double[] max = runs.stream().mapToDouble(Figures::max).toArray();
            int over100 = runs.stream().mapToInt(Figures::over100).sum();
            boolean smooth = Arrays.stream(p95).max().orElse(Double.NaN) <= SMOOTH_P95 && over100 == 0;
            out.append(String.format(Locale.ROOT,
                    "| %s | %s | %d (%d) | %d | %.0f | %.1f | %s | %.1f | %s | %.1f%% | %d | %.1f / %.1f | %s / %s | %s | %s |\n",
                    key[0], key[1], first.rows(), first.visible(), runs.size(),
                    median(runs.stream().mapToDouble(Figures::frames).toArray()),
                    median(runs.stream().mapToDouble(Figures::p50).toArray()), withRange(p95),
                    median(runs.stream().mapToDouble(Figures::p99).toArray()), withRange(max),
                    median(runs.stream().mapToDouble(Figures::over33).toArray()), over100,
                    median(runs.stream().mapToDouble(Figures::pulseP50).toArray()),
                    median(runs.stream().mapToDouble(Figures::pulseP95).toArray()),
                    String.join(" ", runs.stream().map(Figures::cpuFx).toList()),
                    String.join(" ", runs.stream().map(Figures::cpuRenderer).toList()),
                    String.join(", ", loads.get(key[0])), smooth ? "yes" : "**no**"));
        }
        failed.forEach((label, n) -> out.append("\n").append(label).append(": ").append(n)
                .append(" run(s) printed no scroll figures (see its log)\n"));
        return out.toString();
    }

    private static double d(String s) {
        return Double.parseDouble(s);
    }

    static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        int n = s.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    private static String withRange(double[] values) {
        double min = Arrays.stream(values).min().orElse(Double.NaN);
        double max = Arrays.stream(values).max().orElse(Double.NaN);
        return String.format(Locale.ROOT, "%.1f (%.1f–%.1f)", median(values), min, max);
    }
}
