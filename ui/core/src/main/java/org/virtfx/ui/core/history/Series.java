package org.virtfx.ui.core.history;

/**
 * A read-only view of a sequence of samples, oldest first: what a chart reads. {@code NaN} is a
 * gap (no value yet, or the value was absent).
 */
public interface Series {

    /** @return how many values are held, at most {@link #capacity()} */
    int size();

    /** @return the most values this series keeps */
    int capacity();

    /**
     * @param index 0 for the oldest value held, {@code size() - 1} for the newest
     * @return the value
     * @throws IndexOutOfBoundsException when {@code index} is not in {@code [0, size())}
     */
    double get(int index);

    /**
     * @return the newest value
     * @throws java.util.NoSuchElementException when the series is empty
     */
    double latest();

    /**
     * Copies the values, oldest first, into the start of an array (no allocation, for a chart that
     * reuses its buffer).
     *
     * @param target receives {@code size()} values
     * @return the number of values copied, {@code size()}
     * @throws IndexOutOfBoundsException when {@code target} is shorter than {@code size()}
     */
    int copyInto(double[] target);

    /** @return a new array with the values, oldest first */
    default double[] toArray() {
        double[] values = new double[size()];
        copyInto(values);
        return values;
    }
}
