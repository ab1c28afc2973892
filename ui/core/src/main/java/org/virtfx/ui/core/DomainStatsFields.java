package org.virtfx.ui.core;

import java.util.EnumSet;
import java.util.Set;
import org.virtfx.libvirt.DomainState;
import org.virtfx.libvirt.DomainStatsTypes;
import org.virtfx.libvirt.TypedParam;
import org.virtfx.libvirt.TypedParams;
import org.virtfx.ui.core.history.DomainSample;

/**
 * Reads the fields a live model needs out of one {@code virConnectGetAllDomainStats} record, in
 * one pass over its typed parameters (a running QEMU guest with disks and NICs has dozens).
 * The field names are libvirt's, documented with {@code virConnectGetAllDomainStats}.
 */
final class DomainStatsFields {
    /** The groups each poll asks for; a driver without a group simply leaves it out. */
    static final Set<DomainStatsTypes> GROUPS = EnumSet.of(DomainStatsTypes.STATE, DomainStatsTypes.CPU_TOTAL,
            DomainStatsTypes.BALLOON, DomainStatsTypes.VCPU, DomainStatsTypes.INTERFACE, DomainStatsTypes.BLOCK);

    int state = -1;
    int vcpus = -1;
    long cpuTimeNs = -1;
    long balloonCurrent = -1;
    long balloonMaximum = -1;
    long blockRd = -1;
    long blockWr = -1;
    long netRx = -1;
    long netTx = -1;

    private DomainStatsFields() {
    }

    static DomainStatsFields of(TypedParams stats) {
        DomainStatsFields f = new DomainStatsFields();
        for (TypedParam p : stats) {
            f.take(p);
        }
        return f;
    }

    private void take(TypedParam p) {
        String field = p.field();
        switch (field) {
            case "state.state" -> state = (int) p.longValue();
            case "cpu.time" -> cpuTimeNs = p.longValue();
            case "vcpu.current" -> vcpus = (int) p.longValue();
            case "balloon.current" -> balloonCurrent = p.longValue();
            case "balloon.maximum" -> balloonMaximum = p.longValue();
            default -> takeDevice(field, p);
        }
    }

    /** Sums per-device counters: {@code block.<n>.rd.bytes}, {@code net.<n>.rx.bytes} and so on. */
    private void takeDevice(String field, TypedParam p) {
        if (field.startsWith("block.")) {
            if (field.endsWith(".rd.bytes")) {
                blockRd = add(blockRd, p.longValue());
            } else if (field.endsWith(".wr.bytes")) {
                blockWr = add(blockWr, p.longValue());
            }
        } else if (field.startsWith("net.")) {
            if (field.endsWith(".rx.bytes")) {
                netRx = add(netRx, p.longValue());
            } else if (field.endsWith(".tx.bytes")) {
                netTx = add(netTx, p.longValue());
            }
        }
    }

    private static long add(long sum, long value) {
        return sum < 0 ? value : sum + value;
    }

    /** @return true when the record carries no vCPU or memory figures (libvirt's test driver) */
    boolean lacksSizes() {
        return vcpus < 0 || balloonCurrent < 0 || balloonMaximum < 0;
    }

    DomainState domainState() {
        return DomainState.of(state);
    }

    /**
     * @param nanos when the record was read
     * @param sizes the domain's vCPU and memory figures where the record has none
     * @return the graph sample
     */
    DomainSample sample(long nanos, DomainReading sizes) {
        DomainState st = domainState();
        boolean active = st != DomainState.SHUTOFF && st != DomainState.CRASHED && st != DomainState.NOSTATE
                && st != DomainState.UNKNOWN;
        return new DomainSample(nanos, active, sizes.vcpus(), cpuTimeNs, sizes.memoryKiB(), sizes.maxMemoryKiB(),
                blockRd, blockWr, netRx, netTx);
    }
}
