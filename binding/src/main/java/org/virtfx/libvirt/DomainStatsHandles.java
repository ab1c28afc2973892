package org.virtfx.libvirt;

import com.sun.jna.Pointer;

/**
 * The native side of a {@link DomainStatsList} with handles: libvirt's record array, kept until
 * the list is closed, and the domain handles made from it on demand.
 *
 * <p>Keeping the array saves a {@code virDomainRef} and a {@code virDomainFree} per record for
 * every record whose {@link DomainStatsRecord#domain()} is never asked for (a poller reads the
 * statistics and names, not the handles), and the per-record {@code Domain} objects with their
 * Cleaner registrations. A handle asked for takes a reference of its own, so it is closed like
 * any other and outlives the array only through {@code ref()}.
 *
 * <p>This is also the list's Cleaner action, so it holds no reference to the list. Thread-safe:
 * handle making and closing are serialised on this object.
 */
final class DomainStatsHandles implements Runnable {
    private final Pointer array;
    private final Pointer[] doms;
    private final Domain[] made;
    private boolean closed;
    private volatile boolean closedByOwner;

    /**
     * @param array the {@code virDomainStatsRecordPtr *} array, freed by {@link #run()}
     * @param doms each record's {@code virDomainPtr}, owned by the array
     */
    DomainStatsHandles(Pointer array, Pointer[] doms) {
        this.array = array;
        this.doms = doms;
        this.made = new Domain[doms.length];
    }

    /**
     * Returns the handle of record {@code i}, making it (with a reference of its own) the first time.
     *
     * @throws IllegalStateException once the list is closed
     */
    synchronized Domain domain(int i) {
        if (closed) {
            throw new IllegalStateException("DomainStatsList is closed");
        }
        Domain d = made[i];
        if (d == null) {
            ErrorCapture.check(CDomain.virDomainRef(doms[i]), "virDomainRef");
            d = new Domain(doms[i]);
            made[i] = d;
        }
        return d;
    }

    void markClosedByOwner() {
        closedByOwner = true;
    }

    /** Closes the handles made and frees the array; runs once, from close() or the Cleaner. */
    @Override
    public void run() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        if (!closedByOwner) {
            Libvirt.reportLeak("DomainStatsList of " + doms.length
                    + " records was not closed; freed by the garbage collector");
        }
        RuntimeException first = null;
        try {
            for (Domain d : made) {
                if (d == null) {
                    continue;
                }
                try {
                    d.close();
                } catch (RuntimeException e) {
                    if (first == null) {
                        first = e;
                    }
                }
            }
        } finally {
            CDomain.virDomainStatsRecordListFree(array);
        }
        if (first != null) {
            throw first;
        }
    }
}
