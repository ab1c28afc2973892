package org.virtfx.libvirt;

import java.util.AbstractList;
import java.util.List;

/**
 * The result of {@code virConnectGetAllDomainStats} and {@code virDomainListGetStats}: an
 * unmodifiable list of {@link DomainStatsRecord}s that closes the records' domain handles.
 *
 * <p>Use it in try-with-resources. Lists without handles (from
 * {@link Connect#getAllDomainStatsNamed(java.util.Set, java.util.Set)}) need no closing, but
 * closing them is harmless. The native records are already freed when a list is returned.
 * Reading is thread-safe; {@link #close()} is idempotent.
 */
public final class DomainStatsList extends AbstractList<DomainStatsRecord> implements AutoCloseable {
    private final List<DomainStatsRecord> records;

    DomainStatsList(List<DomainStatsRecord> records) {
        this.records = List.copyOf(records);
    }

    @Override
    public DomainStatsRecord get(int index) {
        return records.get(index);
    }

    @Override
    public int size() {
        return records.size();
    }

    /** Closes every record's domain handle; idempotent, as each handle's close is. */
    @Override
    public void close() {
        RuntimeException first = null;
        for (DomainStatsRecord r : records) {
            if (r.domain() == null) {
                continue;
            }
            try {
                r.domain().close();
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
