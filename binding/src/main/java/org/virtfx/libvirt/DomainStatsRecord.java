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
 * <p>Immutable and thread-safe, except for {@link #domain()}: that handle belongs to the
 * {@link DomainStatsList} the record came from and is closed with it (take one of your own with
 * {@code domain().ref()}). Equality is by value, as for a record: two records are equal when
 * their names, UUIDs and statistics are, and their handles are the same (or both absent).
 */
public final class DomainStatsRecord {
    private final Domain domain;
    private final DomainStatsList owner;
    private final int index;
    private final String name;
    private final String uuid;
    private final TypedParams stats;

    /**
     * Makes a record, for tests and for code that builds its own.
     *
     * @param domain the domain's handle, or {@code null} for a record without one
     * @param name the domain's name
     * @param uuid the domain's UUID as text, 36 characters
     * @param stats the statistics, in libvirt's order
     */
    public DomainStatsRecord(Domain domain, String name, String uuid, TypedParams stats) {
        this(domain, null, -1, name, uuid, stats);
    }

    /** A record of a list with handles, whose handle {@code owner} makes on demand. */
    DomainStatsRecord(DomainStatsList owner, int index, String name, String uuid, TypedParams stats) {
        this(null, owner, index, name, uuid, stats);
    }

    private DomainStatsRecord(Domain domain, DomainStatsList owner, int index, String name, String uuid,
            TypedParams stats) {
        this.domain = domain;
        this.owner = owner;
        this.index = index;
        this.name = Objects.requireNonNull(name, "name");
        this.uuid = Objects.requireNonNull(uuid, "uuid");
        this.stats = Objects.requireNonNull(stats, "stats");
    }

    /**
     * Returns the domain's handle, which the list owns and closes.
     *
     * <p>In a list with handles the handle is made on the first call (one {@code virDomainRef});
     * later calls return the same handle.
     *
     * @return the handle, or {@code null} for records from
     *     {@link Connect#getAllDomainStatsNamed(java.util.Set, java.util.Set)}, which carry none
     * @throws IllegalStateException when the list is closed
     */
    public Domain domain() {
        return owner == null ? domain : owner.domainAt(index);
    }

    /** @return the domain's name */
    public String name() {
        return name;
    }

    /** @return the domain's UUID as text, 36 characters */
    public String uuid() {
        return uuid;
    }

    /** @return the statistics, in libvirt's order */
    public TypedParams stats() {
        return stats;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DomainStatsRecord r && r.domain == domain && r.owner == owner && r.index == index
                && r.name.equals(name) && r.uuid.equals(uuid) && r.stats.equals(stats);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, uuid, stats);
    }

    @Override
    public String toString() {
        return "DomainStatsRecord[name=" + name + ", uuid=" + uuid + ", handle=" + (owner != null || domain != null)
                + ", stats=" + stats + "]";
    }
}
