package org.virtfx.libvirt;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.virtfx.libvirt.internal.NativeStrings;
import org.virtfx.libvirt.internal.Scratch;

/**
 * A virtual network ({@code virNetworkPtr}).
 *
 * <p>Thread-safe. The caller owns the handle and must {@link #close()} it; the ports it returns
 * are independent handles, closed on their own.
 *
 * @see <a href="https://libvirt.org/html/libvirt-libvirt-network.html">libvirt-network</a>
 */
public final class Network extends Handle {

    Network(Pointer pointer) {
        super(pointer, "Network", CNetwork::virNetworkFree, p -> NativeStrings.borrowUtf8(CNetwork.virNetworkGetName(p)));
    }

    /**
     * Returns a second, independent handle to this network.
     *
     * <p>Wraps {@code virNetworkRef}.
     *
     * @return a handle the caller closes on its own
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-network.html#virNetworkRef">virNetworkRef</a>
     */
    @Wraps("virNetworkRef")
    public Network ref() {
        return call(p -> {
            ErrorCapture.check(CNetwork.virNetworkRef(p), "virNetworkRef");
            return new Network(p);
        });
    }

    /**
     * Returns the network's name.
     *
     * <p>Wraps {@code virNetworkGetName}.
     *
     * @return the name
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-network.html#virNetworkGetName">virNetworkGetName</a>
     */
    @Wraps("virNetworkGetName")
    public String getName() {
        return call(p -> NativeStrings.borrowUtf8(ErrorCapture.check(CNetwork.virNetworkGetName(p), "virNetworkGetName")));
    }

    /**
     * Returns the network's UUID.
     *
     * <p>Wraps {@code virNetworkGetUUID}.
     *
     * @return the UUID
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-network.html#virNetworkGetUUID">virNetworkGetUUID</a>
     */
    @Wraps("virNetworkGetUUID")
    public UUID getUuid() {
        return call(p -> {
            Pointer buf = Scratch.get(Uuids.BUFLEN);
            ErrorCapture.check(CNetwork.virNetworkGetUUID(p, buf), "virNetworkGetUUID");
            return Uuids.read(buf);
        });
    }

    /**
     * Returns the network's UUID as text.
     *
     * <p>Wraps {@code virNetworkGetUUIDString}.
     *
     * @return the UUID, 36 characters
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-network.html#virNetworkGetUUIDString">virNetworkGetUUIDString</a>
     */
    @Wraps("virNetworkGetUUIDString")
    public String getUuidString() {
        return call(p -> {
            Pointer buf = Scratch.get(Uuids.STRING_BUFLEN);
            ErrorCapture.check(CNetwork.virNetworkGetUUIDString(p, buf), "virNetworkGetUUIDString");
            return Uuids.readString(buf);
        });
    }

    /**
     * Returns the network's XML description.
     *
     * @return the XML of the live state when the network is active, else of its configuration
     * @see #getXmlDesc(Set)
     */
    public String getXmlDesc() {
        return getXmlDesc(Set.of());
    }

    /**
     * Returns the network's XML description.
     *
     * <p>Wraps {@code virNetworkGetXMLDesc}.
     *
     * @param flags {@link NetworkXMLFlags#INACTIVE} for the persistent configuration
     * @return the XML
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-network.html#virNetworkGetXMLDesc">virNetworkGetXMLDesc</a>
     */
    @Wraps("virNetworkGetXMLDesc")
    public String getXmlDesc(Set<NetworkXMLFlags> flags) {
        int mask = BitFlag.mask(flags);
        return callString("virNetworkGetXMLDesc", p -> CNetwork.virNetworkGetXMLDesc(p, mask));
    }

    /**
     * Returns the name of the host bridge the network's guests attach to.
     *
     * <p>Wraps {@code virNetworkGetBridgeName}.
     *
     * @return the bridge's name, such as {@code virbr0}
     * @throws LibvirtException when the network has no bridge (e.g. macvtap or hostdev networks)
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-network.html#virNetworkGetBridgeName">virNetworkGetBridgeName</a>
     */
    @Wraps("virNetworkGetBridgeName")
    public String getBridgeName() {
        return callString("virNetworkGetBridgeName", CNetwork::virNetworkGetBridgeName);
    }

    /**
     * Tells whether the network starts when the host (or libvirt's network driver) starts.
     *
     * <p>Wraps {@code virNetworkGetAutostart}.
     *
     * @return true when it autostarts
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-network.html#virNetworkGetAutostart">virNetworkGetAutostart</a>
     */
    @Wraps("virNetworkGetAutostart")
    public boolean getAutostart() {
        return call(p -> {
            Pointer out = Scratch.get(4);
            ErrorCapture.check(CNetwork.virNetworkGetAutostart(p, out), "virNetworkGetAutostart");
            return out.getInt(0) != 0;
        });
    }

    /**
     * Sets whether the network starts when the host starts; only for persistent networks.
     *
     * <p>Wraps {@code virNetworkSetAutostart}.
     *
     * @param autostart true to autostart
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-network.html#virNetworkSetAutostart">virNetworkSetAutostart</a>
     */
    @Wraps("virNetworkSetAutostart")
    public void setAutostart(boolean autostart) {
        callInt("virNetworkSetAutostart", p -> CNetwork.virNetworkSetAutostart(p, autostart ? 1 : 0));
    }

    /**
     * Tells whether the network is running.
     *
     * <p>Wraps {@code virNetworkIsActive}.
     *
     * @return true when active
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-network.html#virNetworkIsActive">virNetworkIsActive</a>
     */
    @Wraps("virNetworkIsActive")
    public boolean isActive() {
        return callInt("virNetworkIsActive", CNetwork::virNetworkIsActive) == 1;
    }

    /**
     * Tells whether the network has a persistent configuration (is defined, not only created).
     *
     * <p>Wraps {@code virNetworkIsPersistent}.
     *
     * @return true when persistent
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-network.html#virNetworkIsPersistent">virNetworkIsPersistent</a>
     */
    @Wraps("virNetworkIsPersistent")
    public boolean isPersistent() {
        return callInt("virNetworkIsPersistent", CNetwork::virNetworkIsPersistent) == 1;
    }

    /**
     * Starts a defined, inactive network.
     *
     * <p>Wraps {@code virNetworkCreate}.
     *
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-network.html#virNetworkCreate">virNetworkCreate</a>
     */
    @Wraps("virNetworkCreate")
    public void create() {
        callInt("virNetworkCreate", CNetwork::virNetworkCreate);
    }

    /**
     * Stops an active network; a transient network then disappears. The handle stays valid
     * until closed.
     *
     * <p>Wraps {@code virNetworkDestroy}.
     *
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-network.html#virNetworkDestroy">virNetworkDestroy</a>
     */
    @Wraps("virNetworkDestroy")
    public void destroy() {
        callInt("virNetworkDestroy", CNetwork::virNetworkDestroy);
    }

    /**
     * Removes the network's persistent configuration; an active network keeps running, as a
     * transient one. The handle stays valid until closed.
     *
     * <p>Wraps {@code virNetworkUndefine}.
     *
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-network.html#virNetworkUndefine">virNetworkUndefine</a>
     */
    @Wraps("virNetworkUndefine")
    public void undefine() {
        callInt("virNetworkUndefine", CNetwork::virNetworkUndefine);
    }

    /**
     * Changes one section of the network's definition, live and/or in its configuration.
     *
     * <p>Wraps {@code virNetworkUpdate}.
     *
     * @param command what to do; not {@link NetworkUpdateCommand#NONE} or {@code UNKNOWN}
     * @param section which part of the definition, such as {@link NetworkUpdateSection#IP_DHCP_HOST}
     * @param parentIndex which parent element (e.g. which {@code <ip>}) holds the section, or -1
     *     to let libvirt choose
     * @param xml the element to add, modify or delete, such as {@code <host mac='..' ip='..'/>}
     * @param flags {@link NetworkUpdateFlags#LIVE}, {@link NetworkUpdateFlags#CONFIG}, both, or
     *     an empty set for the network's current state
     * @throws IllegalArgumentException for an {@code UNKNOWN} command or section
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-network.html#virNetworkUpdate">virNetworkUpdate</a>
     */
    @Wraps("virNetworkUpdate")
    public void update(NetworkUpdateCommand command, NetworkUpdateSection section, int parentIndex, String xml,
            Set<NetworkUpdateFlags> flags) {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(xml, "xml");
        if (command == NetworkUpdateCommand.UNKNOWN || section == NetworkUpdateSection.UNKNOWN) {
            throw new IllegalArgumentException("UNKNOWN is not a value to send to libvirt");
        }
        int mask = BitFlag.mask(flags);
        callInt("virNetworkUpdate",
                p -> CNetwork.virNetworkUpdate(p, command.value(), section.value(), parentIndex, xml, mask));
    }

    /**
     * Returns the network's current DHCP leases.
     *
     * @return the leases; empty when there are none
     * @see #getDhcpLeases(String)
     */
    public List<NetworkDHCPLease> getDhcpLeases() {
        return getDhcpLeases(null);
    }

    /**
     * Returns the network's current DHCP leases, optionally of one MAC address only.
     *
     * <p>Wraps {@code virNetworkGetDHCPLeases}; frees each lease with
     * {@code virNetworkDHCPLeaseFree}.
     *
     * @param mac a MAC address such as {@code 52:54:00:f0:00:01}, or null for every lease
     * @return the leases; empty when there are none
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-network.html#virNetworkGetDHCPLeases">virNetworkGetDHCPLeases</a>
     */
    @Wraps({"virNetworkGetDHCPLeases", "virNetworkDHCPLeaseFree"})
    public List<NetworkDHCPLease> getDhcpLeases(String mac) {
        return call(p -> NetworkLeases.get(p, mac));
    }

    /**
     * Lists the network's ports (the connections of guest interfaces to it).
     *
     * <p>Wraps {@code virNetworkListAllPorts}.
     *
     * @return the ports; the caller closes the list
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-network.html#virNetworkListAllPorts">virNetworkListAllPorts</a>
     */
    @Wraps("virNetworkListAllPorts")
    public HandleList<NetworkPort> listAllPorts() {
        return call(p -> {
            Pointer out = Scratch.get(Native.POINTER_SIZE);
            int n = ErrorCapture.check(CNetwork.virNetworkListAllPorts(p, out, 0), "virNetworkListAllPorts");
            return HandleArrays.take(out.getPointer(0), n, NetworkPort::new);
        });
    }

    /**
     * Creates a port on the network.
     *
     * @param xml the port's XML ({@code <networkport>})
     * @return the port; the caller closes it
     * @see #portCreateXml(String, Set)
     */
    public NetworkPort portCreateXml(String xml) {
        return portCreateXml(xml, Set.of());
    }

    /**
     * Creates a port on the network.
     *
     * <p>Wraps {@code virNetworkPortCreateXML}.
     *
     * @param xml the port's XML ({@code <networkport>})
     * @param flags {@link NetworkPortCreateFlags#RECLAIM} to take over resources a port already
     *     uses, {@link NetworkPortCreateFlags#VALIDATE} to check the XML against the schema
     * @return the port; the caller closes it
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-network.html#virNetworkPortCreateXML">virNetworkPortCreateXML</a>
     */
    @Wraps("virNetworkPortCreateXML")
    public NetworkPort portCreateXml(String xml, Set<NetworkPortCreateFlags> flags) {
        Objects.requireNonNull(xml, "xml");
        int mask = BitFlag.mask(flags);
        return call(p -> new NetworkPort(ErrorCapture.check(CNetwork.virNetworkPortCreateXML(p, xml, mask),
                "virNetworkPortCreateXML")));
    }

    /**
     * Finds a port of this network by UUID.
     *
     * <p>Wraps {@code virNetworkPortLookupByUUID}.
     *
     * @param uuid the port's UUID
     * @return the port; the caller closes it
     * @throws LibvirtException with {@link ErrorNumber#NO_NETWORK_PORT} when there is none
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-network.html#virNetworkPortLookupByUUID">virNetworkPortLookupByUUID</a>
     */
    @Wraps("virNetworkPortLookupByUUID")
    public NetworkPort lookupNetworkPortByUuid(UUID uuid) {
        Objects.requireNonNull(uuid, "uuid");
        return call(p -> {
            Pointer buf = Scratch.get(Uuids.BUFLEN);
            Uuids.write(uuid, buf);
            return new NetworkPort(ErrorCapture.check(CNetwork.virNetworkPortLookupByUUID(p, buf),
                    "virNetworkPortLookupByUUID"));
        });
    }

    /**
     * Finds a port of this network by UUID.
     *
     * <p>Wraps {@code virNetworkPortLookupByUUIDString}.
     *
     * @param uuid the UUID as text
     * @return the port; the caller closes it
     * @throws LibvirtException with {@link ErrorNumber#NO_NETWORK_PORT} when there is none
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-network.html#virNetworkPortLookupByUUIDString">virNetworkPortLookupByUUIDString</a>
     */
    @Wraps("virNetworkPortLookupByUUIDString")
    public NetworkPort lookupNetworkPortByUuidString(String uuid) {
        Objects.requireNonNull(uuid, "uuid");
        return call(p -> new NetworkPort(ErrorCapture.check(CNetwork.virNetworkPortLookupByUUIDString(p, uuid),
                "virNetworkPortLookupByUUIDString")));
    }

    /**
     * Returns the connection this network belongs to, as a new handle.
     *
     * <p>Wraps {@code virNetworkGetConnect} (and {@code virConnectRef}, since libvirt lends the pointer).
     *
     * @return the connection; the caller closes it
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-network.html#virNetworkGetConnect">virNetworkGetConnect</a>
     */
    @Wraps("virNetworkGetConnect")
    public Connect getConnect() {
        return call(p -> Connect.borrowed(ErrorCapture.check(CNetwork.virNetworkGetConnect(p), "virNetworkGetConnect")));
    }
}
