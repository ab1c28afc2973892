package org.virtfx.libvirt;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.virtfx.libvirt.internal.Scratch;

/**
 * Host network interfaces: counting, listing, lookup, definition, and the change transactions.
 *
 * <p>One layer of {@link Connect}'s API: package-private so that each area of libvirt
 * gets a file of its own. Thread-safe.
 */
abstract class ConnectInterfaces extends ConnectDomainJobs {

    ConnectInterfaces(Pointer pointer) {
        super(pointer);
    }

    // ---- host interfaces (libvirt-interface.h) ----

    /**
     * Counts the active host interfaces.
     *
     * <p>Wraps {@code virConnectNumOfInterfaces}.
     *
     * @return the number of active interfaces
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-interface.html#virConnectNumOfInterfaces">virConnectNumOfInterfaces</a>
     */
    @Wraps("virConnectNumOfInterfaces")
    public int numOfInterfaces() {
        return callInt("virConnectNumOfInterfaces", CInterface::virConnectNumOfInterfaces);
    }

    /**
     * Counts the inactive, defined host interfaces.
     *
     * <p>Wraps {@code virConnectNumOfDefinedInterfaces}.
     *
     * @return the number of inactive interfaces
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-interface.html#virConnectNumOfDefinedInterfaces">virConnectNumOfDefinedInterfaces</a>
     */
    @Wraps("virConnectNumOfDefinedInterfaces")
    public int numOfDefinedInterfaces() {
        return callInt("virConnectNumOfDefinedInterfaces", CInterface::virConnectNumOfDefinedInterfaces);
    }

    /**
     * Lists the names of the active host interfaces (legacy; prefer
     * {@link #listAllInterfaces(Set)}).
     *
     * <p>Wraps {@code virConnectListInterfaces}.
     *
     * @return the names
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-interface.html#virConnectListInterfaces">virConnectListInterfaces</a>
     */
    @Wraps("virConnectListInterfaces")
    public List<String> listInterfaces() {
        int max = numOfInterfaces();
        return call(p -> HandleArrays.names("virConnectListInterfaces", max,
                (names, n) -> CInterface.virConnectListInterfaces(p, names, n)));
    }

    /**
     * Lists the names of the inactive, defined host interfaces (legacy; prefer
     * {@link #listAllInterfaces(Set)}).
     *
     * <p>Wraps {@code virConnectListDefinedInterfaces}.
     *
     * @return the names
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-interface.html#virConnectListDefinedInterfaces">virConnectListDefinedInterfaces</a>
     */
    @Wraps("virConnectListDefinedInterfaces")
    public List<String> listDefinedInterfaces() {
        int max = numOfDefinedInterfaces();
        return call(p -> HandleArrays.names("virConnectListDefinedInterfaces", max,
                (names, n) -> CInterface.virConnectListDefinedInterfaces(p, names, n)));
    }

    /**
     * Lists every host interface, active and inactive.
     *
     * @return the interfaces; the caller closes the list
     * @see #listAllInterfaces(Set)
     */
    public HandleList<Interface> listAllInterfaces() {
        return listAllInterfaces(Set.of());
    }

    /**
     * Lists the host interfaces that match the filters.
     *
     * <p>Wraps {@code virConnectListAllInterfaces}.
     *
     * @param flags filters; an empty set lists all
     * @return the interfaces; the caller closes the list
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-interface.html#virConnectListAllInterfaces">virConnectListAllInterfaces</a>
     */
    @Wraps("virConnectListAllInterfaces")
    public HandleList<Interface> listAllInterfaces(Set<ConnectListAllInterfacesFlags> flags) {
        int mask = BitFlag.mask(flags);
        return call(p -> {
            Pointer out = Scratch.get(Native.POINTER_SIZE);
            int n = ErrorCapture.check(CInterface.virConnectListAllInterfaces(p, out, mask),
                    "virConnectListAllInterfaces");
            return HandleArrays.take(out.getPointer(0), n, Interface::new);
        });
    }

    /**
     * Finds a host interface by name.
     *
     * <p>Wraps {@code virInterfaceLookupByName}.
     *
     * @param name the interface's name, such as {@code eth0}
     * @return the interface; the caller closes it
     * @throws LibvirtException with {@link ErrorNumber#NO_INTERFACE} when there is none
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-interface.html#virInterfaceLookupByName">virInterfaceLookupByName</a>
     */
    @Wraps("virInterfaceLookupByName")
    public Interface lookupInterfaceByName(String name) {
        Objects.requireNonNull(name, "name");
        return call(p -> new Interface(ErrorCapture.check(CInterface.virInterfaceLookupByName(p, name),
                "virInterfaceLookupByName")));
    }

    /**
     * Finds a host interface by MAC address.
     *
     * <p>Wraps {@code virInterfaceLookupByMACString}.
     *
     * @param mac the MAC address as text, such as {@code 52:54:00:aa:bb:cc}
     * @return the interface; the caller closes it
     * @throws LibvirtException with {@link ErrorNumber#NO_INTERFACE} when there is none
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-interface.html#virInterfaceLookupByMACString">virInterfaceLookupByMACString</a>
     */
    @Wraps("virInterfaceLookupByMACString")
    public Interface lookupInterfaceByMacString(String mac) {
        Objects.requireNonNull(mac, "mac");
        return call(p -> new Interface(ErrorCapture.check(CInterface.virInterfaceLookupByMACString(p, mac),
                "virInterfaceLookupByMACString")));
    }

    /**
     * Defines (or redefines) a host interface without bringing it up.
     *
     * @param xml the interface's XML ({@code <interface>})
     * @return the interface; the caller closes it
     * @see #interfaceDefineXml(String, Set)
     */
    public Interface interfaceDefineXml(String xml) {
        return interfaceDefineXml(xml, Set.of());
    }

    /**
     * Defines (or redefines) a host interface without bringing it up.
     *
     * <p>Wraps {@code virInterfaceDefineXML}.
     *
     * @param xml the interface's XML ({@code <interface>})
     * @param flags {@link InterfaceDefineFlags#VALIDATE} to check the XML against the schema
     * @return the interface; the caller closes it
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-interface.html#virInterfaceDefineXML">virInterfaceDefineXML</a>
     */
    @Wraps("virInterfaceDefineXML")
    public Interface interfaceDefineXml(String xml, Set<InterfaceDefineFlags> flags) {
        Objects.requireNonNull(xml, "xml");
        int mask = BitFlag.mask(flags);
        return call(p -> new Interface(ErrorCapture.check(CInterface.virInterfaceDefineXML(p, xml, mask),
                "virInterfaceDefineXML")));
    }

    /**
     * Starts a transaction on the host interface configuration: libvirt snapshots it, so that
     * {@link #interfaceChangeRollback()} can restore it.
     *
     * <p>Wraps {@code virInterfaceChangeBegin}.
     *
     * @throws LibvirtException when a transaction is already open
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-interface.html#virInterfaceChangeBegin">virInterfaceChangeBegin</a>
     */
    @Wraps("virInterfaceChangeBegin")
    public void interfaceChangeBegin() {
        callInt("virInterfaceChangeBegin", p -> CInterface.virInterfaceChangeBegin(p, 0));
    }

    /**
     * Ends the open transaction, keeping the changes made since {@link #interfaceChangeBegin()}.
     *
     * <p>Wraps {@code virInterfaceChangeCommit}.
     *
     * @throws LibvirtException when no transaction is open
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-interface.html#virInterfaceChangeCommit">virInterfaceChangeCommit</a>
     */
    @Wraps("virInterfaceChangeCommit")
    public void interfaceChangeCommit() {
        callInt("virInterfaceChangeCommit", p -> CInterface.virInterfaceChangeCommit(p, 0));
    }

    /**
     * Ends the open transaction, restoring the configuration saved by
     * {@link #interfaceChangeBegin()}.
     *
     * <p>Wraps {@code virInterfaceChangeRollback}.
     *
     * @throws LibvirtException when no transaction is open
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-interface.html#virInterfaceChangeRollback">virInterfaceChangeRollback</a>
     */
    @Wraps("virInterfaceChangeRollback")
    public void interfaceChangeRollback() {
        callInt("virInterfaceChangeRollback", p -> CInterface.virInterfaceChangeRollback(p, 0));
    }
}
