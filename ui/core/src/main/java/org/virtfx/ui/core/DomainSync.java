package org.virtfx.ui.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.virtfx.libvirt.Connect;
import org.virtfx.libvirt.Domain;
import org.virtfx.libvirt.DomainState;
import org.virtfx.libvirt.DomainStatsList;
import org.virtfx.libvirt.DomainStatsRecord;
import org.virtfx.libvirt.ErrorNumber;
import org.virtfx.libvirt.LibvirtException;
import org.virtfx.ui.core.history.DomainPoint;
import org.virtfx.ui.core.history.DomainRates;

/**
 * Keeps a connection's domains in step: a full reading is one {@code virConnectGetAllDomainStats}
 * call for every domain, never one call per domain; an event reads only the domains it named, with
 * one {@code virDomainListGetStats}. Per-domain calls ({@link DomainDetails}: title, persistence,
 * managed save, and vCPU and memory figures where the driver's statistics lack them, as libvirt's
 * test driver's do) are made only for a domain seen for the first time, named by an event, or
 * whose state changed: the events that change those facts (metadata change, define, save) name
 * the domain.
 *
 * <p>The first reading of a session can leave the details for later ({@link #deferDetails()}):
 * its rows are published from the one bulk call at once, and {@link #readPendingDetails} fills
 * the details in afterwards, a chunk at a time. With 10,000 domains the details are 50,000 calls
 * (0.16 s in process, far longer over a remote link), which the rows need not wait for.
 *
 * <p>Worker-side fields: {@link #tracked}, {@link #dirty}, {@link #pendingDetails},
 * {@link #hostCpus}, {@link #fullReadings}, {@link #deferNext}. FX-side: {@link #model} and each
 * {@link Slot}'s content.
 */
final class DomainSync implements ModelSync<DomainSync.Batch> {

    /**
     * A domain's place in the FX model: made on the worker when the domain is first seen, passed
     * along with its readings, filled with its row on the JavaFX thread. A tick's graph points
     * then reach their rows without a lookup by UUID per domain (at 10,000 domains that lookup
     * was half of the FX thread's time per tick).
     */
    static final class Slot {
        /** FX-confined: the row, once the batch that added the domain is applied. */
        LiveDomain live;
    }

    /**
     * One reading's changes.
     *
     * @param diff domains added, removed and changed, by UUID
     * @param addedSlots the slot of each of {@code diff.added()}, in the same order
     * @param pointSlots the domains that have a graph point: full readings only, so samples stay
     *     evenly spaced
     * @param points their points, in the same order
     */
    record Batch(Diff<String, DomainReading> diff, List<Slot> addedSlots, Slot[] pointSlots, DomainPoint[] points) {
    }

    /** What the worker knows of one domain between readings. */
    private static final class Tracked {
        final Slot slot = new Slot();
        final DomainRates rates = new DomainRates();
        /** The last reading published. */
        DomainReading last;
        /** The facts only per-domain calls give; null until read. */
        DomainReading details;
        /** Whether {@link #last}'s sizes came from the statistics, not from the details. */
        boolean sizesFromStats;
        /** The full reading that last listed it. */
        long seen;
    }

    /** A reading's rows, as they are read: new ones with their slots, and changed ones. */
    private final class Changes {
        final List<DomainReading> added = new ArrayList<>();
        final List<Slot> addedSlots = new ArrayList<>();
        final List<DomainReading> changed = new ArrayList<>();

        /** Takes a domain's new reading: tracks a new domain, notes a changed one. */
        void record(String uuid, Tracked t, boolean isNew, DomainReading reading) {
            if (isNew) {
                tracked.put(uuid, t);
                added.add(reading);
                addedSlots.add(t.slot);
            } else if (!reading.equals(t.last)) {
                changed.add(reading);
            }
            t.last = reading;
        }

        Diff<String, DomainReading> diff(List<String> removed) {
            return new Diff<>(added, removed, changed);
        }
    }

    private static final Slot[] NO_SLOTS = {};
    private static final DomainPoint[] NO_POINTS = {};

    // Worker-confined.
    private final Map<String, Tracked> tracked = new HashMap<>();
    private final Set<String> dirty = new LinkedHashSet<>();
    private final Set<String> pendingDetails = new LinkedHashSet<>();
    private int hostCpus = 1;
    private long fullReadings;
    private boolean deferNext;

    // FX-confined.
    private final DomainListModel model;

    DomainSync(DomainListModel model) {
        this.model = model;
    }

    /** Worker: the host's CPU count, for the host-CPU share of each domain. */
    void hostCpus(int cpus) {
        hostCpus = Math.max(1, cpus);
    }

    /** Worker: an event named this domain; the next partial reading reads it. */
    void invalidate(String uuid) {
        dirty.add(uuid);
    }

    /** @return true when an event left domains to read */
    boolean hasDirty() {
        return !dirty.isEmpty();
    }

    /** Worker: the next full reading publishes new domains before reading their details. */
    void deferDetails() {
        deferNext = true;
    }

    /** @return true while domains are listed without their details */
    boolean hasPendingDetails() {
        return !pendingDetails.isEmpty();
    }

    @Override
    public Batch read(Connect connect, boolean full) {
        return full ? readAll(connect) : readDirty(connect);
    }

    private Batch readAll(Connect connect) {
        long now = System.nanoTime();
        long pass = ++fullReadings;
        boolean defer = deferNext;
        deferNext = false;
        Changes changes = new Changes();
        Slot[] pointSlots;
        DomainPoint[] points;
        int listed = 0;
        try (DomainStatsList list = connect.getAllDomainStatsNamed(DomainStatsFields.GROUPS, Set.of())) {
            pointSlots = new Slot[list.size()];
            points = new DomainPoint[list.size()];
            for (DomainStatsRecord r : list) {
                String uuid = r.uuid();
                DomainStatsFields f = DomainStatsFields.of(r.stats());
                Tracked t = tracked.get(uuid);
                boolean isNew = t == null;
                if (isNew) {
                    t = new Tracked();
                }
                DomainReading reading = reading(connect, uuid, r.name(), f, t, defer);
                if (reading == null) {
                    continue; // vanished meanwhile: unlisted, so removed below if it was known
                }
                t.seen = pass;
                changes.record(uuid, t, isNew, reading);
                pointSlots[listed] = t.slot;
                points[listed] = t.rates.next(f.sample(now, reading), hostCpus);
                listed++;
            }
        }
        dirty.clear();
        List<String> removed = tracked.size() == listed ? List.of() : unseen(pass);
        Diff<String, DomainReading> diff = changes.diff(removed);
        if (listed < pointSlots.length) {
            pointSlots = Arrays.copyOf(pointSlots, listed);
            points = Arrays.copyOf(points, listed);
        }
        return new Batch(diff, changes.addedSlots, pointSlots, points);
    }

    /** @return the domains the full reading {@code pass} did not list, forgotten */
    private List<String> unseen(long pass) {
        List<String> removed = new ArrayList<>();
        for (Iterator<Map.Entry<String, Tracked>> it = tracked.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Tracked> e = it.next();
            if (e.getValue().seen != pass) {
                removed.add(e.getKey());
                pendingDetails.remove(e.getKey());
                it.remove();
            }
        }
        return removed;
    }

    private Batch readDirty(Connect connect) {
        if (dirty.isEmpty()) {
            return null;
        }
        List<String> wanted = new ArrayList<>(dirty);
        dirty.clear();
        List<Domain> found = new ArrayList<>(wanted.size());
        Set<String> missing = new HashSet<>(wanted);
        try {
            for (String uuid : wanted) {
                Domain d = lookup(connect, uuid);
                if (d != null) {
                    found.add(d);
                }
            }
            Changes changes = new Changes();
            if (!found.isEmpty()) {
                try (DomainStatsList list = connect.domainListGetStats(found, DomainStatsFields.GROUPS, Set.of())) {
                    for (DomainStatsRecord r : list) {
                        String uuid = r.uuid();
                        Tracked t = tracked.get(uuid);
                        boolean isNew = t == null;
                        if (isNew) {
                            t = new Tracked();
                        }
                        t.details = null; // named by an event: its details may have changed
                        DomainReading reading = reading(connect, uuid, r.name(), DomainStatsFields.of(r.stats()), t, false);
                        if (reading == null) {
                            continue;
                        }
                        missing.remove(uuid);
                        changes.record(uuid, t, isNew, reading);
                    }
                }
            }
            List<String> removed = new ArrayList<>();
            for (String uuid : missing) {
                if (tracked.remove(uuid) != null) {
                    pendingDetails.remove(uuid);
                    removed.add(uuid);
                }
            }
            Diff<String, DomainReading> diff = changes.diff(removed);
            return diff.isEmpty() ? null : new Batch(diff, changes.addedSlots, NO_SLOTS, NO_POINTS);
        } finally {
            found.forEach(Domain::close);
        }
    }

    /**
     * Worker: reads the details that the first reading of a session left out.
     *
     * @param connect the connection
     * @param most the most domains to read in this chunk
     * @return the rows that changed, or null when none did
     */
    Batch readPendingDetails(Connect connect, int most) {
        List<DomainReading> changed = new ArrayList<>();
        Iterator<String> it = pendingDetails.iterator();
        for (int n = 0; n < most && it.hasNext(); n++) {
            String uuid = it.next();
            it.remove();
            Tracked t = tracked.get(uuid);
            if (t == null || t.details != null) {
                continue;
            }
            DomainReading known = DomainDetails.read(connect, uuid);
            if (known == null) {
                dirty.add(uuid); // gone since the listing: the next partial reading removes it
                continue;
            }
            t.details = known;
            DomainReading now = combine(uuid, t.last.name(), t.last.state(), known, t.sizesFromStats ? t.last : known);
            if (!now.equals(t.last)) {
                changed.add(now);
                t.last = now;
            }
        }
        return changed.isEmpty() ? null
                : new Batch(new Diff<>(List.of(), List.of(), changed), List.of(), NO_SLOTS, NO_POINTS);
    }

    static Domain lookup(Connect connect, String uuid) {
        try {
            return connect.lookupDomainByUuidString(uuid);
        } catch (LibvirtException e) {
            if (e.is(ErrorNumber.NO_DOMAIN)) {
                return null; // undefined since the event: it goes from the model
            }
            throw e;
        }
    }

    /** @return the reading, or null when the domain vanished while its details were read */
    private DomainReading reading(Connect connect, String uuid, String name, DomainStatsFields f, Tracked t,
                                  boolean defer) {
        DomainReading known = t.details;
        if (known == null || t.last == null || t.last.state() != f.domainState()) {
            if (defer && known == null) {
                // Shown at once with what the statistics say; readPendingDetails completes it.
                pendingDetails.add(uuid);
                known = new DomainReading(uuid, "", f.domainState(), Math.max(0, f.vcpus),
                        Math.max(0, f.balloonCurrent), Math.max(0, f.balloonMaximum), "", true, false);
            } else {
                known = DomainDetails.read(connect, uuid);
                if (known == null) {
                    return null;
                }
                t.details = known;
            }
        }
        t.sizesFromStats = !f.lacksSizes();
        if (f.lacksSizes()) {
            return combine(uuid, name, f.domainState(), known, known);
        }
        return new DomainReading(uuid, name, f.domainState(), f.vcpus, f.balloonCurrent, f.balloonMaximum,
                known.title(), known.persistent(), known.managedSave());
    }

    /** @return a reading with the facts of {@code details} and the sizes of {@code sizes} */
    private static DomainReading combine(String uuid, String name, DomainState state, DomainReading details,
                                         DomainReading sizes) {
        return new DomainReading(uuid, name, state, sizes.vcpus(), sizes.memoryKiB(), sizes.maxMemoryKiB(),
                details.title(), details.persistent(), details.managedSave());
    }

    @Override
    public void apply(Batch batch) {
        model.apply(batch);
    }
}
