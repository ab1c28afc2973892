package org.virtfx.libvirt;

import java.util.Objects;

/**
 * One domain's statistics from {@code virConnectGetAllDomainStats} or
 * {@code virDomainListGetStats} (a {@code virDomainStatsRecord}).
 *
 * <p>The statistics are flat typed parameters named as libvirt documents them for
 * {@code virConnectGetAllDomainStats}, such as {@code state.state}, {@code cpu.time},
 * {@code balloon.current}, {@code vcpu.0.time}, {@code block.count}, {@code block.0.rd.bytes},
 * {@code net.1.tx.bytes} or {@code iothread.1.poll-max-ns}. Which groups and fields appear
 * depends on the driver and the domain's state.
 *
 * <p>Immutable, except for {@link #domain()}: that handle belongs to the {@link DomainStatsList}
 * the record came from and is closed with it (take one of your own with {@code domain().ref()}).
 *
 * @param domain the domain's handle, or {@code null} for records from
 *     {@link Connect#getAllDomainStatsNamed(java.util.Set, java.util.Set)}, which carry no handles
 * @param name the domain's name
 * @param uuid the domain's UUID as text, 36 characters
 * @param stats the statistics, in libvirt's order
 */
public record DomainStatsRecord(Domain domain, String name, String uuid, TypedParams stats) {

    /** Checks that the name, UUID and statistics are there. */
    public DomainStatsRecord {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(stats, "stats");
    }
}
