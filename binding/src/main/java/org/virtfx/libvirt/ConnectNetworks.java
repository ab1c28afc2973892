package org.virtfx.libvirt;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.virtfx.libvirt.internal.Scratch;

/**
 * Virtual networks: counting, listing, lookup, definition and creation.
 *
 * <p>One layer of {@link Connect}'s API: the methods are public and reached through
 * {@code Connect}; the class is package-private so that each area of libvirt gets a file of its
 * own. Thread-safe.
 */
abstract class ConnectNetworks extends ConnectInterfaces {

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
}
