package org.virtfx.ui.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.virtfx.libvirt.Connect;
import org.virtfx.libvirt.Domain;
import org.virtfx.libvirt.DomainInfo;
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
 * <p>Worker-side fields: {@link #last}, {@link #details}, {@link #rates}, {@link #dirty},
 * {@link #hostCpus}. FX-side: {@link #model}.
 */
final class DomainSync implements ModelSync<DomainSync.Batch> {

    /**
     * One reading's changes.
     *
     * @param diff domains added, removed and changed, by UUID
     * @param points graph points by UUID; full readings only, so samples stay evenly spaced
     */
    record Batch(Diff<String, DomainReading> diff, Map<String, DomainPoint> points) {
    }

    // Worker-confined.
    private final Map<String, DomainReading> last = new HashMap<>();
    private final Map<String, DomainReading> details = new HashMap<>();
    private final Map<String, DomainRates> rates = new HashMap<>();
    private final Set<String> dirty = new LinkedHashSet<>();
    private int hostCpus = 1;

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

    @Override
    public Batch read(Connect connect, boolean full) {
        return full ? readAll(connect) : readDirty(connect);
    }

    private Batch readAll(Connect connect) {
        long now = System.nanoTime();
        List<DomainReading> readings;
        Map<String, DomainPoint> points;
        try (DomainStatsList list = connect.getAllDomainStatsNamed(DomainStatsFields.GROUPS, Set.of())) {
            readings = new ArrayList<>(list.size());
            points = new HashMap<>(list.size() * 2);
            for (DomainStatsRecord r : list) {
                DomainStatsFields f = DomainStatsFields.of(r.stats());
                DomainReading reading = reading(connect, r, f);
                if (reading == null) {
                    continue;
                }
                readings.add(reading);
                DomainPoint p = rates.computeIfAbsent(r.uuid(), u -> new DomainRates()).next(f.sample(now, reading), hostCpus);
                points.put(r.uuid(), p);
            }
        }
        dirty.clear();
        Diff<String, DomainReading> diff = Diff.between(last, readings, DomainReading::uuid);
        last.clear();
        for (DomainReading d : readings) {
            last.put(d.uuid(), d);
        }
        forget(diff.removed());
        return new Batch(diff, points);
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
            List<DomainReading> readings = new ArrayList<>(found.size());
            if (!found.isEmpty()) {
                try (DomainStatsList list = connect.domainListGetStats(found, DomainStatsFields.GROUPS, Set.of())) {
                    for (DomainStatsRecord r : list) {
                        details.remove(r.uuid()); // named by an event: its details may have changed
                        DomainReading reading = reading(connect, r, DomainStatsFields.of(r.stats()));
                        if (reading != null) {
                            readings.add(reading);
                            missing.remove(reading.uuid());
                        }
                    }
                }
            }
            Map<String, DomainReading> before = new HashMap<>();
            for (String uuid : wanted) {
                DomainReading old = last.get(uuid);
                if (old != null) {
                    before.put(uuid, old);
                }
            }
            Diff<String, DomainReading> diff = Diff.between(before, readings, DomainReading::uuid);
            for (DomainReading d : readings) {
                last.put(d.uuid(), d);
            }
            for (String uuid : diff.removed()) {
                last.remove(uuid);
            }
            forget(diff.removed());
            return diff.isEmpty() ? null : new Batch(diff, Map.of());
        } finally {
            found.forEach(Domain::close);
        }
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
    private DomainReading reading(Connect connect, DomainStatsRecord r, DomainStatsFields f) {
        DomainReading known = details.get(r.uuid());
        DomainReading previous = last.get(r.uuid());
        if (known == null || previous == null || previous.state() != f.domainState()) {
            known = DomainDetails.read(connect, r.uuid());
            if (known == null) {
                return null;
            }
            details.put(r.uuid(), known);
        }
        DomainReading reading = new DomainReading(r.uuid(), r.name(), f.domainState(), known.vcpus(), known.memoryKiB(),
                known.maxMemoryKiB(), known.title(), known.persistent(), known.managedSave());
        return f.lacksSizes() ? reading : reading.withSizes(f.vcpus, f.balloonCurrent, f.balloonMaximum);
    }

    private void forget(List<String> removed) {
        for (String uuid : removed) {
            details.remove(uuid);
            rates.remove(uuid);
        }
    }

    @Override
    public void apply(Batch batch) {
        model.apply(batch);
    }
}
