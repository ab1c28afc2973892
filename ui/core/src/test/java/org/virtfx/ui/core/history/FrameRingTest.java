package org.virtfx.ui.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.virtfx.ui.api.Series;

class FrameRingTest {

    /** A ring of two columns: column 0 holds each value, column 1 its negation. */
    private static FrameRing withValues(int capacity, double... values) {
        FrameRing r = new FrameRing(2, capacity);
        append(r, values);
        return r;
    }

    private static void append(FrameRing r, double... values) {
        for (double v : values) {
            int point = r.append();
            r.put(point, 0, v);
            r.put(point, 1, -v);
        }
    }

    @Test
    void keepsFramesOldestFirstUntilFull() {
        FrameRing r = withValues(4, 1, 2, 3);
        Series first = r.column(0);
        assertThat(first.size()).isEqualTo(3);
        assertThat(first.capacity()).isEqualTo(4);
        assertThat(first.get(0)).isEqualTo(1.0);
        assertThat(first.get(2)).isEqualTo(3.0);
        assertThat(first.latest()).isEqualTo(3.0);
        assertThat(first.toArray()).containsExactly(1, 2, 3);
        assertThat(r.column(1).toArray()).containsExactly(-1, -2, -3);
    }

    @Test
    void aFullRingDropsTheOldestFrameOnAppend() {
        FrameRing r = withValues(3, 1, 2, 3, 4, 5, 6, 7);
        assertThat(r.size()).isEqualTo(3);
        assertThat(r.column(0).toArray()).containsExactly(5, 6, 7);
        assertThat(r.column(1).toArray()).containsExactly(-5, -6, -7);
        assertThat(r.column(0).latest()).isEqualTo(7.0);
    }

    @Test
    void growsPastItsFirstAllocationUpToTheCapacity() {
        FrameRing r = new FrameRing(2, 100);
        double[] values = new double[130];
        for (int i = 0; i < values.length; i++) {
            values[i] = i;
        }
        append(r, values);
        assertThat(r.size()).isEqualTo(100);
        double[] kept = r.column(0).toArray();
        assertThat(kept[0]).isEqualTo(30.0);
        assertThat(kept[99]).isEqualTo(129.0);
        assertThat(r.column(1).get(50)).isEqualTo(-80.0);
    }

    @Test
    void copyIntoFillsTheStartOfAReusedArray() {
        FrameRing r = withValues(3, 1, 2, 3, 4);
        double[] target = {-1, -1, -1, -1, -1};
        assertThat(r.column(0).copyInto(target)).isEqualTo(3);
        assertThat(target).containsExactly(2, 3, 4, -1, -1);
    }

    @Test
    void shrinkingAWrappedRingKeepsTheNewest() {
        FrameRing r = withValues(3, 1, 2, 3, 4, 5, 6);
        r.resize(2);
        assertThat(r.capacity()).isEqualTo(2);
        assertThat(r.column(0).toArray()).containsExactly(5, 6);
        append(r, 7);
        assertThat(r.column(0).toArray()).containsExactly(6, 7);
        assertThat(r.column(1).toArray()).containsExactly(-6, -7);
    }

    @Test
    void growingAWrappedRingKeepsEverythingAndFillsUp() {
        FrameRing r = withValues(3, 1, 2, 3, 4, 5);
        r.resize(5);
        assertThat(r.column(0).toArray()).containsExactly(3, 4, 5);
        append(r, 6, 7);
        assertThat(r.column(0).toArray()).containsExactly(3, 4, 5, 6, 7);
        append(r, 8);
        assertThat(r.column(0).toArray()).containsExactly(4, 5, 6, 7, 8);
    }

    @Test
    void resizingAPartlyFilledRingToFewerThanItHoldsKeepsTheNewest() {
        FrameRing r = withValues(10, 1, 2, 3);
        r.resize(2);
        assertThat(r.column(0).toArray()).containsExactly(2, 3);
    }

    @Test
    void clearEmptiesButKeepsTheCapacity() {
        FrameRing r = withValues(2, 1, 2);
        r.clear();
        assertThat(r.size()).isZero();
        assertThat(r.capacity()).isEqualTo(2);
        assertThat(r.column(0).toArray()).isEmpty();
        assertThat(r.column(0).latest()).isNaN();
        append(r, 9);
        assertThat(r.column(0).toArray()).containsExactly(9);
    }

    @Test
    void gapsAreKeptAsNaNAndValuesAsFloats() {
        FrameRing r = withValues(4, Double.NaN, 1, 0.1);
        assertThat(r.column(0).get(0)).isNaN();
        assertThat(r.column(0).get(1)).isEqualTo(1.0);
        // Stored as float: graphs need no more, and it halves the memory.
        assertThat(r.column(0).get(2)).isEqualTo((double) 0.1f);
    }

    @Test
    void rejectsBadIndexesWidthsAndCapacities() {
        FrameRing r = withValues(3, 1, 2);
        assertThatThrownBy(() -> r.column(0).get(2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> r.column(0).get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> r.column(2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> new FrameRing(2, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FrameRing(0, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> r.resize(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(r.column(0).toArray()).containsExactly(1, 2);
    }
}
