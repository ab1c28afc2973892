package org.virtfx.ui.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CounterRateTest {
    private static final long S = 1_000_000_000L;

    private final CounterRate rate = new CounterRate();

    @Test
    void theFirstSampleHasNoRateThenTheIncreasePerSecond() {
        assertThat(rate.next(1000, 10 * S)).isNaN();
        assertThat(rate.next(3000, 12 * S)).isEqualTo(1000.0);
        assertThat(rate.next(3000, 13 * S)).isEqualTo(0.0);
        assertThat(rate.next(3250, 13 * S + S / 4)).isEqualTo(1000.0);
    }

    @Test
    void aCounterThatWentDownCountsFromZero() {
        // given a counter at 8000
        rate.next(5000, 0);
        assertThat(rate.next(8000, S)).isEqualTo(3000.0);
        // when the guest restarted and its counter is at 500 one second later
        // then the 500 were counted during that second, no negative rate
        assertThat(rate.next(500, 2 * S)).isEqualTo(500.0);
        // and the new value is the next baseline
        assertThat(rate.next(700, 3 * S)).isEqualTo(200.0);
    }

    @Test
    void aSampleAtTheSameTimeHasNoRateAndKeepsTheBaseline() {
        rate.next(100, S);
        assertThat(rate.next(200, S)).isNaN();
        // the next rate is measured from the first sample, over the whole interval
        assertThat(rate.next(400, 2 * S)).isEqualTo(300.0);
    }

    @Test
    void aSampleFromThePastHasNoRateAndStartsAgain() {
        rate.next(100, 5 * S);
        assertThat(rate.next(200, 4 * S)).isNaN();
        assertThat(rate.next(300, 6 * S)).isEqualTo(50.0);
    }

    @Test
    void anAbsentCounterHasNoRateAndForgetsTheBaseline() {
        rate.next(100, 0);
        assertThat(rate.next(-1, S)).isNaN();
        // when it comes back, the first value is a new baseline, not a jump from 100
        assertThat(rate.next(300, 2 * S)).isNaN();
        assertThat(rate.next(500, 3 * S)).isEqualTo(200.0);
    }

    @Test
    void aLongGapGivesTheAverageOverTheGap() {
        rate.next(0, 0);
        assertThat(rate.next(1000, S)).isEqualTo(1000.0);
        // the daemon was down for 30 s; the counter kept growing meanwhile
        assertThat(rate.next(1_000_000, 31 * S)).isEqualTo(33_300.0);
    }

    @Test
    void aNanoTimeWrapAroundIsHarmless() {
        rate.next(0, Long.MAX_VALUE - 500_000_000L);
        assertThat(rate.next(2000, Long.MIN_VALUE + 499_999_999L)).isEqualTo(2000.0);
    }

    @Test
    void resetForgetsTheBaseline() {
        rate.next(100, 0);
        rate.reset();
        assertThat(rate.next(200, S)).isNaN();
        assertThat(rate.next(260, 2 * S)).isEqualTo(60.0);
    }
}
