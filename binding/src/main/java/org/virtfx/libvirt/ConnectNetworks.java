package org.virtfx.libvirt;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.virtfx.libvirt.internal.Scratch;

/**
 * Virtual networks and host interfaces: counting, listing, lookup, definition, creation, and the
 * host interface change transactions.
 *
 * <p>One layer of {@link Connect}'s API: the methods are public and reached through
 * {@code Connect}; the class is package-private so that each area of libvirt gets a file of its
 * own. Thread-safe.
 */
abstract class ConnectNetworks extends ConnectDomainJobs {

    ConnectNetworks(Pointer pointer) {
        super(pointer);
    }

    /**
     * Counts the active networks.
     *
     * <p>Wraps {@code virConnectNumOfNetworks}.
     *
     * @return the number of active networks
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-network.html#virConnectNumOfNetworks">virConnectNumOfNetworks</a>
     */
    @Wraps("virConnectNumOfNetworks")
    public int numOfNetworks() {
        return callInt("virConnectNumOfNetworks", CNetwork::virConnectNumOfNetworks);
    }

    /**
     * Counts the inactive, defined networks.
     *
     * <p>Wraps {@code virConnectNumOfDefinedNetworks}.
     *
     * @return the number of inactive networks
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-network.html#virConnectNumOfDefinedNetworks">virConnectNumOfDefinedNetworks</a>
     */
    @Wraps("virConnectNumOfDefinedNetworks")
    public int numOfDefinedNetworks() {
        return callInt("virConnectNumOfDefinedNetworks", CNetwork::virConnectNumOfDefinedNetworks);
    }

    /**
     * Lists the names of the active networks (legacy; prefer {@link #listAllNetworks(Set)}, which
     * has no race between counting and listing).
     *
     * <p>Wraps {@code virConnectListNetworks}.
     *
     * @return the names
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-network.html#virConnectListNetworks">virConnectListNetworks</a>
     */
    @Wraps("virConnectListNetworks")
    public List<String> listNetworks() {
        int max = numOfNetworks();
        return call(p -> HandleArrays.names("virConnectListNetworks", max,
                (names, n) -> CNetwork.virConnectListNetworks(p, names, n)));
    }

    /**
     * Lists the names of the inactive, defined networks (legacy; prefer
     * {@link #listAllNetworks(Set)}).
     *
     * <p>Wraps {@code virConnectListDefinedNetworks}.
     *
     * @return the names
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-network.html#virConnectListDefinedNetworks">virConnectListDefinedNetworks</a>
     */
    @Wraps("virConnectListDefinedNetworks")
    public List<String> listDefinedNetworks() {
        int max = numOfDefinedNetworks();
        return call(p -> HandleArrays.names("virConnectListDefinedNetworks", max,
                (names, n) -> CNetwork.virConnectListDefinedNetworks(p, names, n)));
    }

    /**
     * Lists every network, active and inactive.
     *
     * @return the networks; the caller closes the list
     * @see #listAllNetworks(Set)
     */
    public HandleList<Network> listAllNetworks() {
        return listAllNetworks(Set.of());
    }

    /**
     * Lists the networks that match the filters.
     *
     * <p>Wraps {@code virConnectListAllNetworks}.
     *
     * @param flags filters; an empty set lists all
     * @return the networks; the caller closes the list
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-network.html#virConnectListAllNetworks">virConnectListAllNetworks</a>
     */
    @Wraps("virConnectListAllNetworks")
    public HandleList<Network> listAllNetworks(Set<ConnectListAllNetworksFlags> flags) {
        int mask = BitFlag.mask(flags);
        return call(p -> {
            Pointer out = Scratch.get(Native.POINTER_SIZE);
            int n = ErrorCapture.check(CNetwork.virConnectListAllNetworks(p, out, mask), "virConnectListAllNetworks");
            return HandleArrays.take(out.getPointer(0), n, Network::new);
        });
    }

    /**
     * Finds a network by name.
     *
     * <p>Wraps {@code virNetworkLookupByName}.
     *
     * @param name the network's name
     * @return the network; the caller closes it
     * @throws LibvirtException with {@link ErrorNumber#NO_NETWORK} when there is none
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-network.html#virNetworkLookupByName">virNetworkLookupByName</a>
     */
    @Wraps("virNetworkLookupByName")
    public Network lookupNetworkByName(String name) {
        Objects.requireNonNull(name, "name");
        return call(p -> new Network(ErrorCapture.check(CNetwork.virNetworkLookupByName(p, name),
                "virNetworkLookupByName")));
    }

    /**
     * Finds a network by UUID.
     *
     * <p>Wraps {@code virNetworkLookupByUUID}.
     *
     * @param uuid the network's UUID
     * @return the network; the caller closes it
     * @throws LibvirtException with {@link ErrorNumber#NO_NETWORK} when there is none
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-network.html#virNetworkLookupByUUID">virNetworkLookupByUUID</a>
     */
    @Wraps("virNetworkLookupByUUID")
    public Network lookupNetworkByUuid(UUID uuid) {
        Objects.requireNonNull(uuid, "uuid");
        return call(p -> {
            Pointer buf = Scratch.get(Uuids.BUFLEN);
            Uuids.write(uuid, buf);
            return new Network(ErrorCapture.check(CNetwork.virNetworkLookupByUUID(p, buf), "virNetworkLookupByUUID"));
        });
    }

    /**
     * Finds a network by UUID.
     *
     * <p>Wraps {@code virNetworkLookupByUUIDString}.
     *
     * @param uuid the UUID as text, e.g. {@code 66666666-6666-4666-8666-666666666666}
     * @return the network; the caller closes it
     * @throws LibvirtException with {@link ErrorNumber#NO_NETWORK} when there is none, or
     *     {@link ErrorNumber#INVALID_ARG} when the text is no UUID
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-network.html#virNetworkLookupByUUIDString">virNetworkLookupByUUIDString</a>
     */
    @Wraps("virNetworkLookupByUUIDString")
    public Network lookupNetworkByUuidString(String uuid) {
        Objects.requireNonNull(uuid, "uuid");
        return call(p -> new Network(ErrorCapture.check(CNetwork.virNetworkLookupByUUIDString(p, uuid),
                "virNetworkLookupByUUIDString")));
    }

    /**
     * Defines (or redefines) a persistent network without starting it.
     *
     * <p>Wraps {@code virNetworkDefineXML}.
     *
     * @param xml the network's XML ({@code <network>})
     * @return the network; the caller closes it
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-network.html#virNetworkDefineXML">virNetworkDefineXML</a>
     */
    @Wraps("virNetworkDefineXML")
    public Network networkDefineXml(String xml) {
        Objects.requireNonNull(xml, "xml");
        return call(p -> new Network(ErrorCapture.check(CNetwork.virNetworkDefineXML(p, xml), "virNetworkDefineXML")));
    }

    /**
     * Defines (or redefines) a persistent network without starting it.
     *
     * <p>Wraps {@code virNetworkDefineXMLFlags}.
     *
     * @param xml the network's XML ({@code <network>})
     * @param flags {@link NetworkDefineFlags#VALIDATE} to check the XML against the schema
     * @return the network; the caller closes it
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-network.html#virNetworkDefineXMLFlags">virNetworkDefineXMLFlags</a>
     */
    @Wraps("virNetworkDefineXMLFlags")
    public Network networkDefineXmlFlags(String xml, Set<NetworkDefineFlags> flags) {
        Objects.requireNonNull(xml, "xml");
        int mask = BitFlag.mask(flags);
        return call(p -> new Network(ErrorCapture.check(CNetwork.virNetworkDefineXMLFlags(p, xml, mask),
                "virNetworkDefineXMLFlags")));
    }

    /**
     * Creates and starts a transient network, which disappears when destroyed.
     *
     * <p>Wraps {@code virNetworkCreateXML}.
     *
     * @param xml the network's XML ({@code <network>})
     * @return the network; the caller closes it
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-network.html#virNetworkCreateXML">virNetworkCreateXML</a>
     */
    @Wraps("virNetworkCreateXML")
    public Network networkCreateXml(String xml) {
        Objects.requireNonNull(xml, "xml");
        return call(p -> new Network(ErrorCapture.check(CNetwork.virNetworkCreateXML(p, xml), "virNetworkCreateXML")));
    }

    /**
     * Creates and starts a transient network, which disappears when destroyed.
     *
     * <p>Wraps {@code virNetworkCreateXMLFlags}.
     *
     * @param xml the network's XML ({@code <network>})
     * @param flags {@link NetworkCreateFlags#VALIDATE} to check the XML against the schema
     * @return the network; the caller closes it
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-network.html#virNetworkCreateXMLFlags">virNetworkCreateXMLFlags</a>
     */
    @Wraps("virNetworkCreateXMLFlags")
    public Network networkCreateXmlFlags(String xml, Set<NetworkCreateFlags> flags) {
        Objects.requireNonNull(xml, "xml");
        int mask = BitFlag.mask(flags);
        return call(p -> new Network(ErrorCapture.check(CNetwork.virNetworkCreateXMLFlags(p, xml, mask),
                "virNetworkCreateXMLFlags")));
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
