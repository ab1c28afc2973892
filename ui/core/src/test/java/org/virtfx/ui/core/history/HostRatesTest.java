package org.virtfx.ui.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HostRatesTest {
    private static final long S = 1_000_000_000L;

    private final HostRates rates = new HostRates();

    private static HostSample cpu(long nanos, long kernel, long user, long idle, long iowait) {
        return new HostSample(nanos, kernel, user, idle, iowait, 16_000_000, 4_000_000, 1_000_000, 3_000_000);
    }

    @Test
    void cpuIsTheBusyShareOfTheCountersDeltas() {
        HostPoint first = rates.next(cpu(0, 100 * S, 300 * S, 1500 * S, 100 * S));
        assertThat(first.cpuPercent()).isNaN();
        // kernel +1 s, user +3 s, idle +3.5 s, iowait +0.5 s: busy 4 of 8
        HostPoint p = rates.next(cpu(S, 101 * S, 303 * S, 1503 * S + S / 2, 100 * S + S / 2));
        assertThat(p.cpuPercent()).isEqualTo(50.0);
        // nothing but idle time
        assertThat(rates.next(cpu(2 * S, 101 * S, 303 * S, 1511 * S, 100 * S + S / 2)).cpuPercent()).isEqualTo(0.0);
    }

    @Test
    void memoryUsedLeavesOutBuffersAndCache() {
        HostPoint p = rates.next(cpu(0, 0, 0, 0, 0));
        // 16 GB total - 4 free - 1 buffers - 3 cached
        assertThat(p.memoryUsedKiB()).isEqualTo(8_000_000);
        assertThat(p.memoryPercent()).isEqualTo(50.0);
    }

    @Test
    void aRebootedHostCountsFromZero() {
        rates.next(cpu(0, 100 * S, 300 * S, 1500 * S, 100 * S));
        // counters back near zero: the new values are the deltas (busy 2 of 8)
        HostPoint p = rates.next(cpu(S, S, S, 6 * S, 0));
        assertThat(p.cpuPercent()).isEqualTo(25.0);
    }

    @Test
    void aPlatformWithoutIowaitStillHasCpu() {
        rates.next(cpu(0, 0, 0, 0, -1));
        assertThat(rates.next(cpu(S, S / 2, S / 2, 3 * S, -1)).cpuPercent()).isEqualTo(25.0);
    }

    @Test
    void anIowaitCounterThatAppearsLaterCountsFromItsSecondSample() {
        rates.next(cpu(0, 0, 0, 0, -1));
        // iowait is new here: this interval counts without it
        assertThat(rates.next(cpu(S, S, 0, 3 * S, 500 * S)).cpuPercent()).isEqualTo(25.0);
        // then it counts: busy 1 of (1 + 2 idle + 1 iowait)
        assertThat(rates.next(cpu(2 * S, 2 * S, 0, 5 * S, 501 * S)).cpuPercent()).isEqualTo(25.0);
        assertThat(rates.next(cpu(3 * S, 4 * S, 0, 5 * S, 501 * S)).cpuPercent()).isEqualTo(100.0);
    }

    @Test
    void anAbsentCounterIsAGapThenStartsAgain() {
        rates.next(cpu(0, 0, 0, 0, 0));
        assertThat(rates.next(cpu(S, -1, S, S, 0)).cpuPercent()).isNaN();
        // the kernel counter is back: a new baseline first
        assertThat(rates.next(cpu(2 * S, 50 * S, 2 * S, 2 * S, 0)).cpuPercent()).isNaN();
        assertThat(rates.next(cpu(3 * S, 51 * S, 2 * S, 5 * S, 0)).cpuPercent()).isEqualTo(25.0);
    }

    @Test
    void noTimeOrNoCounterProgressIsAGap() {
        rates.next(cpu(S, S, S, S, S));
        assertThat(rates.next(cpu(S, 2 * S, S, S, S)).cpuPercent()).isNaN();
        assertThat(rates.next(cpu(2 * S, 2 * S, S, S, S)).cpuPercent()).isEqualTo(100.0);
        assertThat(rates.next(cpu(3 * S, 2 * S, S, S, S)).cpuPercent()).isNaN();
    }

    @Test
    void absentMemoryIsAGapAndUsedNeverGoesNegative() {
        HostPoint absent = rates.next(new HostSample(0, 0, 0, 0, 0, -1, 100, 0, 0));
        assertThat(absent.memoryUsedKiB()).isEqualTo(-1);
        assertThat(absent.memoryPercent()).isNaN();
        // free + cache read at slightly different moments can exceed the total
        HostPoint odd = rates.next(new HostSample(S, 0, 0, 0, 0, 1000, 600, 100, 400));
        assertThat(odd.memoryUsedKiB()).isZero();
        assertThat(odd.memoryPercent()).isEqualTo(0.0);
        // absent buffers and cache count as zero
        HostPoint partial = rates.next(new HostSample(2 * S, 0, 0, 0, 0, 1000, 250, -1, -1));
        assertThat(partial.memoryUsedKiB()).isEqualTo(750);
        assertThat(partial.memoryPercent()).isEqualTo(75.0);
    }
}
