package org.virtfx.libvirt;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.virtfx.libvirt.internal.Scratch;

/**
 * The volume calls of {@link StoragePool}: counting, listing, finding and creating the volumes of
 * a pool. A package-private layer, as {@code Connect} and {@code Domain} are split; its public
 * methods are {@code StoragePool}'s. Thread-safe, as every handle.
 */
abstract class StoragePoolVolumes extends Handle {

    StoragePoolVolumes(Pointer pointer, String kind, ToIntFunction<Pointer> free, Function<Pointer, String> describe) {
        super(pointer, kind, free, describe);
    }

    /**
     * Counts the volumes of an active pool.
     *
     * <p>Wraps {@code virStoragePoolNumOfVolumes}.
     *
     * @return the number of volumes
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-storage.html#virStoragePoolNumOfVolumes">virStoragePoolNumOfVolumes</a>
     */
    @Wraps("virStoragePoolNumOfVolumes")
    public int numOfStorageVolumes() {
        return callInt("virStoragePoolNumOfVolumes", CStorage::virStoragePoolNumOfVolumes);
    }

    /**
     * Lists the names of an active pool's volumes (legacy; prefer {@link #listAllStorageVolumes()}).
     *
     * <p>Wraps {@code virStoragePoolListVolumes} after {@code virStoragePoolNumOfVolumes}.
     *
     * @return the names
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-storage.html#virStoragePoolListVolumes">virStoragePoolListVolumes</a>
     */
    @Wraps({"virStoragePoolListVolumes", "virStoragePoolNumOfVolumes"})
    public List<String> listStorageVolumes() {
        return call(p -> HandleArrays.names("virStoragePoolListVolumes",
                ErrorCapture.check(CStorage.virStoragePoolNumOfVolumes(p), "virStoragePoolNumOfVolumes"),
                (names, max) -> CStorage.virStoragePoolListVolumes(p, names, max)));
    }

    /**
     * Lists an active pool's volumes.
     *
     * <p>Wraps {@code virStoragePoolListAllVolumes}.
     *
     * @return the volumes; the caller closes the list
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-storage.html#virStoragePoolListAllVolumes">virStoragePoolListAllVolumes</a>
     */
    @Wraps("virStoragePoolListAllVolumes")
    public HandleList<StorageVol> listAllStorageVolumes() {
        return call(p -> {
            Pointer out = Scratch.get(Native.POINTER_SIZE);
            int n = ErrorCapture.check(CStorage.virStoragePoolListAllVolumes(p, out, 0), "virStoragePoolListAllVolumes");
            return HandleArrays.take(out.getPointer(0), n, StorageVol::new);
        });
    }

    /**
     * Finds one of this pool's volumes by name.
     *
     * <p>Wraps {@code virStorageVolLookupByName}.
     *
     * @param name the volume's name
     * @return the volume; the caller closes it
     * @throws LibvirtException with {@link ErrorNumber#NO_STORAGE_VOL} when there is none
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-storage.html#virStorageVolLookupByName">virStorageVolLookupByName</a>
     */
    @Wraps("virStorageVolLookupByName")
    public StorageVol lookupStorageVolByName(String name) {
        Objects.requireNonNull(name, "name");
        return call(p -> new StorageVol(ErrorCapture.check(CStorage.virStorageVolLookupByName(p, name),
                "virStorageVolLookupByName")));
    }

    /**
     * Creates a volume in this pool.
     *
     * <p>Wraps {@code virStorageVolCreateXML}.
     *
     * @param xml the volume's XML
     * @return the volume; the caller closes it
     * @see #storageVolCreateXml(String, Set)
     */
    @Wraps("virStorageVolCreateXML")
    public StorageVol storageVolCreateXml(String xml) {
        return storageVolCreateXml(xml, Set.of());
    }

    /**
     * Creates a volume in this pool.
     *
     * <p>Wraps {@code virStorageVolCreateXML}.
     *
     * @param xml the volume's XML
     * @param flags creation options
     * @return the volume; the caller closes it
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-storage.html#virStorageVolCreateXML">virStorageVolCreateXML</a>
     */
    @Wraps("virStorageVolCreateXML")
    public StorageVol storageVolCreateXml(String xml, Set<StorageVolCreateFlags> flags) {
        Objects.requireNonNull(xml, "xml");
        int mask = BitFlag.mask(flags);
        return call(p -> new StorageVol(ErrorCapture.check(CStorage.virStorageVolCreateXML(p, xml, mask),
                "virStorageVolCreateXML")));
    }

    /**
     * Creates a volume in this pool as a copy of another volume (of any pool).
     *
     * <p>Wraps {@code virStorageVolCreateXMLFrom}.
     *
     * @param xml the new volume's XML
     * @param source the volume to copy
     * @return the new volume; the caller closes it
     * @see #storageVolCreateXmlFrom(String, StorageVol, Set)
     */
    @Wraps("virStorageVolCreateXMLFrom")
    public StorageVol storageVolCreateXmlFrom(String xml, StorageVol source) {
        return storageVolCreateXmlFrom(xml, source, Set.of());
    }

    /**
     * Creates a volume in this pool as a copy of another volume (of any pool).
     *
     * <p>Wraps {@code virStorageVolCreateXMLFrom}.
     *
     * @param xml the new volume's XML
     * @param source the volume to copy
     * @param flags creation options
     * @return the new volume; the caller closes it
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-storage.html#virStorageVolCreateXMLFrom">virStorageVolCreateXMLFrom</a>
     */
    @Wraps("virStorageVolCreateXMLFrom")
    public StorageVol storageVolCreateXmlFrom(String xml, StorageVol source, Set<StorageVolCreateFlags> flags) {
        Objects.requireNonNull(xml, "xml");
        Objects.requireNonNull(source, "source");
        int mask = BitFlag.mask(flags);
        return call(p -> source.call(src -> new StorageVol(ErrorCapture.check(
                CStorage.virStorageVolCreateXMLFrom(p, xml, src, mask), "virStorageVolCreateXMLFrom"))));
    }
}
