package org.virtfx.libvirt;

import com.sun.jna.Pointer;
import org.virtfx.libvirt.internal.NativeStrings;

/**
 * A network filter bound to a port ({@code virNWFilterBindingPtr}): the filter that applies to
 * one guest interface's host device.
 *
 * <p>Thread-safe. The caller owns the handle and must {@link #close()} it
 * ({@code virNWFilterBindingFree}).
 */
public final class NWFilterBinding extends Handle {

    NWFilterBinding(Pointer pointer) {
        super(pointer, "NWFilterBinding", CNWFilter::virNWFilterBindingFree, p -> NativeStrings.borrowUtf8(CNWFilter.virNWFilterBindingGetPortDev(p)));
    }

    /**
     * Returns a second, independent handle to this binding.
     *
     * <p>Wraps {@code virNWFilterBindingRef}.
     *
     * @return a handle the caller closes on its own
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-nwfilter.html#virNWFilterBindingRef">virNWFilterBindingRef</a>
     */
    @Wraps("virNWFilterBindingRef")
    public NWFilterBinding ref() {
        return call(p -> {
            ErrorCapture.check(CNWFilter.virNWFilterBindingRef(p), "virNWFilterBindingRef");
            return new NWFilterBinding(p);
        });
    }

    /**
     * Returns the host device name of the bound port.
     *
     * <p>Wraps {@code virNWFilterBindingGetPortDev}.
     *
     * @return the port device, such as {@code vnet0}
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-nwfilter.html#virNWFilterBindingGetPortDev">virNWFilterBindingGetPortDev</a>
     */
    @Wraps("virNWFilterBindingGetPortDev")
    public String getPortDev() {
        return DevicesNative.borrowString(this, "virNWFilterBindingGetPortDev", CNWFilter::virNWFilterBindingGetPortDev);
    }

    /**
     * Returns the name of the bound filter.
     *
     * <p>Wraps {@code virNWFilterBindingGetFilterName}.
     *
     * @return the filter's name
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-nwfilter.html#virNWFilterBindingGetFilterName">virNWFilterBindingGetFilterName</a>
     */
    @Wraps("virNWFilterBindingGetFilterName")
    public String getFilterName() {
        return DevicesNative.borrowString(this, "virNWFilterBindingGetFilterName",
                CNWFilter::virNWFilterBindingGetFilterName);
    }

    /**
     * Returns the binding's XML description.
     *
     * <p>Wraps {@code virNWFilterBindingGetXMLDesc}.
     *
     * @return the XML
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-nwfilter.html#virNWFilterBindingGetXMLDesc">virNWFilterBindingGetXMLDesc</a>
     */
    @Wraps("virNWFilterBindingGetXMLDesc")
    public String getXmlDesc() {
        return callString("virNWFilterBindingGetXMLDesc", p -> CNWFilter.virNWFilterBindingGetXMLDesc(p, 0));
    }

    /**
     * Removes the binding, so that the filter no longer applies to the port. This handle stays
     * open and must still be closed.
     *
     * <p>Wraps {@code virNWFilterBindingDelete}.
     *
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-nwfilter.html#virNWFilterBindingDelete">virNWFilterBindingDelete</a>
     */
    @Wraps("virNWFilterBindingDelete")
    public void delete() {
        callInt("virNWFilterBindingDelete", CNWFilter::virNWFilterBindingDelete);
    }
}
