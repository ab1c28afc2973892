package org.virtfx.libvirt;

import com.sun.jna.Pointer;
import java.util.List;
import java.util.Optional;
import org.virtfx.libvirt.internal.NativeStrings;
import org.virtfx.libvirt.internal.Scratch;

/**
 * A host device ({@code virNodeDevicePtr}): a PCI or USB device, a network interface, a SCSI
 * host, a mediated device, and so on, as the host's node device driver sees it.
 *
 * <p>Thread-safe. The caller owns the handle and must {@link #close()} it ({@code virNodeDeviceFree}).
 */
public final class NodeDevice extends Handle {

    NodeDevice(Pointer pointer) {
        super(pointer, "NodeDevice", CNodeDev::virNodeDeviceFree, p -> NativeStrings.borrowUtf8(CNodeDev.virNodeDeviceGetName(p)));
    }

    /**
     * Returns a second, independent handle to this device.
     *
     * <p>Wraps {@code virNodeDeviceRef}.
     *
     * @return a handle the caller closes on its own
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-nodedev.html#virNodeDeviceRef">virNodeDeviceRef</a>
     */
    @Wraps("virNodeDeviceRef")
    public NodeDevice ref() {
        return call(p -> {
            ErrorCapture.check(CNodeDev.virNodeDeviceRef(p), "virNodeDeviceRef");
            return new NodeDevice(p);
        });
    }

    /**
     * Returns the device's name.
     *
     * <p>Wraps {@code virNodeDeviceGetName}.
     *
     * @return the name, such as {@code pci_0000_00_1f_2}
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-nodedev.html#virNodeDeviceGetName">virNodeDeviceGetName</a>
     */
    @Wraps("virNodeDeviceGetName")
    public String getName() {
        return DevicesNative.borrowString(this, "virNodeDeviceGetName", CNodeDev::virNodeDeviceGetName);
    }

    /**
     * Returns the name of the device's parent.
     *
     * <p>Wraps {@code virNodeDeviceGetParent}. libvirt returns NULL both on errors and for a
     * device without a parent; for the latter its drivers (node device and test) report
     * {@link ErrorNumber#INTERNAL_ERROR} "no parent for this device", which no other failure of
     * this call reports, so that error (or NULL without any error) is an empty result here.
     *
     * @return the parent's name, or empty for a root device such as {@code computer}
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-nodedev.html#virNodeDeviceGetParent">virNodeDeviceGetParent</a>
     */
    @Wraps("virNodeDeviceGetParent")
    public Optional<String> getParent() {
        return call(p -> {
            Pointer parent = CNodeDev.virNodeDeviceGetParent(p);
            if (parent != null) {
                return Optional.of(NativeStrings.borrowUtf8(parent));
            }
            int code = CError.virGetLastErrorCode();
            if (code == 0 || code == ErrorNumber.INTERNAL_ERROR.value()) {
                CError.virResetLastError();
                return Optional.empty();
            }
            throw ErrorCapture.lastError("virNodeDeviceGetParent");
        });
    }

    /**
     * Returns the device's XML description.
     *
     * <p>Wraps {@code virNodeDeviceGetXMLDesc}.
     *
     * @return the XML
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-nodedev.html#virNodeDeviceGetXMLDesc">virNodeDeviceGetXMLDesc</a>
     */
    @Wraps("virNodeDeviceGetXMLDesc")
    public String getXmlDesc() {
        return callString("virNodeDeviceGetXMLDesc", p -> CNodeDev.virNodeDeviceGetXMLDesc(p, 0));
    }

    /**
     * Counts the device's capabilities.
     *
     * <p>Wraps {@code virNodeDeviceNumOfCaps}.
     *
     * @return the number of capabilities
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-nodedev.html#virNodeDeviceNumOfCaps">virNodeDeviceNumOfCaps</a>
     */
    @Wraps("virNodeDeviceNumOfCaps")
    public int numOfCaps() {
        return callInt("virNodeDeviceNumOfCaps", CNodeDev::virNodeDeviceNumOfCaps);
    }

    /**
     * Lists the device's capability names, such as {@code scsi_host}, {@code fc_host} and
     * {@code vport_ops}.
     *
     * <p>Wraps {@code virNodeDeviceListCaps}, sized with {@code virNodeDeviceNumOfCaps}.
     *
     * @return the capability names
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-nodedev.html#virNodeDeviceListCaps">virNodeDeviceListCaps</a>
     */
    @Wraps({"virNodeDeviceNumOfCaps", "virNodeDeviceListCaps"})
    public List<String> listCaps() {
        return call(p -> HandleArrays.names("virNodeDeviceListCaps", ErrorCapture.check(CNodeDev.virNodeDeviceNumOfCaps(p), "virNodeDeviceNumOfCaps"), (names, max) -> CNodeDev.virNodeDeviceListCaps(p, names, max)));
    }

    /**
     * Starts a defined, inactive device (a mediated device).
     *
     * <p>Wraps {@code virNodeDeviceCreate}.
     *
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-nodedev.html#virNodeDeviceCreate">virNodeDeviceCreate</a>
     */
    @Wraps("virNodeDeviceCreate")
    public void create() {
        callInt("virNodeDeviceCreate", p -> CNodeDev.virNodeDeviceCreate(p, 0));
    }

    /**
     * Destroys a device created with {@link Connect#deviceCreateXml(String)} (a vHBA) or stops a
     * started mediated device. This handle stays open and must still be closed.
     *
     * <p>Wraps {@code virNodeDeviceDestroy}.
     *
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-nodedev.html#virNodeDeviceDestroy">virNodeDeviceDestroy</a>
     */
    @Wraps("virNodeDeviceDestroy")
    public void destroy() {
        callInt("virNodeDeviceDestroy", CNodeDev::virNodeDeviceDestroy);
    }

    /**
     * Removes a defined device's persistent configuration.
     *
     * <p>Wraps {@code virNodeDeviceUndefine}.
     *
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-nodedev.html#virNodeDeviceUndefine">virNodeDeviceUndefine</a>
     */
    @Wraps("virNodeDeviceUndefine")
    public void undefine() {
        callInt("virNodeDeviceUndefine", p -> CNodeDev.virNodeDeviceUndefine(p, 0));
    }

    /**
     * Detaches the device from its host driver, for assignment to a guest, with the hypervisor's
     * default backend.
     *
     * <p>Wraps {@code virNodeDeviceDettach} (sic).
     *
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-nodedev.html#virNodeDeviceDettach">virNodeDeviceDettach</a>
     */
    @Wraps("virNodeDeviceDettach")
    public void detach() {
        callInt("virNodeDeviceDettach", CNodeDev::virNodeDeviceDettach);
    }

    /**
     * Detaches the device from its host driver, for assignment to a guest with a given backend.
     *
     * <p>Wraps {@code virNodeDeviceDetachFlags}.
     *
     * @param driverName the backend, such as {@code "vfio"}; null for the hypervisor's default
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-nodedev.html#virNodeDeviceDetachFlags">virNodeDeviceDetachFlags</a>
     */
    @Wraps("virNodeDeviceDetachFlags")
    public void detach(String driverName) {
        callInt("virNodeDeviceDetachFlags", p -> CNodeDev.virNodeDeviceDetachFlags(p, driverName, 0));
    }

    /**
     * Gives a detached device back to its host driver.
     *
     * <p>Wraps {@code virNodeDeviceReAttach}.
     *
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-nodedev.html#virNodeDeviceReAttach">virNodeDeviceReAttach</a>
     */
    @Wraps("virNodeDeviceReAttach")
    public void reAttach() {
        callInt("virNodeDeviceReAttach", CNodeDev::virNodeDeviceReAttach);
    }

    /**
     * Resets the device (function-level or bus reset).
     *
     * <p>Wraps {@code virNodeDeviceReset}.
     *
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-nodedev.html#virNodeDeviceReset">virNodeDeviceReset</a>
     */
    @Wraps("virNodeDeviceReset")
    public void reset() {
        callInt("virNodeDeviceReset", CNodeDev::virNodeDeviceReset);
    }

    /**
     * Tells whether a defined device starts with the host.
     *
     * <p>Wraps {@code virNodeDeviceGetAutostart}.
     *
     * @return true when it autostarts
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-nodedev.html#virNodeDeviceGetAutostart">virNodeDeviceGetAutostart</a>
     */
    @Wraps("virNodeDeviceGetAutostart")
    public boolean getAutostart() {
        return call(p -> {
            Pointer out = Scratch.get(4);
            ErrorCapture.check(CNodeDev.virNodeDeviceGetAutostart(p, out), "virNodeDeviceGetAutostart");
            return out.getInt(0) != 0;
        });
    }

    /**
     * Sets whether a defined device starts with the host.
     *
     * <p>Wraps {@code virNodeDeviceSetAutostart}.
     *
     * @param autostart true to start it with the host
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-nodedev.html#virNodeDeviceSetAutostart">virNodeDeviceSetAutostart</a>
     */
    @Wraps("virNodeDeviceSetAutostart")
    public void setAutostart(boolean autostart) {
        callInt("virNodeDeviceSetAutostart", p -> CNodeDev.virNodeDeviceSetAutostart(p, autostart ? 1 : 0));
    }

    /**
     * Tells whether the device is active (present, or started).
     *
     * <p>Wraps {@code virNodeDeviceIsActive}.
     *
     * @return true when active
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-nodedev.html#virNodeDeviceIsActive">virNodeDeviceIsActive</a>
     */
    @Wraps("virNodeDeviceIsActive")
    public boolean isActive() {
        return DevicesNative.callBoolean(this, "virNodeDeviceIsActive", CNodeDev::virNodeDeviceIsActive);
    }

    /**
     * Tells whether the device has a persistent definition.
     *
     * <p>Wraps {@code virNodeDeviceIsPersistent}.
     *
     * @return true when persistent, false when transient
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-nodedev.html#virNodeDeviceIsPersistent">virNodeDeviceIsPersistent</a>
     */
    @Wraps("virNodeDeviceIsPersistent")
    public boolean isPersistent() {
        return DevicesNative.callBoolean(this, "virNodeDeviceIsPersistent", CNodeDev::virNodeDeviceIsPersistent);
    }
}
