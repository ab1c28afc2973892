package org.virtfx.libvirt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The two tables of {@code binding/COVERAGE.md}: functions replaced by an idiom, and functions
 * left out, each with its text.
 *
 * @param idioms function to idiom
 * @param leftOut function to reason
 */
record CoverageList(Map<String, String> idioms, Map<String, String> leftOut) {

    /** Reads the rows {@code | virName | text |} under the headings "Idioms" and "Left out". */
    static CoverageList read(Path file) throws IOException {
        Map<String, String> idioms = new TreeMap<>();
        Map<String, String> leftOut = new TreeMap<>();
        Map<String, String> current = null;
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("## ")) {
                String heading = line.substring(3).trim().toLowerCase();
                current = heading.startsWith("idiom") ? idioms : heading.startsWith("left out") ? leftOut : null;
            } else if (current != null && line.startsWith("| vir")) {
                String[] cells = line.split("\\|");
                String previous = current.put(cells[1].trim(), cells.length > 2 ? cells[2].trim() : "");
                if (previous != null) {
                    throw new IllegalStateException("COVERAGE.md lists " + cells[1].trim() + " twice");
                }
            }
        }
        return new CoverageList(idioms, leftOut);
    }

    /** @return every function in either table */
    Set<String> all() {
        Set<String> all = new TreeSet<>(idioms.keySet());
        all.addAll(leftOut.keySet());
        return all;
    }
}
