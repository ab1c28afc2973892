package org.virtfx.libvirt;

import com.sun.jna.Pointer;
import java.util.Objects;
import java.util.Set;
import org.virtfx.libvirt.internal.Scratch;

/**
 * Devices of a domain (attach, detach, update), metadata and autostart.
 *
 * <p>One layer of {@link Domain}'s API: the methods are public and reached through
 * {@code Domain}; the class is package-private so that each area of libvirt gets a file of its
 * own. Thread-safe.
 */
abstract class DomainDevices extends DomainLifecycleOps {

    DomainDevices(Pointer pointer) {
        super(pointer);
    }

    /**
     * Hot-plugs a device into the running domain.
     *
     * <p>Wraps {@code virDomainAttachDevice}.
     *
     * @param xml the device XML, such as a {@code <disk>} or {@code <interface>} element
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainAttachDevice">virDomainAttachDevice</a>
     */
    @Wraps("virDomainAttachDevice")
    public void attachDevice(String xml) {
        Objects.requireNonNull(xml, "xml");
        callInt("virDomainAttachDevice", p -> CDomain.virDomainAttachDevice(p, xml));
    }

    /**
     * Adds a device to the live domain, its persistent definition, or both.
     *
     * <p>Wraps {@code virDomainAttachDeviceFlags}.
     *
     * @param xml the device XML
     * @param flags {@link DomainDeviceModifyFlags#LIVE}, {@link DomainDeviceModifyFlags#CONFIG}
     *     or both; empty means the current state
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainAttachDeviceFlags">virDomainAttachDeviceFlags</a>
     */
    @Wraps("virDomainAttachDeviceFlags")
    public void attachDevice(String xml, Set<DomainDeviceModifyFlags> flags) {
        Objects.requireNonNull(xml, "xml");
        int mask = BitFlag.mask(flags);
        callInt("virDomainAttachDeviceFlags", p -> CDomain.virDomainAttachDeviceFlags(p, xml, mask));
    }

    /**
     * Hot-unplugs a device from the running domain.
     *
     * <p>Wraps {@code virDomainDetachDevice}.
     *
     * @param xml the device XML, enough of it to identify the device
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainDetachDevice">virDomainDetachDevice</a>
     */
    @Wraps("virDomainDetachDevice")
    public void detachDevice(String xml) {
        Objects.requireNonNull(xml, "xml");
        callInt("virDomainDetachDevice", p -> CDomain.virDomainDetachDevice(p, xml));
    }

    /**
     * Removes a device from the live domain, its persistent definition, or both.
     *
     * <p>Wraps {@code virDomainDetachDeviceFlags}.
     *
     * @param xml the device XML, enough of it to identify the device
     * @param flags {@link DomainDeviceModifyFlags#LIVE}, {@link DomainDeviceModifyFlags#CONFIG}
     *     or both; empty means the current state
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainDetachDeviceFlags">virDomainDetachDeviceFlags</a>
     */
    @Wraps("virDomainDetachDeviceFlags")
    public void detachDevice(String xml, Set<DomainDeviceModifyFlags> flags) {
        Objects.requireNonNull(xml, "xml");
        int mask = BitFlag.mask(flags);
        callInt("virDomainDetachDeviceFlags", p -> CDomain.virDomainDetachDeviceFlags(p, xml, mask));
    }

    /**
     * Removes the device with this alias from the domain's current state.
     *
     * <p>Wraps {@code virDomainDetachDeviceAlias}.
     *
     * @param alias the device's {@code <alias name=...>}
     * @see #detachDeviceAlias(String, Set)
     */
    @Wraps("virDomainDetachDeviceAlias")
    public void detachDeviceAlias(String alias) {
        detachDeviceAlias(alias, Set.of());
    }

    /**
     * Removes the device with this alias; the removal may complete after the call returns (watch
     * for the device-removed event).
     *
     * <p>Wraps {@code virDomainDetachDeviceAlias}.
     *
     * @param alias the device's {@code <alias name=...>}
     * @param flags {@link DomainDeviceModifyFlags#LIVE}, {@link DomainDeviceModifyFlags#CONFIG}
     *     or both; empty means the current state
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainDetachDeviceAlias">virDomainDetachDeviceAlias</a>
     */
    @Wraps("virDomainDetachDeviceAlias")
    public void detachDeviceAlias(String alias, Set<DomainDeviceModifyFlags> flags) {
        Objects.requireNonNull(alias, "alias");
        int mask = BitFlag.mask(flags);
        callInt("virDomainDetachDeviceAlias", p -> CDomain.virDomainDetachDeviceAlias(p, alias, mask));
    }

    /**
     * Changes a device in the domain's current state, such as the medium of a CD-ROM.
     *
     * <p>Wraps {@code virDomainUpdateDeviceFlags}.
     *
     * @param xml the device's new XML
     * @see #updateDevice(String, Set)
     */
    @Wraps("virDomainUpdateDeviceFlags")
    public void updateDevice(String xml) {
        updateDevice(xml, Set.of());
    }

    /**
     * Changes a device, such as the medium of a CD-ROM or a NIC's link state.
     *
     * <p>Wraps {@code virDomainUpdateDeviceFlags}.
     *
     * @param xml the device's new XML
     * @param flags {@link DomainDeviceModifyFlags#LIVE}, {@link DomainDeviceModifyFlags#CONFIG},
     *     {@link DomainDeviceModifyFlags#FORCE}; empty means the current state
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainUpdateDeviceFlags">virDomainUpdateDeviceFlags</a>
     */
    @Wraps("virDomainUpdateDeviceFlags")
    public void updateDevice(String xml, Set<DomainDeviceModifyFlags> flags) {
        Objects.requireNonNull(xml, "xml");
        int mask = BitFlag.mask(flags);
        callInt("virDomainUpdateDeviceFlags", p -> CDomain.virDomainUpdateDeviceFlags(p, xml, mask));
    }

    /**
     * Reads the domain's title, description or a custom metadata element, from its current state.
     *
     * <p>Wraps {@code virDomainGetMetadata}.
     *
     * @param type what to read
     * @param uri the namespace URI of the element for {@link DomainMetadataType#ELEMENT}; null
     *     otherwise
     * @return the text, or the element's XML
     * @see #getMetadata(DomainMetadataType, String, Set)
     */
    @Wraps("virDomainGetMetadata")
    public String getMetadata(DomainMetadataType type, String uri) {
        return getMetadata(type, uri, Set.of());
    }

    /**
     * Reads the domain's title, description or a custom metadata element.
     *
     * <p>Wraps {@code virDomainGetMetadata}.
     *
     * @param type what to read
     * @param uri the namespace URI of the element for {@link DomainMetadataType#ELEMENT}; null
     *     otherwise
     * @param flags {@link DomainModificationImpact#LIVE} or {@link DomainModificationImpact#CONFIG};
     *     empty means the current state
     * @return the text, or the element's XML
     * @throws LibvirtException with {@link ErrorNumber#NO_DOMAIN_METADATA} when it is not set
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainGetMetadata">virDomainGetMetadata</a>
     */
    @Wraps("virDomainGetMetadata")
    public String getMetadata(DomainMetadataType type, String uri, Set<DomainModificationImpact> flags) {
        int t = metadataType(type, uri);
        int mask = BitFlag.mask(flags);
        return callString("virDomainGetMetadata", p -> CDomain.virDomainGetMetadata(p, t, uri, mask));
    }

    /**
     * Sets or removes the domain's title, description or a custom metadata element, in its
     * current state.
     *
     * <p>Wraps {@code virDomainSetMetadata}.
     *
     * @param type what to set
     * @param metadata the text, or the element's XML; null removes it
     * @param key the prefix for the element's namespace for {@link DomainMetadataType#ELEMENT};
     *     null otherwise
     * @param uri the element's namespace URI for {@link DomainMetadataType#ELEMENT}; null otherwise
     * @see #setMetadata(DomainMetadataType, String, String, String, Set)
     */
    @Wraps("virDomainSetMetadata")
    public void setMetadata(DomainMetadataType type, String metadata, String key, String uri) {
        setMetadata(type, metadata, key, uri, Set.of());
    }

    /**
     * Sets or removes the domain's title, description or a custom metadata element.
     *
     * <p>Wraps {@code virDomainSetMetadata}. A title must be one line.
     *
     * @param type what to set
     * @param metadata the text, or the element's XML (well-formed, in namespace {@code uri}); null
     *     removes it
     * @param key the prefix for the element's namespace for {@link DomainMetadataType#ELEMENT};
     *     null otherwise
     * @param uri the element's namespace URI for {@link DomainMetadataType#ELEMENT}; null otherwise
     * @param flags {@link DomainModificationImpact#LIVE}, {@link DomainModificationImpact#CONFIG}
     *     or both; empty means the current state
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainSetMetadata">virDomainSetMetadata</a>
     */
    @Wraps("virDomainSetMetadata")
    public void setMetadata(DomainMetadataType type, String metadata, String key, String uri,
            Set<DomainModificationImpact> flags) {
        int t = metadataType(type, uri);
        if (type == DomainMetadataType.ELEMENT && metadata != null) {
            Objects.requireNonNull(key, "key is required to set an ELEMENT");
        }
        int mask = BitFlag.mask(flags);
        callInt("virDomainSetMetadata", p -> CDomain.virDomainSetMetadata(p, t, metadata, key, uri, mask));
    }

    /**
     * Tells whether the domain starts when the host boots.
     *
     * <p>Wraps {@code virDomainGetAutostart}.
     *
     * @return true when it autostarts
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainGetAutostart">virDomainGetAutostart</a>
     */
    @Wraps("virDomainGetAutostart")
    public boolean getAutostart() {
        Pointer p = acquire();
        try {
            Pointer out = Scratch.get(Integer.BYTES);
            ErrorCapture.check(CDomain.virDomainGetAutostart(p, out), "virDomainGetAutostart");
            return out.getInt(0) != 0;
        } finally {
            release();
        }
    }

    /**
     * Sets whether the (persistent) domain starts when the host boots.
     *
     * <p>Wraps {@code virDomainSetAutostart}.
     *
     * @param autostart true to start it at boot
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainSetAutostart">virDomainSetAutostart</a>
     */
    @Wraps("virDomainSetAutostart")
    public void setAutostart(boolean autostart) {
        int value = autostart ? 1 : 0;
        callInt("virDomainSetAutostart", p -> CDomain.virDomainSetAutostart(p, value));
    }

    private static int metadataType(DomainMetadataType type, String uri) {
        Objects.requireNonNull(type, "type");
        if (type == DomainMetadataType.UNKNOWN) {
            throw new IllegalArgumentException("type must be DESCRIPTION, TITLE or ELEMENT");
        }
        if (type == DomainMetadataType.ELEMENT) {
            Objects.requireNonNull(uri, "uri is required for an ELEMENT");
        }
        return type.value();
    }
}
