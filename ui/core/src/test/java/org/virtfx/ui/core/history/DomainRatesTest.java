package org.virtfx.ui.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DomainRatesTest {
    private static final long S = 1_000_000_000L;
    private static final int HOST_CPUS = 8;

    private final DomainRates rates = new DomainRates();

    /** A running guest with 2 vCPUs and 2 GiB maximum memory. */
    private static DomainSample running(long nanos, long cpuNs, long rd, long wr, long rx, long tx) {
        return new DomainSample(nanos, true, 2, cpuNs, 1024 * 1024, 2 * 1024 * 1024, rd, wr, rx, tx);
    }

    private static DomainSample shutOff(long nanos) {
        return new DomainSample(nanos, false, 2, -1, -1, 2 * 1024 * 1024, -1, -1, -1, -1);
    }

    @Test
    void theFirstSampleHasMemoryButNoRates() {
        DomainPoint p = rates.next(running(0, 5 * S, 100, 100, 100, 100), HOST_CPUS);
        assertThat(p.guestCpuPercent()).isNaN();
        assertThat(p.hostCpuPercent()).isNaN();
        assertThat(p.diskReadBps()).isNaN();
        assertThat(p.diskWriteBps()).isNaN();
        assertThat(p.netRxBps()).isNaN();
        assertThat(p.netTxBps()).isNaN();
        assertThat(p.memoryKiB()).isEqualTo(1024 * 1024);
        assertThat(p.memoryPercent()).isEqualTo(50.0);
    }

    @Test
    void ratesFromTwoSamples() {
        rates.next(running(0, 0, 0, 0, 0, 0), HOST_CPUS);
        // 2 s later: 2 s of CPU time = one of 2 vCPUs busy = 1/8 of the host
        DomainPoint p = rates.next(running(2 * S, 2 * S, 4096, 1000, 3000, 0), HOST_CPUS);
        assertThat(p.guestCpuPercent()).isEqualTo(50.0);
        assertThat(p.hostCpuPercent()).isEqualTo(12.5);
        assertThat(p.diskReadBps()).isEqualTo(2048.0);
        assertThat(p.diskWriteBps()).isEqualTo(500.0);
        assertThat(p.netRxBps()).isEqualTo(1500.0);
        assertThat(p.netTxBps()).isEqualTo(0.0);
    }

    @Test
    void cpuPercentagesAreClampedTo100() {
        // given a 1-vCPU guest on a 1-CPU host that reports 1.5 s of CPU in 1 s (accounting jitter)
        rates.next(new DomainSample(0, true, 1, 0, -1, -1, 0, 0, 0, 0), 1);
        DomainPoint p = rates.next(new DomainSample(S, true, 1, 3 * S / 2, -1, -1, 0, 0, 0, 0), 1);
        assertThat(p.guestCpuPercent()).isEqualTo(100.0);
        assertThat(p.hostCpuPercent()).isEqualTo(100.0);
    }

    @Test
    void countersThatStartAgainAreCountedFromZero() {
        // given a guest using both vCPUs fully
        rates.next(running(0, 10 * S, 50_000, 0, 0, 0), HOST_CPUS);
        assertThat(rates.next(running(S, 12 * S, 60_000, 0, 0, 0), HOST_CPUS).guestCpuPercent()).isEqualTo(100.0);
        // when it was restarted between two ticks and its counters began again at 0
        DomainPoint p = rates.next(running(2 * S, S / 2, 2000, 0, 0, 0), HOST_CPUS);
        // then the new values count over the last second: no negative rate, no NaN
        assertThat(p.guestCpuPercent()).isEqualTo(25.0);
        assertThat(p.hostCpuPercent()).isEqualTo(6.25);
        assertThat(p.diskReadBps()).isEqualTo(2000.0);
    }

    @Test
    void anInactiveDomainIsZeroAndItsRestartIsNoSpike() {
        rates.next(running(0, 100 * S, 1_000_000, 0, 0, 0), HOST_CPUS);
        rates.next(running(S, 101 * S, 2_000_000, 0, 0, 0), HOST_CPUS);
        // when it is shut off
        DomainPoint off = rates.next(shutOff(2 * S), HOST_CPUS);
        // then every value is 0, not NaN
        assertThat(off).isEqualTo(new DomainPoint(0, 0, 0, 0, 0, 0, 0, 0));
        // when it starts again with fresh counters, the first point has no rate (not a drop from 101 s)
        DomainPoint first = rates.next(running(3 * S, S / 10, 4096, 0, 0, 0), HOST_CPUS);
        assertThat(first.guestCpuPercent()).isNaN();
        assertThat(first.diskReadBps()).isNaN();
        // and the next has the real rate
        DomainPoint second = rates.next(running(4 * S, S / 10 + S / 2, 8192, 0, 0, 0), HOST_CPUS);
        assertThat(second.guestCpuPercent()).isEqualTo(25.0);
        assertThat(second.diskReadBps()).isEqualTo(4096.0);
    }

    @Test
    void absentValuesAreGapsWhileTheOthersGoOn() {
        rates.next(new DomainSample(0, true, -1, 0, -1, 2048, 0, -1, 0, 0), HOST_CPUS);
        DomainPoint p = rates.next(new DomainSample(S, true, -1, 4 * S, -1, 2048, 10, -1, 20, 30), HOST_CPUS);
        // no vCPU count: no share of the guest, but the share of the host is known
        assertThat(p.guestCpuPercent()).isNaN();
        assertThat(p.hostCpuPercent()).isEqualTo(50.0);
        assertThat(p.memoryKiB()).isEqualTo(-1);
        assertThat(p.memoryPercent()).isNaN();
        assertThat(p.diskReadBps()).isEqualTo(10.0);
        assertThat(p.diskWriteBps()).isNaN();
        assertThat(p.netRxBps()).isEqualTo(20.0);
        assertThat(p.netTxBps()).isEqualTo(30.0);
    }

    @Test
    void memoryPercentNeedsAMaximumAndIsClamped() {
        assertThat(rates.next(new DomainSample(0, true, 1, 0, 1024, -1, 0, 0, 0, 0), 1).memoryPercent()).isNaN();
        assertThat(rates.next(new DomainSample(S, true, 1, 0, 4096, 2048, 0, 0, 0, 0), 1).memoryPercent())
                .isEqualTo(100.0);
        assertThat(rates.next(new DomainSample(2 * S, true, 1, 0, 768, 2048, 0, 0, 0, 0), 1).memoryPercent())
                .isEqualTo(37.5);
    }

    @Test
    void anUnknownHostCpuCountGivesNoHostShare() {
        rates.next(running(0, 0, 0, 0, 0, 0), 0);
        DomainPoint p = rates.next(running(S, S, 0, 0, 0, 0), 0);
        assertThat(p.guestCpuPercent()).isEqualTo(50.0);
        assertThat(p.hostCpuPercent()).isNaN();
    }

    @Test
    void aLongGapWhileTheDaemonWasDownGivesTheAverage() {
        rates.next(running(0, 0, 0, 0, 0, 0), HOST_CPUS);
        assertThat(rates.next(running(S, S, 1000, 0, 0, 0), HOST_CPUS).guestCpuPercent()).isEqualTo(50.0);
        // the daemon was down 30 s; the guest used half a CPU on average meanwhile
        DomainPoint p = rates.next(running(31 * S, 16 * S, 61_000, 0, 0, 0), HOST_CPUS);
        assertThat(p.guestCpuPercent()).isEqualTo(25.0);
        assertThat(p.hostCpuPercent()).isEqualTo(6.25);
        assertThat(p.diskReadBps()).isEqualTo(2000.0);
    }

    @Test
    void aTickAtTheSameTimeHasNoRates() {
        rates.next(running(S, 0, 0, 0, 0, 0), HOST_CPUS);
        DomainPoint p = rates.next(running(S, S, 100, 0, 0, 0), HOST_CPUS);
        assertThat(p.guestCpuPercent()).isNaN();
        assertThat(p.diskReadBps()).isNaN();
        assertThat(p.memoryPercent()).isCloseTo(50.0, within(0.0));
    }
}
