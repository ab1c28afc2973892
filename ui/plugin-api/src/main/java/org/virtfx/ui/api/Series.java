package org.virtfx.ui.api;

/**
 * A read-only window on one graph's recent samples, oldest first: what a sparkline draws.
 *
 * <p>FX-confined: read it on the JavaFX thread, where the live model appends to it. A sample
 * is {@code NaN} where there was no value yet (the first sample of a rate).
 *
 * @since 0.2
 */
@FxThread
public interface Series {

    /** @return how many samples it holds now, at most {@link #capacity()} */
    int size();

    /** @return how many samples it keeps */
    int capacity();

    /**
     * @param index 0 for the oldest sample held, {@code size() - 1} for the newest
     * @return the sample
     * @throws IndexOutOfBoundsException when outside 0 to size() - 1
     */
    double get(int index);

    /** @return the newest sample, or {@code NaN} when there is none */
    default double latest() {
        return size() == 0 ? Double.NaN : get(size() - 1);
    }

    /**
     * Copies the samples, oldest first, without allocating: what a redraw needs.
     *
     * @param target receives {@code min(size(), target.length)} samples from index 0
     * @return how many were copied
     */
    default int copyInto(double[] target) {
        int n = Math.min(size(), target.length);
        for (int i = 0; i < n; i++) {
            target[i] = get(i);
        }
        return n;
    }

    /** @return a new array with the samples, oldest first */
    default double[] toArray() {
        double[] values = new double[size()];
        copyInto(values);
        return values;
    }
}
