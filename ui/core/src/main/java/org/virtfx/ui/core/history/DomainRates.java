package org.virtfx.ui.core.history;

/**
 * Turns one domain's successive samples into graph points. One per domain, kept by the
 * connection's worker for as long as the domain exists.
 *
 * <p>An inactive domain gives {@link DomainPoint#INACTIVE} and forgets every baseline, so the
 * first sample after a start gives {@code NaN} rates rather than a spike from counters that
 * began again at zero.
 *
 * <p>Not thread-safe: confined to the connection's worker thread.
 */
public final class DomainRates {
    private static final double NANOS_PER_SECOND = 1_000_000_000d;

    private final CounterRate cpu = new CounterRate();
    private final CounterRate diskRead = new CounterRate();
    private final CounterRate diskWrite = new CounterRate();
    private final CounterRate netRx = new CounterRate();
    private final CounterRate netTx = new CounterRate();

    /**
     * Takes the next sample.
     *
     * @param s the sample, newer than the previous one
     * @param hostCpus the host's number of CPUs (for the share of the host), or 0 when unknown
     * @return the point: rates since the previous sample, or {@code NaN} where there is none yet
     */
    public DomainPoint next(DomainSample s, int hostCpus) {
        if (!s.active()) {
            reset();
            return DomainPoint.INACTIVE;
        }
        // CPU nanoseconds per second of wall time = CPUs kept busy.
        double busyCpus = cpu.next(s.cpuTimeNs(), s.nanos()) / NANOS_PER_SECOND;
        return new DomainPoint(
                Percent.of(busyCpus, s.vcpus()),
                Percent.of(busyCpus, hostCpus),
                s.memoryKiB() < 0 ? -1 : s.memoryKiB(),
                s.memoryKiB() < 0 ? Double.NaN : Percent.of(s.memoryKiB(), s.maxMemoryKiB()),
                diskRead.next(s.blockRdBytes(), s.nanos()),
                diskWrite.next(s.blockWrBytes(), s.nanos()),
                netRx.next(s.netRxBytes(), s.nanos()),
                netTx.next(s.netTxBytes(), s.nanos()));
    }

    /** Forgets every baseline (the domain stopped, or the connection was re-established). */
    public void reset() {
        cpu.reset();
        diskRead.reset();
        diskWrite.reset();
        netRx.reset();
        netTx.reset();
    }
}
