package org.virtfx.libvirt;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.virtfx.libvirt.internal.Scratch;

/**
 * Bulk statistics of many domains.
 *
 * <p>One layer of {@link Connect}'s API: the methods are public and reached through
 * {@code Connect}; the class is package-private so that each area of libvirt gets a file of its
 * own. Thread-safe.
 */
abstract class ConnectDomainStats extends ConnectDomains {

    ConnectDomainStats(Pointer pointer) {
        super(pointer);
    }

    /**
     * Returns every statistics group the driver supports, for every domain.
     *
     * @return the records with domain handles; the caller closes the list
     * @see #getAllDomainStats(Set, Set)
     */
    public DomainStatsList getAllDomainStats() {
        return getAllDomainStats(Set.of(), Set.of());
    }

    /**
     * Returns statistics of every domain.
     *
     * @param stats the groups to collect; an empty set asks for every group the driver supports
     * @return the records with domain handles; the caller closes the list
     * @see #getAllDomainStats(Set, Set)
     */
    public DomainStatsList getAllDomainStats(Set<DomainStatsTypes> stats) {
        return getAllDomainStats(stats, Set.of());
    }

    /**
     * Returns statistics of the domains that match the filters, each record with a domain handle.
     *
     * <p>Wraps {@code virConnectGetAllDomainStats}; the binding frees the records with
     * {@code virDomainStatsRecordListFree}.
     *
     * @param stats the groups to collect; an empty set asks for every group the driver supports
     * @param flags filters and options; an empty set returns all domains
     * @return the records with domain handles; the caller closes the list
     * @see #getAllDomainStatsNamed(Set, Set)
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virConnectGetAllDomainStats">virConnectGetAllDomainStats</a>
     */
    @Wraps({"virConnectGetAllDomainStats", "virDomainStatsRecordListFree"})
    public DomainStatsList getAllDomainStats(Set<DomainStatsTypes> stats, Set<ConnectGetAllDomainStatsFlags> flags) {
        return allDomainStats(stats, flags, true);
    }

    /**
     * Returns statistics of the domains that match the filters, each record named by the
     * domain's name and UUID instead of a handle: the cheapest form for a poller.
     *
     * <p>Wraps {@code virConnectGetAllDomainStats}; the binding frees the records with
     * {@code virDomainStatsRecordListFree}.
     *
     * @param stats the groups to collect; an empty set asks for every group the driver supports
     * @param flags filters and options; an empty set returns all domains
     * @return the records, whose {@link DomainStatsRecord#domain()} is null; nothing to close
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virConnectGetAllDomainStats">virConnectGetAllDomainStats</a>
     */
    @Wraps({"virConnectGetAllDomainStats", "virDomainStatsRecordListFree"})
    public DomainStatsList getAllDomainStatsNamed(Set<DomainStatsTypes> stats,
            Set<ConnectGetAllDomainStatsFlags> flags) {
        return allDomainStats(stats, flags, false);
    }

    private DomainStatsList allDomainStats(Set<DomainStatsTypes> stats, Set<ConnectGetAllDomainStatsFlags> flags,
            boolean handles) {
        int statsMask = BitFlag.mask(stats);
        int flagMask = BitFlag.mask(flags);
        Pointer p = acquire();
        try {
            Pointer out = Scratch.get(Native.POINTER_SIZE);
            int n = CDomain.virConnectGetAllDomainStats(p, statsMask, out, flagMask);
            Pointer array = out.getPointer(0);
            if (n < 0) {
                throw ErrorCapture.lastError("virConnectGetAllDomainStats");
            }
            return DomainStatsRecords.take(array, n, handles);
        } finally {
            release();
        }
    }

    /**
     * Returns statistics of the given domains, each record with a domain handle.
     *
     * <p>Wraps {@code virDomainListGetStats}; the binding frees the records with
     * {@code virDomainStatsRecordListFree}. The domains must belong to this connection.
     *
     * @param domains the domains, at least one, none closed
     * @param stats the groups to collect; an empty set asks for every group the driver supports
     * @param flags options ({@code ENFORCE_STATS}, {@code NOWAIT}, {@code BACKING}); the state
     *     filters are not allowed here
     * @return the records with domain handles; the caller closes the list
     * @throws IllegalArgumentException when {@code domains} is empty
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainListGetStats">virDomainListGetStats</a>
     */
    @Wraps({"virDomainListGetStats", "virDomainStatsRecordListFree"})
    public DomainStatsList domainListGetStats(List<Domain> domains, Set<DomainStatsTypes> stats,
            Set<ConnectGetAllDomainStatsFlags> flags) {
        Objects.requireNonNull(domains, "domains");
        if (domains.isEmpty()) {
            throw new IllegalArgumentException("virDomainListGetStats needs at least one domain");
        }
        domains.forEach(d -> Objects.requireNonNull(d, "domain"));
        int statsMask = BitFlag.mask(stats);
        int flagMask = BitFlag.mask(flags);
        Pointer p = acquire();
        int pinned = 0;
        try (Memory doms = new Memory((long) (domains.size() + 1) * Native.POINTER_SIZE)) {
            doms.clear();
            for (Domain d : domains) {
                doms.setPointer((long) pinned * Native.POINTER_SIZE, d.acquire());
                pinned++;
            }
            Pointer out = Scratch.get(Native.POINTER_SIZE);
            int n = CDomain.virDomainListGetStats(doms, statsMask, out, flagMask);
            Pointer array = out.getPointer(0);
            if (n < 0) {
                throw ErrorCapture.lastError("virDomainListGetStats");
            }
            return DomainStatsRecords.take(array, n, true);
        } finally {
            for (int i = 0; i < pinned; i++) {
                domains.get(i).release();
            }
            release();
        }
    }
}
