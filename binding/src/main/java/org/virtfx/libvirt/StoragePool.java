package org.virtfx.libvirt;

import com.sun.jna.Pointer;
import java.util.Set;
import java.util.UUID;
import org.virtfx.libvirt.internal.NativeStrings;
import org.virtfx.libvirt.internal.Scratch;
import org.virtfx.libvirt.internal.StructLayout;

/**
 * A storage pool ({@code virStoragePoolPtr}).
 *
 * <p>Thread-safe. The caller owns the handle and must {@link #close()} it; the volumes and
 * connections it returns are independent handles, closed on their own.
 *
 * @see <a href="https://libvirt.org/html/libvirt-libvirt-storage.html">libvirt-storage</a>
 */
public final class StoragePool extends StoragePoolVolumes {

    // struct _virStoragePoolInfo: int state; unsigned long long capacity, allocation, available.
    private static final int INFO_STATE;
    private static final int INFO_CAPACITY;
    private static final int INFO_ALLOCATION;
    private static final int INFO_AVAILABLE;
    private static final int INFO_SIZE;

    static {
        StructLayout l = new StructLayout();
        INFO_STATE = l.addInt();
        INFO_CAPACITY = l.add(8);
        INFO_ALLOCATION = l.add(8);
        INFO_AVAILABLE = l.add(8);
        INFO_SIZE = l.size();
    }

    StoragePool(Pointer pointer) {
        super(pointer, "StoragePool", CStorage::virStoragePoolFree, p -> NativeStrings.borrowUtf8(CStorage.virStoragePoolGetName(p)));
    }

    /**
     * Returns a second, independent handle to this pool.
     *
     * <p>Wraps {@code virStoragePoolRef}.
     *
     * @return a handle the caller closes on its own
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-storage.html#virStoragePoolRef">virStoragePoolRef</a>
     */
    @Wraps("virStoragePoolRef")
    public StoragePool ref() {
        return call(p -> {
            ErrorCapture.check(CStorage.virStoragePoolRef(p), "virStoragePoolRef");
            return new StoragePool(p);
        });
    }

    /**
     * Returns the connection this pool belongs to, as a new handle.
     *
     * <p>Wraps {@code virStoragePoolGetConnect} (and {@code virConnectRef}, since libvirt lends
     * the pointer).
     *
     * @return the connection; the caller closes it
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-storage.html#virStoragePoolGetConnect">virStoragePoolGetConnect</a>
     */
    @Wraps("virStoragePoolGetConnect")
    public Connect getConnect() {
        return call(p -> Connect.borrowed(ErrorCapture.check(CStorage.virStoragePoolGetConnect(p),
                "virStoragePoolGetConnect")));
    }

    /**
     * Returns the pool's name.
     *
     * <p>Wraps {@code virStoragePoolGetName}.
     *
     * @return the name
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-storage.html#virStoragePoolGetName">virStoragePoolGetName</a>
     */
    @Wraps("virStoragePoolGetName")
    public String getName() {
        return call(p -> NativeStrings.borrowUtf8(ErrorCapture.check(CStorage.virStoragePoolGetName(p),
                "virStoragePoolGetName")));
    }

    /**
     * Returns the pool's UUID.
     *
     * <p>Wraps {@code virStoragePoolGetUUID}.
     *
     * @return the UUID
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-storage.html#virStoragePoolGetUUID">virStoragePoolGetUUID</a>
     */
    @Wraps("virStoragePoolGetUUID")
    public UUID getUuid() {
        return call(p -> {
            Pointer buf = Scratch.get(Uuids.BUFLEN);
            ErrorCapture.check(CStorage.virStoragePoolGetUUID(p, buf), "virStoragePoolGetUUID");
            return Uuids.read(buf);
        });
    }

    /**
     * Returns the pool's UUID as text.
     *
     * <p>Wraps {@code virStoragePoolGetUUIDString}.
     *
     * @return the UUID, 36 characters
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-storage.html#virStoragePoolGetUUIDString">virStoragePoolGetUUIDString</a>
     */
    @Wraps("virStoragePoolGetUUIDString")
    public String getUuidString() {
        return call(p -> {
            Pointer buf = Scratch.get(Uuids.STRING_BUFLEN);
            ErrorCapture.check(CStorage.virStoragePoolGetUUIDString(p, buf), "virStoragePoolGetUUIDString");
            return NativeStrings.borrowUtf8(buf);
        });
    }

    /**
     * Returns the pool's state and sizes.
     *
     * <p>Wraps {@code virStoragePoolGetInfo}.
     *
     * @return the information
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-storage.html#virStoragePoolGetInfo">virStoragePoolGetInfo</a>
     */
    @Wraps("virStoragePoolGetInfo")
    public StoragePoolInfo getInfo() {
        return call(p -> {
            Pointer info = Scratch.get(INFO_SIZE);
            ErrorCapture.check(CStorage.virStoragePoolGetInfo(p, info), "virStoragePoolGetInfo");
            return new StoragePoolInfo(StoragePoolState.of(info.getInt(INFO_STATE)), info.getLong(INFO_CAPACITY),
                    info.getLong(INFO_ALLOCATION), info.getLong(INFO_AVAILABLE));
        });
    }

    /**
     * Returns the pool's XML description.
     *
     * <p>Wraps {@code virStoragePoolGetXMLDesc}.
     *
     * @return the XML
     * @see #getXmlDesc(Set)
     */
    @Wraps("virStoragePoolGetXMLDesc")
    public String getXmlDesc() {
        return getXmlDesc(Set.of());
    }

    /**
     * Returns the pool's XML description.
     *
     * <p>Wraps {@code virStoragePoolGetXMLDesc}.
     *
     * @param flags {@link StorageXMLFlags#INACTIVE} for the definition used at next start
     * @return the XML
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-storage.html#virStoragePoolGetXMLDesc">virStoragePoolGetXMLDesc</a>
     */
    @Wraps("virStoragePoolGetXMLDesc")
    public String getXmlDesc(Set<StorageXMLFlags> flags) {
        int mask = BitFlag.mask(flags);
        return callString("virStoragePoolGetXMLDesc", p -> CStorage.virStoragePoolGetXMLDesc(p, mask));
    }

    /**
     * Builds the pool's underlying storage (creates the directory, formats the device...).
     *
     * <p>Wraps {@code virStoragePoolBuild}.
     *
     * @see #build(Set)
     */
    @Wraps("virStoragePoolBuild")
    public void build() {
        build(Set.of());
    }

    /**
     * Builds the pool's underlying storage.
     *
     * <p>Wraps {@code virStoragePoolBuild}.
     *
     * @param flags how to build
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-storage.html#virStoragePoolBuild">virStoragePoolBuild</a>
     */
    @Wraps("virStoragePoolBuild")
    public void build(Set<StoragePoolBuildFlags> flags) {
        int mask = BitFlag.mask(flags);
        callInt("virStoragePoolBuild", p -> CStorage.virStoragePoolBuild(p, mask));
    }

    /**
     * Starts an inactive pool.
     *
     * <p>Wraps {@code virStoragePoolCreate}.
     *
     * @see #create(Set)
     */
    @Wraps("virStoragePoolCreate")
    public void create() {
        create(Set.of());
    }

    /**
     * Starts an inactive pool.
     *
     * <p>Wraps {@code virStoragePoolCreate}.
     *
     * @param flags whether to build it first
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-storage.html#virStoragePoolCreate">virStoragePoolCreate</a>
     */
    @Wraps("virStoragePoolCreate")
    public void create(Set<StoragePoolCreateFlags> flags) {
        int mask = BitFlag.mask(flags);
        callInt("virStoragePoolCreate", p -> CStorage.virStoragePoolCreate(p, mask));
    }

    /**
     * Stops an active pool; its data stays. A transient pool is gone afterwards.
     *
     * <p>Wraps {@code virStoragePoolDestroy}.
     *
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-storage.html#virStoragePoolDestroy">virStoragePoolDestroy</a>
     */
    @Wraps("virStoragePoolDestroy")
    public void destroy() {
        callInt("virStoragePoolDestroy", CStorage::virStoragePoolDestroy);
    }

    /**
     * Deletes the underlying storage of an inactive pool (irreversible).
     *
     * <p>Wraps {@code virStoragePoolDelete}.
     *
     * @see #delete(Set)
     */
    @Wraps("virStoragePoolDelete")
    public void delete() {
        delete(Set.of());
    }

    /**
     * Deletes the underlying storage of an inactive pool (irreversible).
     *
     * <p>Wraps {@code virStoragePoolDelete}.
     *
     * @param flags {@link StoragePoolDeleteFlags#ZEROED} to clear the data first
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-storage.html#virStoragePoolDelete">virStoragePoolDelete</a>
     */
    @Wraps("virStoragePoolDelete")
    public void delete(Set<StoragePoolDeleteFlags> flags) {
        int mask = BitFlag.mask(flags);
        callInt("virStoragePoolDelete", p -> CStorage.virStoragePoolDelete(p, mask));
    }

    /**
     * Removes an inactive pool's persistent definition.
     *
     * <p>Wraps {@code virStoragePoolUndefine}.
     *
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-storage.html#virStoragePoolUndefine">virStoragePoolUndefine</a>
     */
    @Wraps("virStoragePoolUndefine")
    public void undefine() {
        callInt("virStoragePoolUndefine", CStorage::virStoragePoolUndefine);
    }

    /**
     * Rescans the pool's volumes.
     *
     * <p>Wraps {@code virStoragePoolRefresh}.
     *
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-storage.html#virStoragePoolRefresh">virStoragePoolRefresh</a>
     */
    @Wraps("virStoragePoolRefresh")
    public void refresh() {
        callInt("virStoragePoolRefresh", p -> CStorage.virStoragePoolRefresh(p, 0));
    }

    /**
     * Tells whether the pool starts when the host's libvirt starts.
     *
     * <p>Wraps {@code virStoragePoolGetAutostart}.
     *
     * @return true when it autostarts
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-storage.html#virStoragePoolGetAutostart">virStoragePoolGetAutostart</a>
     */
    @Wraps("virStoragePoolGetAutostart")
    public boolean getAutostart() {
        return call(p -> {
            Pointer out = Scratch.get(4);
            ErrorCapture.check(CStorage.virStoragePoolGetAutostart(p, out), "virStoragePoolGetAutostart");
            return out.getInt(0) != 0;
        });
    }

    /**
     * Sets whether the pool starts when the host's libvirt starts.
     *
     * <p>Wraps {@code virStoragePoolSetAutostart}.
     *
     * @param autostart true to autostart
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-storage.html#virStoragePoolSetAutostart">virStoragePoolSetAutostart</a>
     */
    @Wraps("virStoragePoolSetAutostart")
    public void setAutostart(boolean autostart) {
        callInt("virStoragePoolSetAutostart", p -> CStorage.virStoragePoolSetAutostart(p, autostart ? 1 : 0));
    }

    /**
     * Tells whether the pool is running.
     *
     * <p>Wraps {@code virStoragePoolIsActive}.
     *
     * @return true when active
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-storage.html#virStoragePoolIsActive">virStoragePoolIsActive</a>
     */
    @Wraps("virStoragePoolIsActive")
    public boolean isActive() {
        return callInt("virStoragePoolIsActive", CStorage::virStoragePoolIsActive) == 1;
    }

    /**
     * Tells whether the pool has a persistent definition.
     *
     * <p>Wraps {@code virStoragePoolIsPersistent}.
     *
     * @return true when persistent, false when transient
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-storage.html#virStoragePoolIsPersistent">virStoragePoolIsPersistent</a>
     */
    @Wraps("virStoragePoolIsPersistent")
    public boolean isPersistent() {
        return callInt("virStoragePoolIsPersistent", CStorage::virStoragePoolIsPersistent) == 1;
    }
}
