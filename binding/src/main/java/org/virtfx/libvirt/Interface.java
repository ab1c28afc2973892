package org.virtfx.libvirt;

import com.sun.jna.Pointer;
import java.util.Set;
import org.virtfx.libvirt.internal.NativeStrings;

/**
 * A host network interface ({@code virInterfacePtr}), as libvirt's interface driver (netcf or
 * udev) sees it.
 *
 * <p>Thread-safe. The caller owns the handle and must {@link #close()} it.
 *
 * @see <a href="https://libvirt.org/html/libvirt-libvirt-interface.html">libvirt-interface</a>
 */
public final class Interface extends Handle {

    Interface(Pointer pointer) {
        super(pointer, "Interface", CInterface::virInterfaceFree, p -> NativeStrings.borrowUtf8(CInterface.virInterfaceGetName(p)));
    }

    /**
     * Returns a second, independent handle to this interface.
     *
     * <p>Wraps {@code virInterfaceRef}.
     *
     * @return a handle the caller closes on its own
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-interface.html#virInterfaceRef">virInterfaceRef</a>
     */
    @Wraps("virInterfaceRef")
    public Interface ref() {
        return call(p -> {
            ErrorCapture.check(CInterface.virInterfaceRef(p), "virInterfaceRef");
            return new Interface(p);
        });
    }

    /**
     * Returns the interface's name, such as {@code eth0}.
     *
     * <p>Wraps {@code virInterfaceGetName}.
     *
     * @return the name
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-interface.html#virInterfaceGetName">virInterfaceGetName</a>
     */
    @Wraps("virInterfaceGetName")
    public String getName() {
        return call(p -> NativeStrings.borrowUtf8(ErrorCapture.check(CInterface.virInterfaceGetName(p),
                "virInterfaceGetName")));
    }

    /**
     * Returns the interface's MAC address.
     *
     * <p>Wraps {@code virInterfaceGetMACString}.
     *
     * @return the MAC address as text, such as {@code 52:54:00:aa:bb:cc}; may be empty for
     *     interfaces without one (e.g. loopback)
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-interface.html#virInterfaceGetMACString">virInterfaceGetMACString</a>
     */
    @Wraps("virInterfaceGetMACString")
    public String getMacString() {
        return call(p -> NativeStrings.borrowUtf8(ErrorCapture.check(CInterface.virInterfaceGetMACString(p),
                "virInterfaceGetMACString")));
    }

    /**
     * Returns the interface's XML description.
     *
     * @return the XML of its current state
     * @see #getXmlDesc(Set)
     */
    public String getXmlDesc() {
        return getXmlDesc(Set.of());
    }

    /**
     * Returns the interface's XML description.
     *
     * <p>Wraps {@code virInterfaceGetXMLDesc}.
     *
     * @param flags {@link InterfaceXMLFlags#INACTIVE} for the configuration used at its next start
     * @return the XML
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-interface.html#virInterfaceGetXMLDesc">virInterfaceGetXMLDesc</a>
     */
    @Wraps("virInterfaceGetXMLDesc")
    public String getXmlDesc(Set<InterfaceXMLFlags> flags) {
        int mask = BitFlag.mask(flags);
        return callString("virInterfaceGetXMLDesc", p -> CInterface.virInterfaceGetXMLDesc(p, mask));
    }

    /**
     * Tells whether the interface is up.
     *
     * <p>Wraps {@code virInterfaceIsActive}.
     *
     * @return true when active
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-interface.html#virInterfaceIsActive">virInterfaceIsActive</a>
     */
    @Wraps("virInterfaceIsActive")
    public boolean isActive() {
        return callInt("virInterfaceIsActive", CInterface::virInterfaceIsActive) == 1;
    }

    /**
     * Brings a defined interface up.
     *
     * <p>Wraps {@code virInterfaceCreate}.
     *
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-interface.html#virInterfaceCreate">virInterfaceCreate</a>
     */
    @Wraps("virInterfaceCreate")
    public void create() {
        callInt("virInterfaceCreate", p -> CInterface.virInterfaceCreate(p, 0));
    }

    /**
     * Takes the interface down; its definition stays.
     *
     * <p>Wraps {@code virInterfaceDestroy}.
     *
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-interface.html#virInterfaceDestroy">virInterfaceDestroy</a>
     */
    @Wraps("virInterfaceDestroy")
    public void destroy() {
        callInt("virInterfaceDestroy", p -> CInterface.virInterfaceDestroy(p, 0));
    }

    /**
     * Removes the interface's definition. The handle stays valid until closed.
     *
     * <p>Wraps {@code virInterfaceUndefine}.
     *
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-interface.html#virInterfaceUndefine">virInterfaceUndefine</a>
     */
    @Wraps("virInterfaceUndefine")
    public void undefine() {
        callInt("virInterfaceUndefine", CInterface::virInterfaceUndefine);
    }

    /**
     * Returns the connection this interface belongs to, as a new handle.
     *
     * <p>Wraps {@code virInterfaceGetConnect} (and {@code virConnectRef}, since libvirt lends the pointer).
     *
     * @return the connection; the caller closes it
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-interface.html#virInterfaceGetConnect">virInterfaceGetConnect</a>
     */
    @Wraps("virInterfaceGetConnect")
    public Connect getConnect() {
        return call(p -> Connect.borrowed(ErrorCapture.check(CInterface.virInterfaceGetConnect(p), "virInterfaceGetConnect")));
    }
}
