package org.virtfx.libvirt;

import com.sun.jna.Pointer;
import java.util.Objects;
import java.util.Set;
import org.virtfx.libvirt.internal.NativeStrings;
import org.virtfx.libvirt.internal.Scratch;
import org.virtfx.libvirt.internal.StructLayout;

/**
 * A storage volume ({@code virStorageVolPtr}).
 *
 * <p>Thread-safe. The caller owns the handle and must {@link #close()} it; the pools and
 * connections it returns are independent handles, closed on their own.
 *
 * @see <a href="https://libvirt.org/html/libvirt-libvirt-storage.html">libvirt-storage</a>
 */
public final class StorageVol extends Handle {

    // struct _virStorageVolInfo: int type; unsigned long long capacity, allocation.
    private static final int INFO_TYPE;
    private static final int INFO_CAPACITY;
    private static final int INFO_ALLOCATION;
    private static final int INFO_SIZE;

    static {
        StructLayout l = new StructLayout();
        INFO_TYPE = l.addInt();
        INFO_CAPACITY = l.add(8);
        INFO_ALLOCATION = l.add(8);
        INFO_SIZE = l.size();
    }

    StorageVol(Pointer pointer) {
        super(pointer, "StorageVol", CStorage::virStorageVolFree, p -> NativeStrings.borrowUtf8(CStorage.virStorageVolGetName(p)));
    }

    /**
     * Returns a second, independent handle to this volume.
     *
     * <p>Wraps {@code virStorageVolRef}.
     *
     * @return a handle the caller closes on its own
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-storage.html#virStorageVolRef">virStorageVolRef</a>
     */
    @Wraps("virStorageVolRef")
    public StorageVol ref() {
        return call(p -> {
            ErrorCapture.check(CStorage.virStorageVolRef(p), "virStorageVolRef");
            return new StorageVol(p);
        });
    }

    /**
     * Returns the connection this volume belongs to, as a new handle.
     *
     * <p>Wraps {@code virStorageVolGetConnect} (and {@code virConnectRef}, since libvirt lends
     * the pointer).
     *
     * @return the connection; the caller closes it
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-storage.html#virStorageVolGetConnect">virStorageVolGetConnect</a>
     */
    @Wraps("virStorageVolGetConnect")
    public Connect getConnect() {
        return call(p -> Connect.borrowed(ErrorCapture.check(CStorage.virStorageVolGetConnect(p),
                "virStorageVolGetConnect")));
    }

    /**
     * Returns the pool that holds this volume.
     *
     * <p>Wraps {@code virStoragePoolLookupByVolume}.
     *
     * @return the pool; the caller closes it
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-storage.html#virStoragePoolLookupByVolume">virStoragePoolLookupByVolume</a>
     */
    @Wraps("virStoragePoolLookupByVolume")
    public StoragePool lookupPoolByVolume() {
        return call(p -> new StoragePool(ErrorCapture.check(CStorage.virStoragePoolLookupByVolume(p),
                "virStoragePoolLookupByVolume")));
    }

    /**
     * Returns the volume's name, unique within its pool.
     *
     * <p>Wraps {@code virStorageVolGetName}.
     *
     * @return the name
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-storage.html#virStorageVolGetName">virStorageVolGetName</a>
     */
    @Wraps("virStorageVolGetName")
    public String getName() {
        return call(p -> NativeStrings.borrowUtf8(ErrorCapture.check(CStorage.virStorageVolGetName(p),
                "virStorageVolGetName")));
    }

    /**
     * Returns the volume's key, unique on the host (often its path).
     *
     * <p>Wraps {@code virStorageVolGetKey}.
     *
     * @return the key
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-storage.html#virStorageVolGetKey">virStorageVolGetKey</a>
     */
    @Wraps("virStorageVolGetKey")
    public String getKey() {
        return call(p -> NativeStrings.borrowUtf8(ErrorCapture.check(CStorage.virStorageVolGetKey(p),
                "virStorageVolGetKey")));
    }

    /**
     * Returns the volume's path on the host.
     *
     * <p>Wraps {@code virStorageVolGetPath}.
     *
     * @return the path
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-storage.html#virStorageVolGetPath">virStorageVolGetPath</a>
     */
    @Wraps("virStorageVolGetPath")
    public String getPath() {
        return callString("virStorageVolGetPath", CStorage::virStorageVolGetPath);
    }

    /**
     * Returns the volume's type and sizes.
     *
     * <p>Wraps {@code virStorageVolGetInfo}.
     *
     * @return the information
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-storage.html#virStorageVolGetInfo">virStorageVolGetInfo</a>
     */
    @Wraps("virStorageVolGetInfo")
    public StorageVolInfo getInfo() {
        return call(p -> {
            Pointer info = Scratch.get(INFO_SIZE);
            ErrorCapture.check(CStorage.virStorageVolGetInfo(p, info), "virStorageVolGetInfo");
            return readInfo(info);
        });
    }

    /**
     * Returns the volume's type and sizes, choosing what the allocation means.
     *
     * <p>Wraps {@code virStorageVolGetInfoFlags}.
     *
     * @param flags {@link StorageVolInfoFlags#GET_PHYSICAL} to get the physical size as allocation
     * @return the information
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-storage.html#virStorageVolGetInfoFlags">virStorageVolGetInfoFlags</a>
     */
    @Wraps("virStorageVolGetInfoFlags")
    public StorageVolInfo getInfoFlags(Set<StorageVolInfoFlags> flags) {
        int mask = BitFlag.mask(flags);
        return call(p -> {
            Pointer info = Scratch.get(INFO_SIZE);
            ErrorCapture.check(CStorage.virStorageVolGetInfoFlags(p, info, mask), "virStorageVolGetInfoFlags");
            return readInfo(info);
        });
    }

    private static StorageVolInfo readInfo(Pointer info) {
        return new StorageVolInfo(StorageVolType.of(info.getInt(INFO_TYPE)), info.getLong(INFO_CAPACITY),
                info.getLong(INFO_ALLOCATION));
    }

    /**
     * Returns the volume's XML description.
     *
     * <p>Wraps {@code virStorageVolGetXMLDesc}.
     *
     * @return the XML
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-storage.html#virStorageVolGetXMLDesc">virStorageVolGetXMLDesc</a>
     */
    @Wraps("virStorageVolGetXMLDesc")
    public String getXmlDesc() {
        return callString("virStorageVolGetXMLDesc", p -> CStorage.virStorageVolGetXMLDesc(p, 0));
    }

    /**
     * Deletes the volume from its pool.
     *
     * <p>Wraps {@code virStorageVolDelete}.
     *
     * @see #delete(Set)
     */
    @Wraps("virStorageVolDelete")
    public void delete() {
        delete(Set.of());
    }

    /**
     * Deletes the volume from its pool. This handle stays open, and must still be closed.
     *
     * <p>Wraps {@code virStorageVolDelete}.
     *
     * @param flags deletion options
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-storage.html#virStorageVolDelete">virStorageVolDelete</a>
     */
    @Wraps("virStorageVolDelete")
    public void delete(Set<StorageVolDeleteFlags> flags) {
        int mask = BitFlag.mask(flags);
        callInt("virStorageVolDelete", p -> CStorage.virStorageVolDelete(p, mask));
    }

    /**
     * Overwrites the volume's data with zeroes.
     *
     * <p>Wraps {@code virStorageVolWipe}.
     *
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-storage.html#virStorageVolWipe">virStorageVolWipe</a>
     */
    @Wraps("virStorageVolWipe")
    public void wipe() {
        callInt("virStorageVolWipe", p -> CStorage.virStorageVolWipe(p, 0));
    }

    /**
     * Overwrites the volume's data following an algorithm.
     *
     * <p>Wraps {@code virStorageVolWipePattern}.
     *
     * @param algorithm the algorithm; not {@link StorageVolWipeAlgorithm#UNKNOWN}
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-storage.html#virStorageVolWipePattern">virStorageVolWipePattern</a>
     */
    @Wraps("virStorageVolWipePattern")
    public void wipePattern(StorageVolWipeAlgorithm algorithm) {
        Objects.requireNonNull(algorithm, "algorithm");
        if (algorithm == StorageVolWipeAlgorithm.UNKNOWN) {
            throw new IllegalArgumentException("UNKNOWN is not an algorithm");
        }
        callInt("virStorageVolWipePattern", p -> CStorage.virStorageVolWipePattern(p, algorithm.value(), 0));
    }

    /**
     * Changes the volume's capacity.
     *
     * <p>Wraps {@code virStorageVolResize}.
     *
     * @param capacity the new capacity in bytes (C {@code unsigned long long})
     * @see #resize(long, Set)
     */
    @Wraps("virStorageVolResize")
    public void resize(long capacity) {
        resize(capacity, Set.of());
    }

    /**
     * Changes the volume's capacity.
     *
     * <p>Wraps {@code virStorageVolResize}.
     *
     * @param capacity the new capacity, or the change with {@link StorageVolResizeFlags#DELTA},
     *     in bytes (C {@code unsigned long long})
     * @param flags how to resize; shrinking needs {@link StorageVolResizeFlags#SHRINK}
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-storage.html#virStorageVolResize">virStorageVolResize</a>
     */
    @Wraps("virStorageVolResize")
    public void resize(long capacity, Set<StorageVolResizeFlags> flags) {
        int mask = BitFlag.mask(flags);
        callInt("virStorageVolResize", p -> CStorage.virStorageVolResize(p, capacity, mask));
    }

    /**
     * Starts uploading data into the volume through a stream; then send the data on the stream
     * (for instance with {@link Stream#sendAll}) and {@link Stream#finish()} it.
     *
     * <p>Wraps {@code virStorageVolUpload}.
     *
     * @param stream a new stream of the same connection
     * @param offset where to start writing, in bytes
     * @param length how many bytes at most; 0 for up to the end of the volume
     * @param flags {@link StorageVolUploadFlags.SPARSE_STREAM} (sparse stream) for a sparse stream
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-storage.html#virStorageVolUpload">virStorageVolUpload</a>
     */
    @Wraps("virStorageVolUpload")
    public void upload(Stream stream, long offset, long length, Set<StorageVolUploadFlags> flags) {
        Objects.requireNonNull(stream, "stream");
        checkRange(offset, length);
        int mask = BitFlag.mask(flags);
        call(p -> stream.call(st -> ErrorCapture.check(CStorage.virStorageVolUpload(p, st, offset, length, mask),
                "virStorageVolUpload")));
    }

    /**
     * Starts downloading the volume's data through a stream; then read the data from the stream
     * (for instance with {@link Stream#recvAll}) and {@link Stream#finish()} it.
     *
     * <p>Wraps {@code virStorageVolDownload}.
     *
     * @param stream a new stream of the same connection
     * @param offset where to start reading, in bytes
     * @param length how many bytes at most; 0 for up to the end of the volume
     * @param flags {@link StorageVolDownloadFlags.SPARSE_STREAM} (sparse stream) for a sparse stream
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-storage.html#virStorageVolDownload">virStorageVolDownload</a>
     */
    @Wraps("virStorageVolDownload")
    public void download(Stream stream, long offset, long length, Set<StorageVolDownloadFlags> flags) {
        Objects.requireNonNull(stream, "stream");
        checkRange(offset, length);
        int mask = BitFlag.mask(flags);
        call(p -> stream.call(st -> ErrorCapture.check(CStorage.virStorageVolDownload(p, st, offset, length, mask),
                "virStorageVolDownload")));
    }

    private static void checkRange(long offset, long length) {
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("offset and length must not be negative: " + offset + ", " + length);
        }
    }
}
