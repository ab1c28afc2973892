package org.virtfx.libvirt;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.virtfx.libvirt.internal.Scratch;

/**
 * Storage pools, volumes and streams.
 *
 * <p>One layer of {@link Connect}'s API: the methods are public and reached through
 * {@code Connect}; the class is package-private so that each area of libvirt gets a file of its
 * own. Thread-safe.
 */
abstract class ConnectStorage extends ConnectNetworks {

    ConnectStorage(Pointer pointer) {
        super(pointer);
    }

    /**
     * Counts the active storage pools.
     *
     * <p>Wraps {@code virConnectNumOfStoragePools}.
     *
     * @return the number of active pools
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-storage.html#virConnectNumOfStoragePools">virConnectNumOfStoragePools</a>
     */
    @Wraps("virConnectNumOfStoragePools")
    public int numOfStoragePools() {
        return callInt("virConnectNumOfStoragePools", CStorage::virConnectNumOfStoragePools);
    }

    /**
     * Counts the inactive (defined, not started) storage pools.
     *
     * <p>Wraps {@code virConnectNumOfDefinedStoragePools}.
     *
     * @return the number of inactive pools
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-storage.html#virConnectNumOfDefinedStoragePools">virConnectNumOfDefinedStoragePools</a>
     */
    @Wraps("virConnectNumOfDefinedStoragePools")
    public int numOfDefinedStoragePools() {
        return callInt("virConnectNumOfDefinedStoragePools", CStorage::virConnectNumOfDefinedStoragePools);
    }

    /**
     * Lists the names of the active storage pools (legacy; prefer {@link #listAllStoragePools()}).
     *
     * <p>Wraps {@code virConnectListStoragePools} after {@code virConnectNumOfStoragePools}.
     *
     * @return the names
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-storage.html#virConnectListStoragePools">virConnectListStoragePools</a>
     */
    @Wraps({"virConnectListStoragePools", "virConnectNumOfStoragePools"})
    public List<String> listStoragePools() {
        return call(p -> HandleArrays.names("virConnectListStoragePools",
                ErrorCapture.check(CStorage.virConnectNumOfStoragePools(p), "virConnectNumOfStoragePools"),
                (names, max) -> CStorage.virConnectListStoragePools(p, names, max)));
    }

    /**
     * Lists the names of the inactive storage pools (legacy; prefer {@link #listAllStoragePools(Set)}).
     *
     * <p>Wraps {@code virConnectListDefinedStoragePools} after {@code virConnectNumOfDefinedStoragePools}.
     *
     * @return the names
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-storage.html#virConnectListDefinedStoragePools">virConnectListDefinedStoragePools</a>
     */
    @Wraps({"virConnectListDefinedStoragePools", "virConnectNumOfDefinedStoragePools"})
    public List<String> listDefinedStoragePools() {
        return call(p -> HandleArrays.names("virConnectListDefinedStoragePools",
                ErrorCapture.check(CStorage.virConnectNumOfDefinedStoragePools(p), "virConnectNumOfDefinedStoragePools"),
                (names, max) -> CStorage.virConnectListDefinedStoragePools(p, names, max)));
    }

    /**
     * Lists every storage pool, active and inactive.
     *
     * <p>Wraps {@code virConnectListAllStoragePools}.
     *
     * @return the pools; the caller closes the list
     * @see #listAllStoragePools(Set)
     */
    @Wraps("virConnectListAllStoragePools")
    public HandleList<StoragePool> listAllStoragePools() {
        return listAllStoragePools(Set.of());
    }

    /**
     * Lists the storage pools that match the filters.
     *
     * <p>Wraps {@code virConnectListAllStoragePools}.
     *
     * @param flags filters; an empty set lists all
     * @return the pools; the caller closes the list
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-storage.html#virConnectListAllStoragePools">virConnectListAllStoragePools</a>
     */
    @Wraps("virConnectListAllStoragePools")
    public HandleList<StoragePool> listAllStoragePools(Set<ConnectListAllStoragePoolsFlags> flags) {
        int mask = BitFlag.mask(flags);
        return call(p -> {
            Pointer out = Scratch.get(Native.POINTER_SIZE);
            int n = ErrorCapture.check(CStorage.virConnectListAllStoragePools(p, out, mask),
                    "virConnectListAllStoragePools");
            return HandleArrays.take(out.getPointer(0), n, StoragePool::new);
        });
    }

    /**
     * Finds a storage pool by name.
     *
     * <p>Wraps {@code virStoragePoolLookupByName}.
     *
     * @param name the pool's name
     * @return the pool; the caller closes it
     * @throws LibvirtException with {@link ErrorNumber#NO_STORAGE_POOL} when there is none
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-storage.html#virStoragePoolLookupByName">virStoragePoolLookupByName</a>
     */
    @Wraps("virStoragePoolLookupByName")
    public StoragePool lookupStoragePoolByName(String name) {
        Objects.requireNonNull(name, "name");
        return call(p -> new StoragePool(ErrorCapture.check(CStorage.virStoragePoolLookupByName(p, name),
                "virStoragePoolLookupByName")));
    }

    /**
     * Finds a storage pool by UUID.
     *
     * <p>Wraps {@code virStoragePoolLookupByUUID}.
     *
     * @param uuid the pool's UUID
     * @return the pool; the caller closes it
     * @throws LibvirtException with {@link ErrorNumber#NO_STORAGE_POOL} when there is none
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-storage.html#virStoragePoolLookupByUUID">virStoragePoolLookupByUUID</a>
     */
    @Wraps("virStoragePoolLookupByUUID")
    public StoragePool lookupStoragePoolByUuid(UUID uuid) {
        byte[] raw = Uuids.toBytes(Objects.requireNonNull(uuid, "uuid"));
        return call(p -> {
            Pointer buf = Scratch.get(Uuids.BUFLEN);
            buf.write(0, raw, 0, raw.length);
            return new StoragePool(ErrorCapture.check(CStorage.virStoragePoolLookupByUUID(p, buf),
                    "virStoragePoolLookupByUUID"));
        });
    }

    /**
     * Finds a storage pool by UUID text.
     *
     * <p>Wraps {@code virStoragePoolLookupByUUIDString}.
     *
     * @param uuid the UUID as text, e.g. {@code 77777777-7777-4777-8777-777777777777}
     * @return the pool; the caller closes it
     * @throws LibvirtException with {@link ErrorNumber#NO_STORAGE_POOL} when there is none, or
     *     {@link ErrorNumber#INVALID_ARG} for malformed text
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-storage.html#virStoragePoolLookupByUUIDString">virStoragePoolLookupByUUIDString</a>
     */
    @Wraps("virStoragePoolLookupByUUIDString")
    public StoragePool lookupStoragePoolByUuidString(String uuid) {
        Objects.requireNonNull(uuid, "uuid");
        return call(p -> new StoragePool(ErrorCapture.check(CStorage.virStoragePoolLookupByUUIDString(p, uuid),
                "virStoragePoolLookupByUUIDString")));
    }

    /**
     * Finds the storage pool whose target is a path.
     *
     * <p>Wraps {@code virStoragePoolLookupByTargetPath}.
     *
     * @param path the pool's target path, such as {@code /var/lib/libvirt/images}
     * @return the pool; the caller closes it
     * @throws LibvirtException with {@link ErrorNumber#NO_STORAGE_POOL} when there is none
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-storage.html#virStoragePoolLookupByTargetPath">virStoragePoolLookupByTargetPath</a>
     */
    @Wraps("virStoragePoolLookupByTargetPath")
    public StoragePool lookupStoragePoolByTargetPath(String path) {
        Objects.requireNonNull(path, "path");
        return call(p -> new StoragePool(ErrorCapture.check(CStorage.virStoragePoolLookupByTargetPath(p, path),
                "virStoragePoolLookupByTargetPath")));
    }

    /**
     * Finds a storage volume by its key (unique across the host).
     *
     * <p>Wraps {@code virStorageVolLookupByKey}.
     *
     * @param key the volume's key
     * @return the volume; the caller closes it
     * @throws LibvirtException with {@link ErrorNumber#NO_STORAGE_VOL} when there is none
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-storage.html#virStorageVolLookupByKey">virStorageVolLookupByKey</a>
     */
    @Wraps("virStorageVolLookupByKey")
    public StorageVol lookupStorageVolByKey(String key) {
        Objects.requireNonNull(key, "key");
        return call(p -> new StorageVol(ErrorCapture.check(CStorage.virStorageVolLookupByKey(p, key),
                "virStorageVolLookupByKey")));
    }

    /**
     * Finds a storage volume by its path on the host.
     *
     * <p>Wraps {@code virStorageVolLookupByPath}.
     *
     * @param path the volume's path
     * @return the volume; the caller closes it
     * @throws LibvirtException with {@link ErrorNumber#NO_STORAGE_VOL} when there is none
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-storage.html#virStorageVolLookupByPath">virStorageVolLookupByPath</a>
     */
    @Wraps("virStorageVolLookupByPath")
    public StorageVol lookupStorageVolByPath(String path) {
        Objects.requireNonNull(path, "path");
        return call(p -> new StorageVol(ErrorCapture.check(CStorage.virStorageVolLookupByPath(p, path),
                "virStorageVolLookupByPath")));
    }

    /**
     * Defines (but does not start) a persistent storage pool.
     *
     * <p>Wraps {@code virStoragePoolDefineXML}.
     *
     * @param xml the pool's XML
     * @return the pool; the caller closes it
     * @see #storagePoolDefineXml(String, Set)
     */
    @Wraps("virStoragePoolDefineXML")
    public StoragePool storagePoolDefineXml(String xml) {
        return storagePoolDefineXml(xml, Set.of());
    }

    /**
     * Defines (but does not start) a persistent storage pool, or updates an inactive one.
     *
     * <p>Wraps {@code virStoragePoolDefineXML}.
     *
     * @param xml the pool's XML
     * @param flags options, such as {@link StoragePoolDefineFlags#VALIDATE}
     * @return the pool; the caller closes it
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-storage.html#virStoragePoolDefineXML">virStoragePoolDefineXML</a>
     */
    @Wraps("virStoragePoolDefineXML")
    public StoragePool storagePoolDefineXml(String xml, Set<StoragePoolDefineFlags> flags) {
        Objects.requireNonNull(xml, "xml");
        int mask = BitFlag.mask(flags);
        return call(p -> new StoragePool(ErrorCapture.check(CStorage.virStoragePoolDefineXML(p, xml, mask),
                "virStoragePoolDefineXML")));
    }

    /**
     * Creates and starts a transient storage pool.
     *
     * <p>Wraps {@code virStoragePoolCreateXML}.
     *
     * @param xml the pool's XML
     * @return the pool; the caller closes it
     * @see #storagePoolCreateXml(String, Set)
     */
    @Wraps("virStoragePoolCreateXML")
    public StoragePool storagePoolCreateXml(String xml) {
        return storagePoolCreateXml(xml, Set.of());
    }

    /**
     * Creates and starts a transient storage pool.
     *
     * <p>Wraps {@code virStoragePoolCreateXML}.
     *
     * @param xml the pool's XML
     * @param flags whether to build the pool first
     * @return the pool; the caller closes it
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-storage.html#virStoragePoolCreateXML">virStoragePoolCreateXML</a>
     */
    @Wraps("virStoragePoolCreateXML")
    public StoragePool storagePoolCreateXml(String xml, Set<StoragePoolCreateFlags> flags) {
        Objects.requireNonNull(xml, "xml");
        int mask = BitFlag.mask(flags);
        return call(p -> new StoragePool(ErrorCapture.check(CStorage.virStoragePoolCreateXML(p, xml, mask),
                "virStoragePoolCreateXML")));
    }

    /**
     * Asks the host for potential pool sources of a type, such as the volume groups for
     * {@code logical} or the exports of an NFS server for {@code netfs}.
     *
     * <p>Wraps {@code virConnectFindStoragePoolSources}.
     *
     * @param type the pool type, such as {@code logical}
     * @param sourceSpec a {@code <source>} XML that narrows the search, or null
     * @return a {@code <sources>} XML document
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-storage.html#virConnectFindStoragePoolSources">virConnectFindStoragePoolSources</a>
     */
    @Wraps("virConnectFindStoragePoolSources")
    public String findStoragePoolSources(String type, String sourceSpec) {
        Objects.requireNonNull(type, "type");
        return callString("virConnectFindStoragePoolSources",
                p -> CStorage.virConnectFindStoragePoolSources(p, type, sourceSpec, 0));
    }

    /**
     * Returns the storage pool types this host supports, as XML.
     *
     * <p>Wraps {@code virConnectGetStoragePoolCapabilities}.
     *
     * @return a {@code <storagepoolCapabilities>} XML document
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-storage.html#virConnectGetStoragePoolCapabilities">virConnectGetStoragePoolCapabilities</a>
     */
    @Wraps("virConnectGetStoragePoolCapabilities")
    public String getStoragePoolCapabilities() {
        return callString("virConnectGetStoragePoolCapabilities",
                p -> CStorage.virConnectGetStoragePoolCapabilities(p, 0));
    }

    /**
     * Creates a blocking stream, to pass to a call such as {@link StorageVol#upload}.
     *
     * <p>Wraps {@code virStreamNew}.
     *
     * @return the stream; the caller closes it
     * @see #newStream(Set)
     */
    @Wraps("virStreamNew")
    public Stream newStream() {
        return newStream(Set.of());
    }

    /**
     * Creates a stream, to pass to a call such as {@link StorageVol#upload} or
     * {@link StorageVol#download}.
     *
     * <p>Wraps {@code virStreamNew}.
     *
     * @param flags {@link StreamFlags#NONBLOCK} for a non-blocking stream, driven by
     *     {@link Stream#eventAddCallback} and the event loop
     * @return the stream; the caller closes it
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-stream.html#virStreamNew">virStreamNew</a>
     */
    @Wraps("virStreamNew")
    public Stream newStream(Set<StreamFlags> flags) {
        int mask = BitFlag.mask(flags);
        return call(p -> new Stream(ErrorCapture.check(CStream.virStreamNew(p, mask), "virStreamNew")));
    }
}
