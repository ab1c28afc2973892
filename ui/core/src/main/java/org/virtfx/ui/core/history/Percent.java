package org.virtfx.ui.core.history;

/** Percentages clamped to [0, 100]; {@code NaN} stays {@code NaN} (a gap, not a zero). */
final class Percent {
    private Percent() {
    }

    /**
     * @param part the part
     * @param whole the whole
     * @return {@code part / whole * 100} clamped to [0, 100], or {@code NaN} when either is
     *     {@code NaN} or {@code whole} is not positive
     */
    static double of(double part, double whole) {
        if (!(whole > 0)) {
            return Double.NaN;
        }
        return clamp(part / whole * 100);
    }

    /** Clamps to [0, 100]; rounding and sampling jitter can give 100.4 % of a CPU. */
    static double clamp(double percent) {
        if (Double.isNaN(percent)) {
            return Double.NaN;
        }
        return Math.max(0, Math.min(100, percent));
    }
}
