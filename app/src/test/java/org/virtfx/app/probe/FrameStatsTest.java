package org.virtfx.app.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Nearest-rank percentiles, counts over a limit, and the probe's report line. */
class FrameStatsTest {
    private static FrameStats of(double... values) {
        FrameStats s = new FrameStats();
        for (double v : values) {
            s.add(v);
        }
        return s;
    }

    @Test
    void percentilesAreNearestRankValuesOfTheSample() {
        // 1..100 in a shuffled order: the p-th percentile is p itself.
        FrameStats s = new FrameStats();
        for (int i = 0; i < 100; i++) {
            s.add((i * 37) % 100 + 1);
        }
        assertThat(s.count()).isEqualTo(100);
        assertThat(s.percentile(50)).isEqualTo(50);
        assertThat(s.percentile(95)).isEqualTo(95);
        assertThat(s.percentile(99)).isEqualTo(99);
        assertThat(s.percentile(100)).isEqualTo(100);
        assertThat(s.percentile(0.5)).isEqualTo(1);
        assertThat(s.max()).isEqualTo(100);
    }

    @Test
    void aPercentileBetweenRanksRoundsUpToAMeasuredValue() {
        FrameStats s = of(16.7, 16.6, 50.0, 16.8);
        // rank ceil(0.5 * 4) = 2 of 16.6, 16.7, 16.8, 50.0
        assertThat(s.percentile(50)).isEqualTo(16.7);
        // rank ceil(0.95 * 4) = 4: the one slow frame
        assertThat(s.percentile(95)).isEqualTo(50.0);
        assertThat(s.percentile(75)).isEqualTo(16.8);
    }

    @Test
    void addingAfterReadingResorts() {
        FrameStats s = of(20, 10);
        assertThat(s.max()).isEqualTo(20);
        s.add(30);
        assertThat(s.max()).isEqualTo(30);
        assertThat(s.percentile(50)).isEqualTo(20);
    }

    @Test
    void growsPastItsFirstArray() {
        FrameStats s = new FrameStats();
        for (int i = 1; i <= 5000; i++) {
            s.add(i);
        }
        assertThat(s.count()).isEqualTo(5000);
        assertThat(s.percentile(99)).isEqualTo(4950);
        assertThat(s.max()).isEqualTo(5000);
    }

    @Test
    void countsOnlyWhatIsStrictlyOverTheLimit() {
        FrameStats s = of(16.7, 33.0, 33.4, 120, 16.6);
        assertThat(s.countOver(33)).isEqualTo(2);
        assertThat(s.percentOver(33)).isEqualTo(40.0);
        assertThat(s.countOver(100)).isEqualTo(1);
    }

    @Test
    void emptyHasNoPercentilesAndNothingOver() {
        FrameStats s = new FrameStats();
        assertThat(s.percentile(50)).isNaN();
        assertThat(s.max()).isNaN();
        assertThat(s.percentOver(33)).isZero();
        assertThat(s.summary()).isEqualTo("no values");
    }

    @Test
    void addAllJoinsTwoPhases() {
        FrameStats all = of(10, 20);
        all.addAll(of(30, 40));
        assertThat(all.count()).isEqualTo(4);
        assertThat(all.percentile(50)).isEqualTo(20);
        assertThat(all.max()).isEqualTo(40);
    }

    @Test
    void percentileOutsideItsRangeIsRefused() {
        assertThatThrownBy(() -> of(1).percentile(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> of(1).percentile(101)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theReportLineHasTheBenchmarksFormat() {
        FrameStats s = of(16.6, 16.7, 16.7, 50.0);
        assertThat(ScrollProbe.line("", s))
                .isEqualTo("virtfx-scroll: frames 4, p50 16.7 ms, p95 50.0 ms, p99 50.0 ms, max 50.0 ms, over 33 ms 25.0%");
        assertThat(ScrollProbe.line("drag", s)).startsWith("virtfx-scroll: drag frames 4, p50 16.7 ms");
    }
}
