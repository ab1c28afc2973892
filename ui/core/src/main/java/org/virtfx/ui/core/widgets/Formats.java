package org.virtfx.ui.core.widgets;

import java.util.Locale;

/** Number formats shared by views. */
public final class Formats {
    private Formats() {
    }

    /**
     * Formats a size in KiB the way users read memory: {@code 512 MiB}, {@code 2 GiB}, {@code 1.5 GiB}.
     *
     * @param kib a size in KiB
     * @return the text
     */
    public static String memoryKiB(long kib) {
        if (kib < 1024) {
            return kib + " KiB";
        }
        double mib = kib / 1024.0;
        if (mib < 1024) {
            return trim(mib) + " MiB";
        }
        double gib = mib / 1024.0;
        if (gib < 1024) {
            return trim(gib) + " GiB";
        }
        return trim(gib / 1024.0) + " TiB";
    }

    private static String trim(double value) {
        String s = String.format(Locale.ROOT, "%.1f", value);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
