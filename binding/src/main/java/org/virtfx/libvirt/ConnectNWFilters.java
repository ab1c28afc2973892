package org.virtfx.libvirt;

import com.sun.jna.Pointer;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Network filters and their bindings to ports.
 *
 * <p>One layer of {@link Connect}'s API: package-private so that each area of libvirt
 * gets a file of its own. Thread-safe.
 */
abstract class ConnectNWFilters extends ConnectStorage {

    ConnectNWFilters(Pointer pointer) {
        super(pointer);
    }

    // ---- network filters and their bindings ------------------------------------------------

    /**
     * Counts the defined network filters.
     *
     * <p>Wraps {@code virConnectNumOfNWFilters}.
     *
     * @return the number of filters
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-nwfilter.html#virConnectNumOfNWFilters">virConnectNumOfNWFilters</a>
     */
    @Wraps("virConnectNumOfNWFilters")
    public int numOfNwFilters() {
        return callInt("virConnectNumOfNWFilters", CNWFilter::virConnectNumOfNWFilters);
    }

    /**
     * Lists the names of the network filters (legacy; prefer {@link #listAllNwFilters()}).
     *
     * <p>Wraps {@code virConnectListNWFilters}, sized with {@code virConnectNumOfNWFilters}.
     *
     * @return the names
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-nwfilter.html#virConnectListNWFilters">virConnectListNWFilters</a>
     */
    @Wraps({"virConnectNumOfNWFilters", "virConnectListNWFilters"})
    public List<String> listNwFilters() {
        return call(p -> HandleArrays.names("virConnectListNWFilters", ErrorCapture.check(CNWFilter.virConnectNumOfNWFilters(p), "virConnectNumOfNWFilters"), (names, max) -> CNWFilter.virConnectListNWFilters(p, names, max)));
    }

    /**
     * Lists all network filters.
     *
     * <p>Wraps {@code virConnectListAllNWFilters}.
     *
     * @return the filters; the caller closes the list
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-nwfilter.html#virConnectListAllNWFilters">virConnectListAllNWFilters</a>
     */
    @Wraps("virConnectListAllNWFilters")
    public HandleList<NWFilter> listAllNwFilters() {
        return DevicesNative.listAll(this, "virConnectListAllNWFilters",
                (p, out) -> CNWFilter.virConnectListAllNWFilters(p, out, 0), NWFilter::new);
    }

    /**
     * Defines a network filter, or replaces the one with the same name and UUID.
     *
     * <p>Wraps {@code virNWFilterDefineXML}.
     *
     * @param xml the filter's XML
     * @return the filter; the caller closes it
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-nwfilter.html#virNWFilterDefineXML">virNWFilterDefineXML</a>
     */
    @Wraps("virNWFilterDefineXML")
    public NWFilter nwFilterDefineXml(String xml) {
        Objects.requireNonNull(xml, "xml");
        return DevicesNative.lookup(this, "virNWFilterDefineXML", p -> CNWFilter.virNWFilterDefineXML(p, xml),
                NWFilter::new);
    }

    /**
     * Defines a network filter, or replaces the one with the same name and UUID.
     *
     * <p>Wraps {@code virNWFilterDefineXMLFlags} (libvirt 7.7 and later).
     *
     * @param xml the filter's XML
     * @param flags {@link NWFilterDefineFlags#VALIDATE} checks the XML against the schema
     * @return the filter; the caller closes it
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-nwfilter.html#virNWFilterDefineXMLFlags">virNWFilterDefineXMLFlags</a>
     */
    @Wraps("virNWFilterDefineXMLFlags")
    public NWFilter nwFilterDefineXml(String xml, Set<NWFilterDefineFlags> flags) {
        Objects.requireNonNull(xml, "xml");
        int mask = BitFlag.mask(flags);
        return DevicesNative.lookup(this, "virNWFilterDefineXMLFlags",
                p -> CNWFilter.virNWFilterDefineXMLFlags(p, xml, mask), NWFilter::new);
    }

    /**
     * Finds a network filter by name.
     *
     * <p>Wraps {@code virNWFilterLookupByName}.
     *
     * @param name the filter's name, such as {@code clean-traffic}
     * @return the filter; the caller closes it
     * @throws LibvirtException with {@link ErrorNumber#NO_NWFILTER} when there is none
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-nwfilter.html#virNWFilterLookupByName">virNWFilterLookupByName</a>
     */
    @Wraps("virNWFilterLookupByName")
    public NWFilter lookupNwFilterByName(String name) {
        Objects.requireNonNull(name, "name");
        return DevicesNative.lookup(this, "virNWFilterLookupByName", p -> CNWFilter.virNWFilterLookupByName(p, name),
                NWFilter::new);
    }

    /**
     * Finds a network filter by UUID.
     *
     * <p>Wraps {@code virNWFilterLookupByUUID}.
     *
     * @param uuid the filter's UUID
     * @return the filter; the caller closes it
     * @throws LibvirtException with {@link ErrorNumber#NO_NWFILTER} when there is none
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-nwfilter.html#virNWFilterLookupByUUID">virNWFilterLookupByUUID</a>
     */
    @Wraps("virNWFilterLookupByUUID")
    public NWFilter lookupNwFilterByUuid(UUID uuid) {
        return DevicesNative.lookupByRawUuid(this, "virNWFilterLookupByUUID", uuid, CNWFilter::virNWFilterLookupByUUID,
                NWFilter::new);
    }

    /**
     * Finds a network filter by UUID given as text.
     *
     * <p>Wraps {@code virNWFilterLookupByUUIDString}.
     *
     * @param uuid the UUID as text
     * @return the filter; the caller closes it
     * @throws LibvirtException with {@link ErrorNumber#NO_NWFILTER} when there is none
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-nwfilter.html#virNWFilterLookupByUUIDString">virNWFilterLookupByUUIDString</a>
     */
    @Wraps("virNWFilterLookupByUUIDString")
    public NWFilter lookupNwFilterByUuidString(String uuid) {
        Objects.requireNonNull(uuid, "uuid");
        return DevicesNative.lookup(this, "virNWFilterLookupByUUIDString",
                p -> CNWFilter.virNWFilterLookupByUUIDString(p, uuid), NWFilter::new);
    }

    /**
     * Binds a network filter to a port.
     *
     * <p>Wraps {@code virNWFilterBindingCreateXML}.
     *
     * @param xml the binding's XML
     * @return the binding; the caller closes it
     * @see #nwFilterBindingCreateXml(String, Set)
     */
    @Wraps("virNWFilterBindingCreateXML")
    public NWFilterBinding nwFilterBindingCreateXml(String xml) {
        return nwFilterBindingCreateXml(xml, Set.of());
    }

    /**
     * Binds a network filter to a port (normally done by the hypervisor driver as a guest starts).
     *
     * <p>Wraps {@code virNWFilterBindingCreateXML}.
     *
     * @param xml the binding's XML
     * @param flags {@link NWFilterBindingCreateFlags#VALIDATE} checks the XML against the schema
     * @return the binding; the caller closes it
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-nwfilter.html#virNWFilterBindingCreateXML">virNWFilterBindingCreateXML</a>
     */
    @Wraps("virNWFilterBindingCreateXML")
    public NWFilterBinding nwFilterBindingCreateXml(String xml, Set<NWFilterBindingCreateFlags> flags) {
        Objects.requireNonNull(xml, "xml");
        int mask = BitFlag.mask(flags);
        return DevicesNative.lookup(this, "virNWFilterBindingCreateXML",
                p -> CNWFilter.virNWFilterBindingCreateXML(p, xml, mask), NWFilterBinding::new);
    }

    /**
     * Finds the filter binding of a port.
     *
     * <p>Wraps {@code virNWFilterBindingLookupByPortDev}.
     *
     * @param portDev the port's host device name, such as {@code vnet0}
     * @return the binding; the caller closes it
     * @throws LibvirtException with {@link ErrorNumber#NO_NWFILTER_BINDING} when there is none
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-nwfilter.html#virNWFilterBindingLookupByPortDev">virNWFilterBindingLookupByPortDev</a>
     */
    @Wraps("virNWFilterBindingLookupByPortDev")
    public NWFilterBinding lookupNwFilterBindingByPortDev(String portDev) {
        Objects.requireNonNull(portDev, "portDev");
        return DevicesNative.lookup(this, "virNWFilterBindingLookupByPortDev",
                p -> CNWFilter.virNWFilterBindingLookupByPortDev(p, portDev), NWFilterBinding::new);
    }

    /**
     * Lists all network filter bindings.
     *
     * <p>Wraps {@code virConnectListAllNWFilterBindings}.
     *
     * @return the bindings; the caller closes the list
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-nwfilter.html#virConnectListAllNWFilterBindings">virConnectListAllNWFilterBindings</a>
     */
    @Wraps("virConnectListAllNWFilterBindings")
    public HandleList<NWFilterBinding> listAllNwFilterBindings() {
        return DevicesNative.listAll(this, "virConnectListAllNWFilterBindings",
                (p, out) -> CNWFilter.virConnectListAllNWFilterBindings(p, out, 0), NWFilterBinding::new);
    }
}
