package org.virtfx.ui.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class RingBufferTest {

    private static RingBuffer withValues(int capacity, double... values) {
        RingBuffer r = new RingBuffer(capacity);
        for (double v : values) {
            r.append(v);
        }
        return r;
    }

    @Test
    void keepsValuesOldestFirstUntilFull() {
        RingBuffer r = withValues(4, 1, 2, 3);
        assertThat(r.size()).isEqualTo(3);
        assertThat(r.capacity()).isEqualTo(4);
        assertThat(r.get(0)).isEqualTo(1.0);
        assertThat(r.get(2)).isEqualTo(3.0);
        assertThat(r.latest()).isEqualTo(3.0);
        assertThat(r.toArray()).containsExactly(1, 2, 3);
    }

    @Test
    void aFullRingDropsTheOldestOnAppend() {
        // given a ring of 3, when 7 values are appended (wrapping twice over)
        RingBuffer r = withValues(3, 1, 2, 3, 4, 5, 6, 7);
        // then the newest 3 remain, in order
        assertThat(r.size()).isEqualTo(3);
        assertThat(r.toArray()).containsExactly(5, 6, 7);
        assertThat(r.get(0)).isEqualTo(5.0);
        assertThat(r.latest()).isEqualTo(7.0);
    }

    @Test
    void copyIntoFillsTheStartOfAReusedArray() {
        RingBuffer r = withValues(3, 1, 2, 3, 4);
        double[] target = {-1, -1, -1, -1, -1};
        assertThat(r.copyInto(target)).isEqualTo(3);
        assertThat(target).containsExactly(2, 3, 4, -1, -1);
        assertThatThrownBy(() -> r.copyInto(new double[2])).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void shrinkingAWrappedRingKeepsTheNewest() {
        RingBuffer r = withValues(4, 1, 2, 3, 4, 5, 6);
        r.resize(2);
        assertThat(r.capacity()).isEqualTo(2);
        assertThat(r.toArray()).containsExactly(5, 6);
        r.append(7);
        assertThat(r.toArray()).containsExactly(6, 7);
    }

    @Test
    void growingAWrappedRingKeepsEverythingAndFillsUp() {
        RingBuffer r = withValues(3, 1, 2, 3, 4, 5);
        r.resize(5);
        assertThat(r.toArray()).containsExactly(3, 4, 5);
        r.append(6);
        r.append(7);
        assertThat(r.toArray()).containsExactly(3, 4, 5, 6, 7);
        r.append(8);
        assertThat(r.toArray()).containsExactly(4, 5, 6, 7, 8);
    }

    @Test
    void resizingAPartlyFilledRingToFewerThanItHoldsKeepsTheNewest() {
        RingBuffer r = withValues(10, 1, 2, 3);
        r.resize(2);
        assertThat(r.toArray()).containsExactly(2, 3);
    }

    @Test
    void clearEmptiesButKeepsTheCapacity() {
        RingBuffer r = withValues(2, 1, 2, 3);
        r.clear();
        assertThat(r.size()).isZero();
        assertThat(r.capacity()).isEqualTo(2);
        assertThat(r.toArray()).isEmpty();
        r.append(9);
        assertThat(r.toArray()).containsExactly(9);
    }

    @Test
    void gapsAreKeptAsNaN() {
        RingBuffer r = withValues(2, Double.NaN, 1);
        assertThat(r.get(0)).isNaN();
        assertThat(r.latest()).isEqualTo(1.0);
    }

    @Test
    void rejectsBadIndexesAndCapacities() {
        RingBuffer r = withValues(3, 1, 2);
        assertThatThrownBy(() -> r.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> r.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> new RingBuffer(3).latest()).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> new RingBuffer(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> r.resize(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(r.toArray()).containsExactly(1, 2);
    }
}
