package org.virtfx.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Merges the C program's table and JMH's CSV result into one Markdown table:
 * operation | C | VirtFX | VirtFX/C | org.libvirt | org.libvirt/C, times in µs per call, JMH's
 * 99.9% confidence half-interval and C's standard deviation of round means after {@code ±}; then
 * the allocation per call from JMH's {@code gc} profiler when it ran.
 *
 * <p>Usage: {@code ResultTable c-output.txt jmh-result.csv}.
 */
public final class ResultTable {

    /** One row: its label, the C program's row and the benchmark method. */
    private record Row(String label, String c, String method) {
    }

    /** The rows, in order. */
    private static final List<Row> ROWS = List.of(
            new Row("virConnectNumOfDomains", "numOfDomains", "numOfDomains"),
            new Row("virDomainGetInfo (kept handle)", "getInfo", "getInfo"),
            new Row("virConnectListAllDomains (1000) + free", "listAllDomains", "listAllDomains"),
            new Row("virConnectGetAllDomainStats (1000, STATE)", "getAllDomainStats", "getAllDomainStats"),
            new Row("… same, every record's domain() handle asked for", "getAllDomainStats",
                    "getAllDomainStatsEveryHandle"),
            new Row("… same, VirtFX records without handles", "getAllDomainStats", "getAllDomainStatsNamed"),
            new Row("… same without handles, C also reading each name and UUID", "getAllDomainStatsNamed",
                    "getAllDomainStatsNamed"),
            new Row("virDomainLookupByName + free", "lookupByName", "lookupByName"),
            new Row("failed virDomainLookupByName", "failedLookup", "failedLookup"));

    private ResultTable() {
    }

    /**
     * Prints the table.
     *
     * @param args the C program's output and JMH's CSV result file
     * @throws IOException when a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        Map<String, double[]> c = readC(Files.readAllLines(Path.of(args[0])));
        Map<String, double[]> jmh = readJmh(Files.readAllLines(Path.of(args[1])));
        System.out.println("| operation | C (µs) | VirtFX (µs) | VirtFX/C | org.libvirt (µs) | org.libvirt/C |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        for (Row row : ROWS) {
            double[] base = c.get(row.c());
            double[] vfx = jmh.get("VirtFxBench." + row.method());
            double[] org = jmh.get("OrgLibvirtBench." + row.method());
            System.out.printf("| %s | %s | %s | %s | %s | %s |%n", row.label(), cell(base), cell(vfx),
                    ratio(vfx, base), cell(org), ratio(org, base));
        }
        if (jmh.keySet().stream().anyMatch(k -> k.endsWith("alloc.rate.norm"))) {
            System.out.println();
            System.out.println("| operation | VirtFX (B/op) | org.libvirt (B/op) |");
            System.out.println("|---|---:|---:|");
            for (Row row : ROWS) {
                if (!row.c().equals("getAllDomainStatsNamed")) { // the same benchmark as the row above it
                    System.out.printf("| %s | %s | %s |%n", row.label(),
                            bytes(jmh.get("VirtFxBench." + row.method() + ":gc.alloc.rate.norm")),
                            bytes(jmh.get("OrgLibvirtBench." + row.method() + ":gc.alloc.rate.norm")));
                }
            }
        }
    }

    /** Reads rows {@code | name | mean | sd |} of the C program, keyed by name. */
    static Map<String, double[]> readC(List<String> lines) {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (String line : lines) {
            String[] f = line.split("\\|");
            if (f.length >= 4 && ROWS.stream().anyMatch(r -> r.c().equals(f[1].trim()))) {
                out.put(f[1].trim(), new double[] {number(f[2]), number(f[3])});
            }
        }
        return out;
    }

    /** Reads JMH's CSV, keyed by class.method (and {@code :secondary} for profiler results). */
    static Map<String, double[]> readJmh(List<String> lines) {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            String name = f[0].replace("\"", "").replace("org.virtfx.bench.", "").replace("·", "");
            out.put(name, new double[] {number(f[4]), number(f[5])});
        }
        return out;
    }

    private static double number(String s) {
        String t = s.replace("\"", "").trim();
        return t.isEmpty() || t.equals("NaN") ? Double.NaN : Double.parseDouble(t);
    }

    private static String cell(double[] v) {
        if (v == null) {
            return "n/a";
        }
        return Double.isNaN(v[1]) ? fmt(v[0]) : fmt(v[0]) + " ± " + fmt(v[1]);
    }

    private static String ratio(double[] v, double[] base) {
        return v == null || base == null ? "n/a" : String.format(Locale.ROOT, "%.2f×", v[0] / base[0]);
    }

    private static String bytes(double[] v) {
        return v == null ? "n/a" : String.format(Locale.ROOT, "%.0f", v[0]);
    }

    private static String fmt(double us) {
        return String.format(Locale.ROOT, us >= 100 ? "%.0f" : us >= 10 ? "%.1f" : "%.3f", us);
    }
}
