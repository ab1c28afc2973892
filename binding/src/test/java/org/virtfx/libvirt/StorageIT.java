package org.virtfx.libvirt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.virtfx.libvirt.TestDriver.assertNoSupport;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Storage pools and volumes against the test driver on {@code storage-testdriver.xml}. */
class StorageIT extends TestDriverFixture {
    private static final String POOL_UUID = "5a5a5a5a-0000-4000-8000-000000000001";
    private static final long GIB = 1024L * 1024 * 1024;
    private static final long MIB = 1024L * 1024;

    StorageIT() {
        super("/storage-testdriver.xml");
    }

    private static String poolXml(String name, String path) {
        return "<pool type='dir'><name>" + name + "</name><target><path>" + path + "</path></target></pool>";
    }

    private static String volXml(String name, long capacity, long allocation) {
        return "<volume><name>" + name + "</name><capacity unit='bytes'>" + capacity + "</capacity>"
                + "<allocation unit='bytes'>" + allocation + "</allocation>"
                + "<target><format type='raw'/></target></volume>";
    }

    @Test
    void countsAndListsPools() {
        assertThat(conn.numOfStoragePools()).isEqualTo(2);
        assertThat(conn.numOfDefinedStoragePools()).isZero();
        assertThat(conn.listStoragePools()).containsExactlyInAnyOrder("st-pool", "st-empty");
        assertThat(conn.listDefinedStoragePools()).isEmpty();
        try (HandleList<StoragePool> all = conn.listAllStoragePools();
             HandleList<StoragePool> active = conn.listAllStoragePools(EnumSet.of(ConnectListAllStoragePoolsFlags.ACTIVE));
             HandleList<StoragePool> inactive = conn.listAllStoragePools(EnumSet.of(ConnectListAllStoragePoolsFlags.INACTIVE))) {
            assertThat(all).extracting(StoragePool::getName).containsExactlyInAnyOrder("st-pool", "st-empty");
            assertThat(active).hasSize(2);
            assertThat(inactive).isEmpty();
        }
    }

    @Test
    void looksUpPoolsEveryWay() {
        try (StoragePool byName = conn.lookupStoragePoolByName("st-pool");
             StoragePool byUuid = conn.lookupStoragePoolByUuid(UUID.fromString(POOL_UUID));
             StoragePool byText = conn.lookupStoragePoolByUuidString(POOL_UUID)) {
            assertThat(byName.getUuidString()).isEqualTo(POOL_UUID);
            assertThat(byName.getUuid()).isEqualTo(UUID.fromString(POOL_UUID));
            assertThat(byUuid.getName()).isEqualTo("st-pool");
            assertThat(byText.getName()).isEqualTo("st-pool");
        }
        assertThatThrownBy(() -> conn.lookupStoragePoolByName("no-such-pool"))
                .isInstanceOfSatisfying(LibvirtException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorNumber.NO_STORAGE_POOL);
                    assertThat(e.function()).isEqualTo("virStoragePoolLookupByName");
                });
        assertThatThrownBy(() -> conn.lookupStoragePoolByUuid(UUID.randomUUID()))
                .isInstanceOfSatisfying(LibvirtException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorNumber.NO_STORAGE_POOL));
        assertThatThrownBy(() -> conn.lookupStoragePoolByName(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void readsPoolStateInfoAndXml() {
        try (StoragePool pool = conn.lookupStoragePoolByName("st-pool")) {
            assertThat(pool.isActive()).isTrue();
            assertThat(pool.isPersistent()).isTrue();
            StoragePoolInfo info = pool.getInfo();
            assertThat(info.state()).isEqualTo(StoragePoolState.RUNNING);
            assertThat(info.capacity()).isEqualTo(100 * GIB);
            assertThat(info.allocation()).isEqualTo(GIB + MIB);
            assertThat(info.available()).isEqualTo(100 * GIB - GIB - MIB);
            assertThat(pool.getXmlDesc()).contains("<name>st-pool</name>", "<uuid>" + POOL_UUID + "</uuid>",
                    "<path>/var/lib/virtfx-storage</path>");
            pool.refresh();
        }
    }

    @Test
    void autostartRoundTrips() {
        try (StoragePool pool = conn.lookupStoragePoolByName("st-pool")) {
            assertThat(pool.getAutostart()).isFalse();
            pool.setAutostart(true);
            assertThat(pool.getAutostart()).isTrue();
            try (HandleList<StoragePool> auto = conn.listAllStoragePools(
                    EnumSet.of(ConnectListAllStoragePoolsFlags.AUTOSTART))) {
                assertThat(auto).extracting(StoragePool::getName).containsExactly("st-pool");
            }
            pool.setAutostart(false);
            assertThat(pool.getAutostart()).isFalse();
        }
    }

    @Test
    void listsAndReadsVolumes() {
        try (StoragePool pool = conn.lookupStoragePoolByName("st-pool");
             StoragePool empty = conn.lookupStoragePoolByName("st-empty")) {
            assertThat(pool.numOfStorageVolumes()).isEqualTo(2);
            assertThat(pool.listStorageVolumes()).containsExactlyInAnyOrder("st-disk.qcow2", "st-data.img");
            assertThat(empty.numOfStorageVolumes()).isZero();
            assertThat(empty.listStorageVolumes()).isEmpty();
            try (HandleList<StorageVol> vols = pool.listAllStorageVolumes(); HandleList<StorageVol> none = empty.listAllStorageVolumes()) {
                assertThat(vols).extracting(StorageVol::getName).containsExactlyInAnyOrder("st-disk.qcow2", "st-data.img");
                assertThat(none).isEmpty();
            }
            try (StorageVol vol = pool.lookupStorageVolByName("st-disk.qcow2")) {
                assertThat(vol.getName()).isEqualTo("st-disk.qcow2");
                assertThat(vol.getPath()).isEqualTo("/var/lib/virtfx-storage/st-disk.qcow2");
                assertThat(vol.getKey()).isEqualTo("/var/lib/virtfx-storage/st-disk.qcow2");
                StorageVolInfo info = vol.getInfo();
                assertThat(info).isEqualTo(new StorageVolInfo(StorageVolType.FILE, 10 * GIB, GIB));
                assertThat(vol.getXmlDesc()).contains("<name>st-disk.qcow2</name>", "<capacity unit='bytes'>10737418240</capacity>");
                try (StoragePool owner = vol.lookupPoolByVolume()) {
                    assertThat(owner.getName()).isEqualTo("st-pool");
                }
            }
            assertThatThrownBy(() -> pool.lookupStorageVolByName("missing"))
                    .isInstanceOfSatisfying(LibvirtException.class, e -> assertThat(e.code()).isEqualTo(ErrorNumber.NO_STORAGE_VOL));
        }
    }

    @Test
    void looksUpVolumesByKeyAndPath() {
        try (StorageVol byKey = conn.lookupStorageVolByKey("/var/lib/virtfx-storage/st-data.img");
             StorageVol byPath = conn.lookupStorageVolByPath("/var/lib/virtfx-storage/st-data.img")) {
            assertThat(byKey.getName()).isEqualTo("st-data.img");
            assertThat(byPath.getName()).isEqualTo("st-data.img");
            assertThat(byPath.getInfo()).isEqualTo(new StorageVolInfo(StorageVolType.FILE, MIB, MIB));
        }
        assertThatThrownBy(() -> conn.lookupStorageVolByPath("/nowhere"))
                .isInstanceOfSatisfying(LibvirtException.class, e -> assertThat(e.code()).isEqualTo(ErrorNumber.NO_STORAGE_VOL));
    }

    @Test
    void getConnectReturnsAnIndependentHandle() {
        Connect viaPool;
        Connect viaVol;
        try (StoragePool pool = conn.lookupStoragePoolByName("st-pool");
             StorageVol vol = pool.lookupStorageVolByName("st-data.img")) {
            viaPool = pool.getConnect();
            viaVol = vol.getConnect();
        }
        try (Connect a = viaPool; Connect b = viaVol) {
            conn.close();
            assertThat(a.numOfStoragePools()).isEqualTo(2);
            assertThat(b.getUri()).isEqualTo(TestDriver.uri("/storage-testdriver.xml"));
        }
    }

    @Test
    void refsOutliveTheOriginals() {
        StoragePool poolRef;
        StorageVol volRef;
        try (StoragePool pool = conn.lookupStoragePoolByName("st-pool");
             StorageVol vol = pool.lookupStorageVolByName("st-data.img")) {
            poolRef = pool.ref();
            volRef = vol.ref();
        }
        try (StoragePool p = poolRef; StorageVol v = volRef) {
            assertThat(p.getName()).isEqualTo("st-pool");
            assertThat(v.getName()).isEqualTo("st-data.img");
        }
        assertThat(poolRef.isClosed()).isTrue();
        assertThatThrownBy(poolRef::getName).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void createsClonesAndDeletesVolumes() {
        try (StoragePool pool = conn.lookupStoragePoolByName("st-empty")) {
            try (StorageVol vol = pool.storageVolCreateXml(volXml("new.img", 4 * MIB, 2 * MIB))) {
                assertThat(vol.getName()).isEqualTo("new.img");
                assertThat(vol.getPath()).isEqualTo("/var/lib/virtfx-empty/new.img");
                assertThat(vol.getInfo()).isEqualTo(new StorageVolInfo(StorageVolType.FILE, 4 * MIB, 2 * MIB));
                assertThat(pool.getInfo().allocation()).isEqualTo(2 * MIB);
                try (StorageVol clone = pool.storageVolCreateXmlFrom(volXml("clone.img", 4 * MIB, 0), vol)) {
                    assertThat(clone.getName()).isEqualTo("clone.img");
                    assertThat(clone.getInfo().capacity()).isEqualTo(4 * MIB);
                    assertThat(pool.listStorageVolumes()).containsExactlyInAnyOrder("new.img", "clone.img");
                    clone.delete();
                }
                vol.delete(Set.of());
            }
            assertThat(pool.numOfStorageVolumes()).isZero();
            assertThatThrownBy(() -> pool.storageVolCreateXml("<volume>"))
                    .isInstanceOf(LibvirtException.class);
        }
    }

    @Test
    void definesBuildsStartsStopsDeletesAndUndefinesAPool() {
        try (StoragePool pool = conn.storagePoolDefineXml(poolXml("st-new", "/var/lib/virtfx-new"))) {
            assertThat(pool.isActive()).isFalse();
            assertThat(pool.isPersistent()).isTrue();
            assertThat(conn.numOfDefinedStoragePools()).isEqualTo(1);
            assertThat(conn.listDefinedStoragePools()).containsExactly("st-new");
            assertThat(pool.getInfo().state()).isEqualTo(StoragePoolState.INACTIVE);
            pool.build();
            pool.create();
            assertThat(pool.isActive()).isTrue();
            assertThat(conn.listStoragePools()).contains("st-new");
            pool.refresh();
            pool.destroy();
            assertThat(pool.isActive()).isFalse();
            pool.delete();
            pool.undefine();
            assertThat(conn.numOfDefinedStoragePools()).isZero();
            assertThatThrownBy(() -> conn.lookupStoragePoolByName("st-new")).isInstanceOf(LibvirtException.class);
        }
    }

    @Test
    void aTransientPoolDisappearsWhenDestroyed() {
        try (StoragePool pool = conn.storagePoolCreateXml(poolXml("st-tmp", "/var/lib/virtfx-tmp"), Set.of())) {
            assertThat(pool.isActive()).isTrue();
            assertThat(pool.isPersistent()).isFalse();
            assertThat(conn.numOfStoragePools()).isEqualTo(3);
            pool.destroy();
            assertThat(conn.numOfStoragePools()).isEqualTo(2);
        }
    }

    @Test
    void findsPoolSourcesAndCapabilities() {
        assertThat(conn.findStoragePoolSources("logical", null)).contains("<sources>");
        assertThat(conn.findStoragePoolSources("netfs", "<source><host name='nfs.example'/></source>"))
                .contains("nfs.example");
        assertThatThrownBy(() -> conn.findStoragePoolSources("dir", null)).isInstanceOf(LibvirtException.class);
    }

    /** Calls the test driver lacks: each must fail with libvirt's NO_SUPPORT, naming the function. */
    @Test
    void callsTheTestDriverLacksReportNoSupport() {
        try (StoragePool pool = conn.lookupStoragePoolByName("st-pool");
             StorageVol vol = pool.lookupStorageVolByName("st-data.img");
             Stream st = conn.newStream()) {
            assertNoSupport(() -> conn.lookupStoragePoolByTargetPath("/var/lib/virtfx-storage"),
                    "virStoragePoolLookupByTargetPath");
            assertNoSupport(conn::getStoragePoolCapabilities, "virConnectGetStoragePoolCapabilities");
            assertNoSupport(() -> vol.getInfoFlags(EnumSet.of(StorageVolInfoFlags.GET_PHYSICAL)),
                    "virStorageVolGetInfoFlags");
            assertNoSupport(() -> vol.resize(2 * MIB), "virStorageVolResize");
            assertNoSupport(() -> vol.resize(MIB, EnumSet.of(StorageVolResizeFlags.DELTA)), "virStorageVolResize");
            assertNoSupport(vol::wipe, "virStorageVolWipe");
            assertNoSupport(() -> vol.wipePattern(StorageVolWipeAlgorithm.ZERO), "virStorageVolWipePattern");
            assertNoSupport(() -> vol.upload(st, 0, 0, Set.of()), "virStorageVolUpload");
            assertNoSupport(() -> vol.download(st, 0, MIB, EnumSet.of(StorageVolDownloadFlags.SPARSE_STREAM)),
                    "virStorageVolDownload");
            assertThat(vol.getInfo()).isEqualTo(new StorageVolInfo(StorageVolType.FILE, MIB, MIB));
        }
    }

    @Test
    void rejectsBadArgumentsBeforeCallingLibvirt() {
        try (StoragePool pool = conn.lookupStoragePoolByName("st-pool");
             StorageVol vol = pool.lookupStorageVolByName("st-data.img");
             Stream st = conn.newStream()) {
            assertThatThrownBy(() -> vol.wipePattern(StorageVolWipeAlgorithm.UNKNOWN))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> vol.wipePattern(null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> vol.upload(st, -1, 0, Set.of())).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> vol.download(st, 0, -5, Set.of())).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> vol.upload(null, 0, 0, Set.of())).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> pool.storageVolCreateXmlFrom("<volume/>", null))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> conn.lookupStoragePoolByUuid(null)).isInstanceOf(NullPointerException.class);
            st.close();
            assertThatThrownBy(() -> vol.upload(st, 0, 0, Set.of())).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void operationsInTheWrongStateFailWithLibvirtsError() {
        try (StoragePool pool = conn.lookupStoragePoolByName("st-pool")) {
            assertThatThrownBy(pool::delete).isInstanceOfSatisfying(LibvirtException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorNumber.OPERATION_INVALID));
            assertThatThrownBy(pool::build).isInstanceOfSatisfying(LibvirtException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorNumber.OPERATION_INVALID));
            assertThatThrownBy(pool::undefine).isInstanceOf(LibvirtException.class);
            assertThatThrownBy(() -> pool.getXmlDesc(EnumSet.of(StorageXMLFlags.INACTIVE)))
                    .isInstanceOfSatisfying(LibvirtException.class,
                            e -> assertThat(e.function()).isEqualTo("virStoragePoolGetXMLDesc"));
        }
    }
}
