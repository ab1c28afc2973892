package org.virtfx.ui.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.virtfx.ui.api.Connection;
import org.virtfx.ui.api.DomainModel;
import org.virtfx.ui.api.FxThread;
import org.virtfx.ui.core.history.DomainPoint;

/**
 * A connection's observable domain list: applies one {@link DomainSync.Batch} at a time, with
 * at most one removal and one addition change per batch and property changes only on rows whose
 * values changed. Lookups by UUID are hashed, so a tick is linear in what changed, not in rows
 * times changes (virt-manager's per-row linear search is what makes it burn a core at 1000 VMs).
 */
@FxThread
final class DomainListModel {
    private final Connection connection;
    private int historyLength;
    private final ObservableList<DomainModel> domains = FXCollections.observableArrayList();
    private final ObservableList<DomainModel> readOnly = FXCollections.unmodifiableObservableList(domains);
    private final Map<String, LiveDomain> byUuid = new HashMap<>();

    DomainListModel(Connection connection, int historyLength) {
        this.connection = connection;
        this.historyLength = historyLength;
    }

    ObservableList<DomainModel> domains() {
        return readOnly;
    }

    LiveDomain get(String uuid) {
        return byUuid.get(uuid);
    }

    /** @param points how many points each domain's graphs keep from now on, keeping the newest */
    void setHistoryLength(int points) {
        historyLength = points;
        for (LiveDomain d : byUuid.values()) {
            d.resizeHistory(points);
        }
    }

    void apply(DomainSync.Batch batch) {
        Diff<String, DomainReading> diff = batch.diff();
        if (!diff.removed().isEmpty()) {
            Set<LiveDomain> gone = Collections.newSetFromMap(new IdentityHashMap<>());
            for (String uuid : diff.removed()) {
                LiveDomain d = byUuid.remove(uuid);
                if (d != null) {
                    gone.add(d);
                }
            }
            domains.removeAll(gone); // a hashed set: linear, not quadratic
        }
        for (DomainReading r : diff.changed()) {
            LiveDomain d = byUuid.get(r.uuid());
            if (d != null) {
                d.update(r);
            }
        }
        if (!diff.added().isEmpty()) {
            List<LiveDomain> added = new ArrayList<>(diff.added().size());
            for (int i = 0; i < diff.added().size(); i++) {
                DomainReading r = diff.added().get(i);
                LiveDomain d = new LiveDomain(connection, r, historyLength);
                byUuid.put(r.uuid(), d);
                batch.addedSlots().get(i).live = d;
                added.add(d);
            }
            domains.addAll(added);
        }
        DomainSync.Slot[] slots = batch.pointSlots();
        DomainPoint[] points = batch.points();
        for (int i = 0; i < slots.length; i++) {
            LiveDomain d = slots[i].live;
            if (d != null) {
                d.record(points[i]);
            }
        }
    }
}
