package org.virtfx.ui.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyProperty;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.virtfx.libvirt.Connect;
import org.virtfx.libvirt.StoragePool;
import org.virtfx.libvirt.StoragePoolState;
import org.virtfx.libvirt.StorageVol;
import org.virtfx.libvirt.StorageVolType;
import org.virtfx.ui.api.Connection;
import org.virtfx.ui.api.StoragePoolModel;
import org.virtfx.ui.api.StorageVolumeModel;

/**
 * {@link StorageSync} against the test driver ({@code objects-testdriver.xml}).
 *
 * <p>Both halves run on the test thread: {@code read} where the worker would run it, and
 * {@code apply} where the JavaFX thread would. No toolkit is needed, since the models are plain
 * observable lists and properties; what the threads add (the hop in between) is LiveConnection's.
 * Changes are made through the same {@link Connect}, as another client would, and
 * {@code invalidate} stands in for the lifecycle or refresh event that would name the pool.
 */
class StorageSyncIT {
    private static final long GIB = 1L << 30;
    private static final long MIB = 1L << 20;
    /** The test driver gives every pool this capacity, whatever its file says. */
    private static final long POOL_CAPACITY = 100 * GIB;
    private static final String NEW_VOLUME_XML = """
            <volume>
              <name>obj-new.img</name>
              <capacity unit='bytes'>%d</capacity>
              <allocation unit='bytes'>%d</allocation>
              <target><format type='raw'/></target>
            </volume>""".formatted(8 * MIB, 4 * MIB);

    private final Connection owner = OwnerStub.connection();
    private final StorageSync sync = new StorageSync(owner);
    private Connect connect;

    @BeforeEach
    void open() {
        connect = Connect.open(CoreTestDriver.uri("/objects-testdriver.xml"));
        // The test driver starts every pool of its file; the fixture wants one stopped.
        try (StoragePool p = connect.lookupStoragePoolByName("obj-stopped")) {
            p.destroy();
        }
    }

    @AfterEach
    void close() {
        if (connect != null) {
            connect.close();
        }
    }

    private void readAll() {
        StorageSync.Batch batch = sync.read(connect, true);
        assertThat(batch).isNotNull();
        sync.apply(batch);
    }

    /** What an event does: mark the pool, then a partial read and its batch. */
    private void eventNamed(String name) {
        sync.invalidate(name);
        StorageSync.Batch batch = sync.read(connect, false);
        assertThat(batch).as("a batch after invalidating %s", name).isNotNull();
        sync.apply(batch);
    }

    private StoragePoolModel pool(String name) {
        return sync.pools().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    private static StorageVolumeModel volume(StoragePoolModel pool, String name) {
        return pool.volumes().stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow();
    }

    private void withPool(String name, java.util.function.Consumer<StoragePool> change) {
        try (StoragePool p = connect.lookupStoragePoolByName(name)) {
            change.accept(p);
        }
    }

    /** Records every property change of every current pool and volume, as "name property value". */
    private List<String> recordPropertyChanges() {
        List<String> changes = new ArrayList<>();
        for (StoragePoolModel p : sync.pools()) {
            for (ReadOnlyProperty<?> prop : List.<ReadOnlyProperty<?>>of(p.stateProperty(), p.capacityProperty(),
                    p.allocationProperty(), p.availableProperty(), p.persistentProperty(), p.autostartProperty())) {
                prop.addListener((o, was, now) -> changes.add(p.name() + " " + prop.getName() + " " + now));
            }
            for (StorageVolumeModel v : p.volumes()) {
                for (ReadOnlyProperty<?> prop : List.<ReadOnlyProperty<?>>of(v.typeProperty(), v.capacityProperty(),
                        v.allocationProperty())) {
                    prop.addListener((o, was, now) -> changes.add(v.name() + " " + prop.getName() + " " + now));
                }
            }
        }
        return changes;
    }

    @Test
    void aFirstFullReadFillsPoolsAndVolumes() {
        readAll();
        assertThat(sync.pools()).extracting(StoragePoolModel::name).containsExactlyInAnyOrder("obj-pool", "obj-stopped");

        StoragePoolModel pool = pool("obj-pool");
        assertThat(pool.uuid()).isEqualTo("cccccccc-0000-4000-8000-000000000001");
        assertThat(pool.connection()).isSameAs(owner);
        assertThat(pool.getState()).isEqualTo(StoragePoolState.RUNNING);
        assertThat(pool.capacityProperty().get()).isEqualTo(POOL_CAPACITY);
        assertThat(pool.allocationProperty().get()).isEqualTo(GIB + MIB);
        assertThat(pool.availableProperty().get()).isEqualTo(POOL_CAPACITY - GIB - MIB);
        assertThat(pool.persistentProperty().get()).isTrue();
        assertThat(pool.autostartProperty().get()).isFalse();
        assertThat(pool.volumes()).extracting(StorageVolumeModel::name)
                .containsExactlyInAnyOrder("obj-disk.qcow2", "obj-data.img");

        StorageVolumeModel disk = volume(pool, "obj-disk.qcow2");
        assertThat(disk.pool()).isSameAs(pool);
        assertThat(disk.path()).isEqualTo("/var/lib/virtfx-objects/obj-disk.qcow2");
        assertThat(disk.key()).isEqualTo("/var/lib/virtfx-objects/obj-disk.qcow2");
        assertThat(disk.typeProperty().get()).isEqualTo(StorageVolType.FILE);
        assertThat(disk.capacityProperty().get()).isEqualTo(10 * GIB);
        assertThat(disk.allocationProperty().get()).isEqualTo(GIB);

        StoragePoolModel stopped = pool("obj-stopped");
        assertThat(stopped.getState()).isEqualTo(StoragePoolState.INACTIVE);
        assertThat(stopped.volumes()).as("an inactive pool has no volumes").isEmpty();
    }

    @Test
    void anUnchangedHostGivesNoBatch() {
        readAll();
        assertThat(sync.read(connect, true)).isNull();
        assertThat(sync.read(connect, false)).as("nothing invalidated").isNull();
        sync.invalidate("obj-pool");
        assertThat(sync.read(connect, false)).as("re-read, but unchanged").isNull();
    }

    @Test
    void aCreatedVolumeAppearsWhenThePoolIsInvalidated() {
        // given a filled model, and listeners on the pools' lists and every property
        readAll();
        StoragePoolModel pool = pool("obj-pool");
        List<String> volumeChanges = new ArrayList<>();
        pool.volumes().addListener((ListChangeListener<StorageVolumeModel>) c -> volumeChanges.add(c.toString()));
        List<String> poolChanges = new ArrayList<>();
        sync.pools().addListener((ListChangeListener<StoragePoolModel>) c -> poolChanges.add(c.toString()));
        List<String> changes = recordPropertyChanges();
        // when a volume is created in obj-pool, and the refresh event names the pool
        withPool("obj-pool", p -> {
            try (StorageVol v = p.storageVolCreateXml(NEW_VOLUME_XML)) {
                assertThat(v.getName()).isEqualTo("obj-new.img");
            }
        });
        eventNamed("obj-pool");
        // then the volume is there, once, and only the pool's sizes changed
        StorageVolumeModel added = volume(pool, "obj-new.img");
        assertThat(added.capacityProperty().get()).isEqualTo(8 * MIB);
        assertThat(added.allocationProperty().get()).isEqualTo(4 * MIB);
        assertThat(added.path()).isEqualTo("/var/lib/virtfx-objects/obj-new.img");
        assertThat(pool.volumes()).hasSize(3);
        assertThat(volumeChanges).hasSize(1);
        assertThat(poolChanges).isEmpty();
        assertThat(changes).containsExactlyInAnyOrder(
                "obj-pool allocation " + (GIB + MIB + 4 * MIB),
                "obj-pool available " + (POOL_CAPACITY - GIB - MIB - 4 * MIB));
    }

    @Test
    void aDeletedVolumeGoes() {
        readAll();
        withPool("obj-pool", p -> {
            try (StorageVol v = p.lookupStorageVolByName("obj-data.img")) {
                v.delete();
            }
        });
        eventNamed("obj-pool");
        assertThat(pool("obj-pool").volumes()).extracting(StorageVolumeModel::name).containsExactly("obj-disk.qcow2");
    }

    @Test
    void aFullReadCatchesUpVolumesWithoutAnEvent() {
        readAll();
        withPool("obj-pool", p -> {
            try (StorageVol v = p.storageVolCreateXml(NEW_VOLUME_XML)) {
                assertThat(v.getKey()).isEqualTo("/var/lib/virtfx-objects/obj-new.img");
            }
        });

        StorageSync.Batch batch = sync.read(connect, true);

        assertThat(batch.pools().changed()).extracting(StoragePoolSnapshot::name).containsExactly("obj-pool");
        assertThat(batch.pools().changed().get(0).volumes()).as("pool changes travel without volumes").isEmpty();
        assertThat(batch.volumes()).containsOnlyKeys("cccccccc-0000-4000-8000-000000000001");
        assertThat(batch.volumes().get("cccccccc-0000-4000-8000-000000000001").added())
                .extracting(StorageVolumeSnapshot::name).containsExactly("obj-new.img");
        sync.apply(batch);
        assertThat(pool("obj-pool").volumes()).hasSize(3);
    }

    @Test
    void stoppingAPoolEmptiesItsVolumesAndStartingOneFillsThem() {
        readAll();
        withPool("obj-pool", StoragePool::destroy);
        eventNamed("obj-pool");
        assertThat(pool("obj-pool").getState()).isEqualTo(StoragePoolState.INACTIVE);
        assertThat(pool("obj-pool").volumes()).isEmpty();

        withPool("obj-stopped", p -> p.create());
        eventNamed("obj-stopped");
        StoragePoolModel started = pool("obj-stopped");
        assertThat(started.getState()).isEqualTo(StoragePoolState.RUNNING);
        assertThat(started.volumes()).extracting(StorageVolumeModel::name).containsExactly("obj-old.img");
        assertThat(volume(started, "obj-old.img").capacityProperty().get()).isEqualTo(2 * MIB);
    }

    @Test
    void aDefinedPoolAppearsAndAnUndefinedOneGoes() {
        readAll();
        try (StoragePool p = connect.storagePoolDefineXml("""
                <pool type='dir'>
                  <name>obj-new</name>
                  <uuid>cccccccc-0000-4000-8000-000000000009</uuid>
                  <target><path>/var/lib/virtfx-new</path></target>
                </pool>""")) {
            assertThat(p.getName()).isEqualTo("obj-new");
        }
        withPool("obj-stopped", StoragePool::undefine);

        eventNamed("obj-new");
        sync.invalidate("obj-stopped");
        sync.apply(sync.read(connect, false));

        assertThat(sync.pools()).extracting(StoragePoolModel::name).containsExactlyInAnyOrder("obj-pool", "obj-new");
        StoragePoolModel added = pool("obj-new");
        assertThat(added.uuid()).isEqualTo("cccccccc-0000-4000-8000-000000000009");
        assertThat(added.getState()).isEqualTo(StoragePoolState.INACTIVE);
        assertThat(added.persistentProperty().get()).isTrue();
        assertThat(added.volumes()).isEmpty();
    }

    @Test
    void invalidatingAMissingNameChangesNothing() {
        readAll();
        sync.invalidate("no-such-pool");
        assertThat(sync.read(connect, false)).isNull();
        assertThat(sync.pools()).hasSize(2);
    }
}
