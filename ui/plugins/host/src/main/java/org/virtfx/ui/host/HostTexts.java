package org.virtfx.ui.host;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.virtfx.libvirt.DomainState;
import org.virtfx.ui.api.ConnectionState;
import org.virtfx.ui.core.widgets.DomainStates;
import org.virtfx.ui.core.widgets.Formats;

/** How the Overview words its facts; plain functions of values, so tests need no window. */
final class HostTexts {
    /** What an unknown fact reads as. */
    static final String UNKNOWN = "—";

    private HostTexts() {
    }

    /**
     * @param version libvirt's version encoding, major * 1,000,000 + minor * 1000 + release
     * @return {@code 9.0.0}, or empty for 0 (unknown)
     */
    static String version(long version) {
        if (version <= 0) {
            return "";
        }
        return (version / 1_000_000) + "." + (version / 1000 % 1000) + "." + (version % 1000);
    }

    /**
     * @param type the driver's type, e.g. {@code QEMU}
     * @param version its version, 0 when unknown
     * @return {@code QEMU 8.2.0}, the type alone, or {@link #UNKNOWN}
     */
    static String hypervisor(String type, long version) {
        if (type == null || type.isEmpty()) {
            return UNKNOWN;
        }
        return version > 0 ? type + " " + version(version) : type;
    }

    /**
     * @param cpus logical CPUs
     * @param facts the topology, when known
     * @return {@code 16 (2 sockets × 4 cores × 2 threads)}, or the count alone
     */
    static String cpus(int cpus, HostFacts facts) {
        if (cpus <= 0) {
            return UNKNOWN;
        }
        if (facts.sockets() <= 0 || facts.cores() <= 0 || facts.threads() <= 0) {
            return Integer.toString(cpus);
        }
        return cpus + " (" + plural(facts.sockets(), "socket") + " × " + plural(facts.cores(), "core")
                + " × " + plural(facts.threads(), "thread") + ")";
    }

    /**
     * @param nodeModel the model {@code virNodeGetInfo} reports (often the architecture)
     * @param facts the capabilities' model and the frequency
     * @return {@code Skylake-Client, 2900 MHz}, or what is known
     */
    static String cpuModel(String nodeModel, HostFacts facts) {
        String model = facts.cpuModel().isEmpty() ? nodeModel : facts.cpuModel();
        if (model == null || model.isEmpty()) {
            return UNKNOWN;
        }
        return facts.mhz() > 0 ? model + ", " + facts.mhz() + " MHz" : model;
    }

    /** @param kib memory in KiB @return {@code 64 GiB}, or {@link #UNKNOWN} */
    static String memory(long kib) {
        return kib > 0 ? Formats.memoryKiB(kib) : UNKNOWN;
    }

    /**
     * @param state the connection's state
     * @param error why it is not connected, or empty
     * @return {@code Connected}, or {@code Disconnected: <reason>}
     */
    static String state(ConnectionState state, String error) {
        String because = error == null || error.isEmpty() ? "" : ": " + error;
        return switch (state) {
            case CONNECTING -> "Connecting…";
            case CONNECTED -> "Connected";
            case RECONNECTING -> "Reconnecting…" + because;
            case DISCONNECTED -> "Disconnected" + because;
        };
    }

    /**
     * @param states the domains' states
     * @return {@code 14: 5 Running, 2 Paused, 7 Shutoff}, states in libvirt's order, or {@code None}
     */
    static String domains(Collection<DomainState> states) {
        if (states.isEmpty()) {
            return "None";
        }
        Map<DomainState, Integer> byState = new EnumMap<>(DomainState.class);
        for (DomainState s : states) {
            byState.merge(s == null ? DomainState.UNKNOWN : s, 1, Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        byState.forEach((s, n) -> parts.add(n + " " + DomainStates.text(s)));
        return states.size() + ": " + String.join(", ", parts);
    }

    /**
     * @param total how many there are
     * @param active how many are active
     * @return {@code 3 (2 active)}, or {@code None}
     */
    static String counted(int total, int active) {
        return total == 0 ? "None" : total + " (" + active + " active)";
    }

    /**
     * @param percent the newest CPU sample, NaN when none
     * @return {@code 12 %}, or a word that there is none (before the second tick, or from a
     *     driver whose counters do not move, such as libvirt's test driver)
     */
    static String cpuUsage(double percent) {
        return Double.isNaN(percent) ? "No reading" : String.format(Locale.ROOT, "%.0f %%", percent);
    }

    /**
     * @param usedKiB the newest memory sample, NaN when none
     * @param totalKiB the host's memory
     * @return {@code 12.5 GiB of 64 GiB (19 %)}, or a word on why there is none
     */
    static String memoryUsage(double usedKiB, long totalKiB) {
        if (Double.isNaN(usedKiB)) {
            // libvirt's test driver, for one, has no memory statistics.
            return "Not reported by this host";
        }
        String used = Formats.memoryKiB(Math.round(usedKiB));
        if (totalKiB <= 0) {
            return used;
        }
        return used + " of " + Formats.memoryKiB(totalKiB)
                + String.format(Locale.ROOT, " (%.0f %%)", 100.0 * usedKiB / totalKiB);
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
