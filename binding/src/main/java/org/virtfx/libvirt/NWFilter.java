package org.virtfx.libvirt;

import com.sun.jna.Pointer;
import java.util.UUID;
import org.virtfx.libvirt.internal.NativeStrings;

/**
 * A network filter ({@code virNWFilterPtr}): a named set of firewall rules that guests' network
 * interfaces refer to.
 *
 * <p>Thread-safe. The caller owns the handle and must {@link #close()} it ({@code virNWFilterFree}).
 */
public final class NWFilter extends Handle {

    NWFilter(Pointer pointer) {
        super(pointer, "NWFilter", CNWFilter::virNWFilterFree, p -> NativeStrings.borrowUtf8(CNWFilter.virNWFilterGetName(p)));
    }

    /**
     * Returns a second, independent handle to this filter.
     *
     * <p>Wraps {@code virNWFilterRef}.
     *
     * @return a handle the caller closes on its own
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-nwfilter.html#virNWFilterRef">virNWFilterRef</a>
     */
    @Wraps("virNWFilterRef")
    public NWFilter ref() {
        return call(p -> {
            ErrorCapture.check(CNWFilter.virNWFilterRef(p), "virNWFilterRef");
            return new NWFilter(p);
        });
    }

    /**
     * Returns the filter's name.
     *
     * <p>Wraps {@code virNWFilterGetName}.
     *
     * @return the name
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-nwfilter.html#virNWFilterGetName">virNWFilterGetName</a>
     */
    @Wraps("virNWFilterGetName")
    public String getName() {
        return DevicesNative.borrowString(this, "virNWFilterGetName", CNWFilter::virNWFilterGetName);
    }

    /**
     * Returns the filter's UUID.
     *
     * <p>Wraps {@code virNWFilterGetUUID}.
     *
     * @return the UUID
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-nwfilter.html#virNWFilterGetUUID">virNWFilterGetUUID</a>
     */
    @Wraps("virNWFilterGetUUID")
    public UUID getUuid() {
        return DevicesNative.getRawUuid(this, "virNWFilterGetUUID", CNWFilter::virNWFilterGetUUID);
    }

    /**
     * Returns the filter's UUID as text.
     *
     * <p>Wraps {@code virNWFilterGetUUIDString}.
     *
     * @return the UUID, 36 characters
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-nwfilter.html#virNWFilterGetUUIDString">virNWFilterGetUUIDString</a>
     */
    @Wraps("virNWFilterGetUUIDString")
    public String getUuidString() {
        return DevicesNative.getUuidString(this, "virNWFilterGetUUIDString", CNWFilter::virNWFilterGetUUIDString);
    }

    /**
     * Returns the filter's XML description.
     *
     * <p>Wraps {@code virNWFilterGetXMLDesc}.
     *
     * @return the XML
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-nwfilter.html#virNWFilterGetXMLDesc">virNWFilterGetXMLDesc</a>
     */
    @Wraps("virNWFilterGetXMLDesc")
    public String getXmlDesc() {
        return callString("virNWFilterGetXMLDesc", p -> CNWFilter.virNWFilterGetXMLDesc(p, 0));
    }

    /**
     * Deletes the filter's definition. This handle stays open and must still be closed.
     *
     * <p>Wraps {@code virNWFilterUndefine}.
     *
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-nwfilter.html#virNWFilterUndefine">virNWFilterUndefine</a>
     */
    @Wraps("virNWFilterUndefine")
    public void undefine() {
        callInt("virNWFilterUndefine", CNWFilter::virNWFilterUndefine);
    }
}
