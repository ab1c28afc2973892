package org.virtfx.ui.core;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.ObservableList;
import org.virtfx.libvirt.Connect;
import org.virtfx.libvirt.ErrorNumber;
import org.virtfx.libvirt.HandleList;
import org.virtfx.libvirt.LibvirtException;
import org.virtfx.libvirt.StoragePool;
import org.virtfx.libvirt.StoragePoolInfo;
import org.virtfx.libvirt.StorageVol;
import org.virtfx.libvirt.StorageVolInfo;
import org.virtfx.ui.api.Connection;
import org.virtfx.ui.api.StoragePoolModel;

/**
 * Keeps a connection's storage pools and their volumes in step with libvirt. A full read lists
 * every pool (one {@code virConnectListAllStoragePools}, then a few cheap getters each) and the
 * volumes of each active pool ({@code virStoragePoolListAllVolumes}, then the getters and
 * {@code virStorageVolGetInfo} each); between full reads, {@link #invalidate} marks the pools an
 * event named (lifecycle or refresh), and a partial read re-reads only those, volumes included.
 *
 * <p>Threads: {@link #read} and the last reading belong to the connection's worker;
 * {@link #apply}, {@link #pools()} and the models belong to the JavaFX thread;
 * {@link #invalidate} may be called from any thread.
 */
final class StorageSync implements ModelSync<StorageSync.Batch> {

    /**
     * The changes of one reading.
     *
     * @param pools the pools that appeared, went (by UUID) or changed, without their volumes
     * @param volumes by pool UUID, the volumes that appeared, went (by key) or changed; only pools
     *     that are in the reading and whose volumes changed (an added pool's volumes are all added)
     */
    record Batch(Diff<String, StoragePoolSnapshot> pools, Map<String, Diff<String, StorageVolumeSnapshot>> volumes) {

        Batch {
            volumes = Map.copyOf(volumes);
        }
    }

    private final Connection owner;

    // JavaFX thread.
    private final LiveList<String, StoragePoolSnapshot, LiveStoragePool> models =
            new LiveList<>(StoragePoolSnapshot::uuid, LiveStoragePool::update);

    // Worker thread, but for mark (any thread): the last reading, with volumes.
    private final NamedReadings<StoragePoolSnapshot> readings =
            new NamedReadings<>(StoragePoolSnapshot::uuid, StoragePoolSnapshot::name, ErrorNumber.NO_STORAGE_POOL);

    /** @param owner the connection the models report as theirs */
    StorageSync(Connection owner) {
        this.owner = owner;
    }

    /** @return the storage pools, one per UUID: unmodifiable, JavaFX thread */
    ObservableList<StoragePoolModel> pools() {
        return LiveList.widen(models.view());
    }

    /**
     * Marks a pool (and its volumes) to be re-read by the next {@code read(connect, false)}: a
     * lifecycle or refresh event named it.
     *
     * @param name the pool's name
     */
    void invalidate(String name) {
        readings.mark(name);
    }

    @Override
    public Batch read(Connect connect, boolean full) {
        NamedReadings.Step<StoragePoolSnapshot> step =
                readings.next(full, () -> readAll(connect), name -> {
                    try (StoragePool p = connect.lookupStoragePoolByName(name)) {
                        return snapshot(p);
                    }
                });
        if (step == null) {
            return null;
        }
        Map<String, StoragePoolSnapshot> last = step.before();
        // The pools' own values and their volumes change apart: a new volume is no pool change.
        Diff<String, StoragePoolSnapshot> pools =
                Diff.between(withoutVolumes(last.values()), withoutVolumes(step.after().values()).values(),
                        StoragePoolSnapshot::uuid);
        Map<String, Diff<String, StorageVolumeSnapshot>> volumes = new HashMap<>();
        for (StoragePoolSnapshot now : step.read()) {
            StoragePoolSnapshot before = last.get(now.uuid());
            Map<String, StorageVolumeSnapshot> was = before == null
                    ? Map.of() : Readings.byKey(before.volumes(), StorageVolumeSnapshot::key);
            Diff<String, StorageVolumeSnapshot> diff = Diff.between(was, now.volumes(), StorageVolumeSnapshot::key);
            if (!diff.isEmpty()) {
                volumes.put(now.uuid(), diff);
            }
        }
        return pools.isEmpty() && volumes.isEmpty() ? null : new Batch(pools, volumes);
    }

    @Override
    public void apply(Batch batch) {
        Set<String> added = new HashSet<>();
        for (StoragePoolSnapshot s : batch.pools().added()) {
            added.add(s.uuid());
        }
        models.apply(batch.pools(), s -> {
            // Filled before it joins the list: whoever sees the new pool sees its volumes.
            LiveStoragePool pool = new LiveStoragePool(owner, s);
            Diff<String, StorageVolumeSnapshot> volumes = batch.volumes().get(s.uuid());
            if (volumes != null) {
                pool.applyVolumes(volumes);
            }
            return pool;
        });
        batch.volumes().forEach((uuid, volumes) -> {
            LiveStoragePool pool = models.get(uuid);
            if (pool != null && !added.contains(uuid)) {
                pool.applyVolumes(volumes);
            }
        });
    }

    private static Map<String, StoragePoolSnapshot> withoutVolumes(Collection<StoragePoolSnapshot> pools) {
        Map<String, StoragePoolSnapshot> result = new HashMap<>(pools.size() * 2);
        for (StoragePoolSnapshot s : pools) {
            result.put(s.uuid(), s.withoutVolumes());
        }
        return result;
    }

    private static List<StoragePoolSnapshot> readAll(Connect connect) {
        try (HandleList<StoragePool> pools = connect.listAllStoragePools()) {
            return Readings.each(pools, ErrorNumber.NO_STORAGE_POOL, StorageSync::snapshot);
        }
    }

    private static StoragePoolSnapshot snapshot(StoragePool p) {
        StoragePoolInfo info = p.getInfo();
        List<StorageVolumeSnapshot> volumes = p.isActive() ? volumes(p) : List.of();
        return new StoragePoolSnapshot(p.getUuidString(), p.getName(), info.state(), info.capacity(),
                info.allocation(), info.available(), p.isPersistent(), p.getAutostart(), volumes);
    }

    private static List<StorageVolumeSnapshot> volumes(StoragePool p) {
        try (HandleList<StorageVol> volumes = p.listAllStorageVolumes()) {
            return Readings.each(volumes, ErrorNumber.NO_STORAGE_VOL, v -> {
                StorageVolInfo info = v.getInfo();
                return new StorageVolumeSnapshot(v.getKey(), v.getName(), v.getPath(), info.type(),
                        info.capacity(), info.allocation());
            });
        } catch (LibvirtException e) {
            // Stopped between isActive and here: an inactive pool has no volumes. Its stop event
            // (or the next tick) re-reads its state.
            if (e.is(ErrorNumber.OPERATION_INVALID)) {
                return List.of();
            }
            throw e;
        }
    }
}
