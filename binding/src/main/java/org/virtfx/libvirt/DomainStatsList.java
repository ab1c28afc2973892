package org.virtfx.libvirt;

import java.lang.ref.Cleaner;
import java.lang.ref.Reference;
import java.util.AbstractList;
import java.util.Objects;

/**
 * The result of {@code virConnectGetAllDomainStats} and {@code virDomainListGetStats}: an
 * unmodifiable list of {@link DomainStatsRecord}s.
 *
 * <p>Use it in try-with-resources. A list with handles keeps libvirt's native records until it is
 * closed and makes each record's {@link DomainStatsRecord#domain() domain handle} only when asked
 * for; {@link #close()} closes those handles and frees the records (a list never closed is
 * reported as a leak, like a handle). The names, UUIDs and statistics are plain Java values and
 * stay readable after close. Lists without handles (from
 * {@link Connect#getAllDomainStatsNamed(java.util.Set, java.util.Set)}) hold nothing native and
 * need no closing, but closing them is harmless. Thread-safe; {@link #close()} is idempotent.
 */
public final class DomainStatsList extends AbstractList<DomainStatsRecord> implements AutoCloseable {
    private final DomainStatsRecord[] records;
    private final DomainStatsHandles handles;
    private final Cleaner.Cleanable cleanable;

    /**
     * @param names each record's domain name
     * @param uuids each record's UUID string
     * @param stats each record's statistics
     * @param handles the native records to make handles from, or null for a list without handles
     */
    DomainStatsList(String[] names, String[] uuids, TypedParams[] stats, DomainStatsHandles handles) {
        this.records = new DomainStatsRecord[names.length];
        for (int i = 0; i < names.length; i++) {
            records[i] = new DomainStatsRecord(handles == null ? null : this, i, names[i], uuids[i], stats[i]);
        }
        this.handles = handles;
        this.cleanable = handles == null ? null : Handle.CLEANER.register(this, handles);
    }

    /** Returns record {@code i}'s handle; see {@link DomainStatsRecord#domain()}. */
    Domain domainAt(int i) {
        try {
            return Objects.requireNonNull(handles).domain(i);
        } finally {
            Reference.reachabilityFence(this); // the Cleaner must not free the records meanwhile
        }
    }

    @Override
    public DomainStatsRecord get(int index) {
        return records[index];
    }

    @Override
    public int size() {
        return records.length;
    }

    /**
     * Closes the handles the records made and frees the native records; idempotent. Handles
     * taken with {@code domain().ref()} stay open.
     */
    @Override
    public void close() {
        if (handles != null) {
            handles.markClosedByOwner();
            cleanable.clean();
        }
    }
}
