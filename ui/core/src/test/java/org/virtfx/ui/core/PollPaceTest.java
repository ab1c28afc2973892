package org.virtfx.ui.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PollPaceTest {
    private static final long MS = 1_000_000;

    @Test
    void aCheapReadingKeepsTheConfiguredInterval() {
        PollPace pace = new PollPace(1000);
        assertThat(pace.current()).isEqualTo(1000);
        // 6 ms per reading (1000 domains) is 0.6% of a core at one a second.
        assertThat(pace.next(6 * MS)).isEqualTo(1000);
        assertThat(pace.next(19 * MS)).isEqualTo(1000);
    }

    @Test
    void aCostlyReadingStretchesTheIntervalToTheBudget() {
        PollPace pace = new PollPace(1000);
        // 50 ms at 2% of a core: one reading every 2.5 s.
        assertThat(pace.next(50 * MS)).isEqualTo(2500);
        assertThat(pace.next(50 * MS)).isEqualTo(2500);
    }

    @Test
    void oneSlowReadingMovesThePaceOnlyPartly() {
        PollPace pace = new PollPace(1000);
        pace.next(50 * MS);
        // Smoothed: 0.3 * 150 + 0.7 * 50 = 80 ms, so 4 s rather than 7.5 s.
        assertThat(pace.next(150 * MS)).isEqualTo(4000);
        assertThat(pace.next(50 * MS)).isEqualTo(Math.round((0.3 * 50 + 0.7 * 80) / PollPace.BUDGET));
    }

    @Test
    void neverWaitsLongerThanTheMaximumNorLessThanAsked() {
        PollPace pace = new PollPace(1000);
        assertThat(pace.next(10_000 * MS)).isEqualTo(PollPace.MAX_MILLIS);
        assertThat(new PollPace(30_000).next(10_000 * MS)).isEqualTo(30_000);
        assertThat(new PollPace(500).next(-1)).isEqualTo(500);
        assertThatThrownBy(() -> new PollPace(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
