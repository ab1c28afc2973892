package org.virtfx.libvirt;

import com.sun.jna.Pointer;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Host devices and secrets.
 *
 * <p>One layer of {@link Connect}'s API: the methods are public and reached through
 * {@code Connect}; the class is package-private so that each area of libvirt gets a file of its
 * own. Thread-safe. Every handle returned is owned by the caller, who must close it.
 */
abstract class ConnectDevices extends ConnectNWFilters {

    ConnectDevices(Pointer pointer) {
        super(pointer);
    }

    // ---- host (node) devices -------------------------------------------------------------

    /**
     * Counts all host devices.
     *
     * <p>Wraps {@code virNodeNumOfDevices}.
     *
     * @return the number of devices
     * @see #numOfDevices(String)
     */
    @Wraps("virNodeNumOfDevices")
    public int numOfDevices() {
        return numOfDevices(null);
    }

    /**
     * Counts the host devices that have a capability.
     *
     * <p>Wraps {@code virNodeNumOfDevices}.
     *
     * @param cap a capability name such as {@code "pci"} or {@code "scsi_host"}; null counts all
     * @return the number of devices
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-nodedev.html#virNodeNumOfDevices">virNodeNumOfDevices</a>
     */
    @Wraps("virNodeNumOfDevices")
    public int numOfDevices(String cap) {
        return callInt("virNodeNumOfDevices", p -> CNodeDev.virNodeNumOfDevices(p, cap, 0));
    }

    /**
     * Lists the names of all host devices (legacy; prefer {@link #listAllNodeDevices()}).
     *
     * <p>Wraps {@code virNodeNumOfDevices} and {@code virNodeListDevices}.
     *
     * @return the names
     * @see #listDevices(String)
     */
    @Wraps({"virNodeNumOfDevices", "virNodeListDevices"})
    public List<String> listDevices() {
        return listDevices(null);
    }

    /**
     * Lists the names of the host devices that have a capability (legacy; prefer
     * {@link #listAllNodeDevices(Set)}).
     *
     * <p>Wraps {@code virNodeListDevices}, sized with {@code virNodeNumOfDevices}.
     *
     * @param cap a capability name such as {@code "pci"}; null lists all
     * @return the names
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-nodedev.html#virNodeListDevices">virNodeListDevices</a>
     */
    @Wraps({"virNodeNumOfDevices", "virNodeListDevices"})
    public List<String> listDevices(String cap) {
        return call(p -> HandleArrays.names("virNodeListDevices", ErrorCapture.check(CNodeDev.virNodeNumOfDevices(p, cap, 0), "virNodeNumOfDevices"), (names, max) -> CNodeDev.virNodeListDevices(p, cap, names, max, 0)));
    }

    /**
     * Lists all host devices.
     *
     * <p>Wraps {@code virConnectListAllNodeDevices}.
     *
     * @return the devices; the caller closes the list
     * @see #listAllNodeDevices(Set)
     */
    @Wraps("virConnectListAllNodeDevices")
    public HandleList<NodeDevice> listAllNodeDevices() {
        return listAllNodeDevices(Set.of());
    }

    /**
     * Lists the host devices that match the filters (any of the capability flags).
     *
     * <p>Wraps {@code virConnectListAllNodeDevices}.
     *
     * @param flags filters; an empty set lists all
     * @return the devices; the caller closes the list
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-nodedev.html#virConnectListAllNodeDevices">virConnectListAllNodeDevices</a>
     */
    @Wraps("virConnectListAllNodeDevices")
    public HandleList<NodeDevice> listAllNodeDevices(Set<ConnectListAllNodeDeviceFlags> flags) {
        int mask = BitFlag.mask(flags);
        return DevicesNative.listAll(this, "virConnectListAllNodeDevices",
                (p, out) -> CNodeDev.virConnectListAllNodeDevices(p, out, mask), NodeDevice::new);
    }

    /**
     * Finds a host device by name.
     *
     * <p>Wraps {@code virNodeDeviceLookupByName}.
     *
     * @param name the device's name, such as {@code pci_0000_00_1f_2}
     * @return the device; the caller closes it
     * @throws LibvirtException with {@link ErrorNumber#NO_NODE_DEVICE} when there is none
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-nodedev.html#virNodeDeviceLookupByName">virNodeDeviceLookupByName</a>
     */
    @Wraps("virNodeDeviceLookupByName")
    public NodeDevice lookupDeviceByName(String name) {
        Objects.requireNonNull(name, "name");
        return DevicesNative.lookup(this, "virNodeDeviceLookupByName",
                p -> CNodeDev.virNodeDeviceLookupByName(p, name), NodeDevice::new);
    }

    /**
     * Finds a SCSI host (Fibre Channel HBA) by its world wide names.
     *
     * <p>Wraps {@code virNodeDeviceLookupSCSIHostByWWN}.
     *
     * @param wwnn the world wide node name, 16 hex digits
     * @param wwpn the world wide port name, 16 hex digits
     * @return the device; the caller closes it
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-nodedev.html#virNodeDeviceLookupSCSIHostByWWN">virNodeDeviceLookupSCSIHostByWWN</a>
     */
    @Wraps("virNodeDeviceLookupSCSIHostByWWN")
    public NodeDevice lookupDeviceScsiHostByWwn(String wwnn, String wwpn) {
        Objects.requireNonNull(wwnn, "wwnn");
        Objects.requireNonNull(wwpn, "wwpn");
        return DevicesNative.lookup(this, "virNodeDeviceLookupSCSIHostByWWN",
                p -> CNodeDev.virNodeDeviceLookupSCSIHostByWWN(p, wwnn, wwpn, 0), NodeDevice::new);
    }

    /**
     * Creates a transient host device, such as a vHBA or a mediated device.
     *
     * <p>Wraps {@code virNodeDeviceCreateXML}.
     *
     * @param xml the device's XML
     * @return the new device; the caller closes it
     * @see #deviceCreateXml(String, Set)
     */
    @Wraps("virNodeDeviceCreateXML")
    public NodeDevice deviceCreateXml(String xml) {
        return deviceCreateXml(xml, Set.of());
    }

    /**
     * Creates a transient host device, such as a vHBA or a mediated device.
     *
     * <p>Wraps {@code virNodeDeviceCreateXML}.
     *
     * @param xml the device's XML
     * @param flags {@link NodeDeviceCreateXMLFlags#VALIDATE} checks the XML against the schema
     * @return the new device; the caller closes it
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-nodedev.html#virNodeDeviceCreateXML">virNodeDeviceCreateXML</a>
     */
    @Wraps("virNodeDeviceCreateXML")
    public NodeDevice deviceCreateXml(String xml, Set<NodeDeviceCreateXMLFlags> flags) {
        Objects.requireNonNull(xml, "xml");
        int mask = BitFlag.mask(flags);
        return DevicesNative.lookup(this, "virNodeDeviceCreateXML",
                p -> CNodeDev.virNodeDeviceCreateXML(p, xml, mask), NodeDevice::new);
    }

    /**
     * Defines a persistent, inactive host device (a mediated device).
     *
     * <p>Wraps {@code virNodeDeviceDefineXML}.
     *
     * @param xml the device's XML
     * @return the device; the caller closes it
     * @see #deviceDefineXml(String, Set)
     */
    @Wraps("virNodeDeviceDefineXML")
    public NodeDevice deviceDefineXml(String xml) {
        return deviceDefineXml(xml, Set.of());
    }

    /**
     * Defines a persistent, inactive host device (a mediated device).
     *
     * <p>Wraps {@code virNodeDeviceDefineXML}.
     *
     * @param xml the device's XML
     * @param flags {@link NodeDeviceDefineXMLFlags#VALIDATE} checks the XML against the schema
     * @return the device; the caller closes it
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-nodedev.html#virNodeDeviceDefineXML">virNodeDeviceDefineXML</a>
     */
    @Wraps("virNodeDeviceDefineXML")
    public NodeDevice deviceDefineXml(String xml, Set<NodeDeviceDefineXMLFlags> flags) {
        Objects.requireNonNull(xml, "xml");
        int mask = BitFlag.mask(flags);
        return DevicesNative.lookup(this, "virNodeDeviceDefineXML",
                p -> CNodeDev.virNodeDeviceDefineXML(p, xml, mask), NodeDevice::new);
    }

    // ---- secrets -----------------------------------------------------------------------

    /**
     * Counts the defined secrets.
     *
     * <p>Wraps {@code virConnectNumOfSecrets}.
     *
     * @return the number of secrets
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-secret.html#virConnectNumOfSecrets">virConnectNumOfSecrets</a>
     */
    @Wraps("virConnectNumOfSecrets")
    public int numOfSecrets() {
        return callInt("virConnectNumOfSecrets", CSecret::virConnectNumOfSecrets);
    }

    /**
     * Lists the UUIDs of the defined secrets (legacy; prefer {@link #listAllSecrets()}).
     *
     * <p>Wraps {@code virConnectListSecrets}, sized with {@code virConnectNumOfSecrets}.
     *
     * @return the UUIDs as text
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-secret.html#virConnectListSecrets">virConnectListSecrets</a>
     */
    @Wraps({"virConnectNumOfSecrets", "virConnectListSecrets"})
    public List<String> listSecrets() {
        return call(p -> HandleArrays.names("virConnectListSecrets", ErrorCapture.check(CSecret.virConnectNumOfSecrets(p), "virConnectNumOfSecrets"), (uuids, max) -> CSecret.virConnectListSecrets(p, uuids, max)));
    }

    /**
     * Lists all secrets.
     *
     * <p>Wraps {@code virConnectListAllSecrets}.
     *
     * @return the secrets; the caller closes the list
     * @see #listAllSecrets(Set)
     */
    @Wraps("virConnectListAllSecrets")
    public HandleList<Secret> listAllSecrets() {
        return listAllSecrets(Set.of());
    }

    /**
     * Lists the secrets that match the filters.
     *
     * <p>Wraps {@code virConnectListAllSecrets}.
     *
     * @param flags filters (ephemeral or not, private or not); an empty set lists all
     * @return the secrets; the caller closes the list
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-secret.html#virConnectListAllSecrets">virConnectListAllSecrets</a>
     */
    @Wraps("virConnectListAllSecrets")
    public HandleList<Secret> listAllSecrets(Set<ConnectListAllSecretsFlags> flags) {
        int mask = BitFlag.mask(flags);
        return DevicesNative.listAll(this, "virConnectListAllSecrets",
                (p, out) -> CSecret.virConnectListAllSecrets(p, out, mask), Secret::new);
    }

    /**
     * Defines a secret, or changes the attributes of an existing one with the same UUID. The
     * value is set separately, with {@link Secret#setValue(byte[])}.
     *
     * <p>Wraps {@code virSecretDefineXML}.
     *
     * @param xml the secret's XML
     * @return the secret; the caller closes it
     * @see #secretDefineXml(String, Set)
     */
    @Wraps("virSecretDefineXML")
    public Secret secretDefineXml(String xml) {
        return secretDefineXml(xml, Set.of());
    }

    /**
     * Defines a secret, or changes the attributes of an existing one with the same UUID.
     *
     * <p>Wraps {@code virSecretDefineXML}.
     *
     * @param xml the secret's XML
     * @param flags {@link SecretDefineFlags#VALIDATE} checks the XML against the schema
     * @return the secret; the caller closes it
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-secret.html#virSecretDefineXML">virSecretDefineXML</a>
     */
    @Wraps("virSecretDefineXML")
    public Secret secretDefineXml(String xml, Set<SecretDefineFlags> flags) {
        Objects.requireNonNull(xml, "xml");
        int mask = BitFlag.mask(flags);
        return DevicesNative.lookup(this, "virSecretDefineXML", p -> CSecret.virSecretDefineXML(p, xml, mask),
                Secret::new);
    }

    /**
     * Finds a secret by UUID.
     *
     * <p>Wraps {@code virSecretLookupByUUID}.
     *
     * @param uuid the secret's UUID
     * @return the secret; the caller closes it
     * @throws LibvirtException with {@link ErrorNumber#NO_SECRET} when there is none
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-secret.html#virSecretLookupByUUID">virSecretLookupByUUID</a>
     */
    @Wraps("virSecretLookupByUUID")
    public Secret lookupSecretByUuid(UUID uuid) {
        return DevicesNative.lookupByRawUuid(this, "virSecretLookupByUUID", uuid, CSecret::virSecretLookupByUUID,
                Secret::new);
    }

    /**
     * Finds a secret by UUID given as text.
     *
     * <p>Wraps {@code virSecretLookupByUUIDString}.
     *
     * @param uuid the UUID as text, e.g. {@code 6695eb01-f6a4-8304-79aa-97f2502e193f}
     * @return the secret; the caller closes it
     * @throws LibvirtException with {@link ErrorNumber#NO_SECRET} when there is none
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-secret.html#virSecretLookupByUUIDString">virSecretLookupByUUIDString</a>
     */
    @Wraps("virSecretLookupByUUIDString")
    public Secret lookupSecretByUuidString(String uuid) {
        Objects.requireNonNull(uuid, "uuid");
        return DevicesNative.lookup(this, "virSecretLookupByUUIDString",
                p -> CSecret.virSecretLookupByUUIDString(p, uuid), Secret::new);
    }

    /**
     * Finds a secret by what uses it, such as a volume's path or a Ceph user.
     *
     * <p>Wraps {@code virSecretLookupByUsage}.
     *
     * @param usageType the kind of user; not {@link SecretUsageType#UNKNOWN}
     * @param usageId the user's identity, as in the secret's {@code <usage>} element
     * @return the secret; the caller closes it
     * @throws LibvirtException with {@link ErrorNumber#NO_SECRET} when there is none
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-secret.html#virSecretLookupByUsage">virSecretLookupByUsage</a>
     */
    @Wraps("virSecretLookupByUsage")
    public Secret lookupSecretByUsage(SecretUsageType usageType, String usageId) {
        Objects.requireNonNull(usageType, "usageType");
        Objects.requireNonNull(usageId, "usageId");
        if (usageType == SecretUsageType.UNKNOWN) {
            throw new IllegalArgumentException("usage type UNKNOWN has no libvirt value");
        }
        return DevicesNative.lookup(this, "virSecretLookupByUsage",
                p -> CSecret.virSecretLookupByUsage(p, usageType.value(), usageId), Secret::new);
    }
}
