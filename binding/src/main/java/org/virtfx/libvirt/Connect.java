package org.virtfx.libvirt;

import com.sun.jna.Pointer;
import java.util.Set;

/**
 * A connection to a hypervisor ({@code virConnectPtr}).
 *
 * <p>Thread-safe: libvirt allows concurrent calls on one connection. The caller owns the handle
 * and must {@link #close()} it; handles it returns (domains) are independent and closed on their
 * own.
 *
 * @see <a href="https://libvirt.org/html/libvirt-libvirt-host.html">libvirt-host</a>
 */
public final class Connect extends ConnectEvents {

    private Connect(Pointer pointer) {
        super(pointer);
    }

    /**
     * Makes a new, independent handle for a connection pointer that libvirt lends (the
     * {@code virXGetConnect} calls add no reference): takes a reference first.
     *
     * @param lent the lent pointer
     * @return a handle the caller closes
     */
    static Connect borrowed(Pointer lent) {
        ErrorCapture.check(CHost.virConnectRef(lent), "virConnectRef");
        return new Connect(lent);
    }

    /**
     * Opens a connection.
     *
     * <p>Wraps {@code virConnectOpen}.
     *
     * @param uri the hypervisor URI, e.g. {@code qemu:///system} or {@code test:///path/to/file.xml}
     * @return the connection; the caller closes it
     * @throws LibvirtException when libvirt cannot connect
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-host.html#virConnectOpen">virConnectOpen</a>
     */
    @Wraps("virConnectOpen")
    public static Connect open(String uri) {
        Libvirt.requireAvailable("virConnectOpen");
        Libvirt.guard();
        return new Connect(ErrorCapture.check(CHost.virConnectOpen(uri), "virConnectOpen"));
    }

    /**
     * Opens a read-only connection.
     *
     * <p>Wraps {@code virConnectOpenReadOnly}.
     *
     * @param uri the hypervisor URI
     * @return the connection; the caller closes it
     * @throws LibvirtException when libvirt cannot connect
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-host.html#virConnectOpenReadOnly">virConnectOpenReadOnly</a>
     */
    @Wraps("virConnectOpenReadOnly")
    public static Connect openReadOnly(String uri) {
        Libvirt.requireAvailable("virConnectOpenReadOnly");
        Libvirt.guard();
        return new Connect(ErrorCapture.check(CHost.virConnectOpenReadOnly(uri), "virConnectOpenReadOnly"));
    }

    /**
     * Opens a read-write connection, answering libvirt's questions with a Java callback.
     *
     * @param uri the hypervisor URI
     * @param auth the credential types offered and the callback that answers them
     * @return the connection; the caller closes it
     * @see #openAuth(String, ConnectAuth, Set)
     */
    public static Connect openAuth(String uri, ConnectAuth auth) {
        return openAuth(uri, auth, Set.of());
    }

    /**
     * Opens a connection, answering libvirt's questions (user name, password, ...) with a Java
     * callback.
     *
     * <p>Wraps {@code virConnectOpenAuth}.
     *
     * @param uri the hypervisor URI
     * @param auth the credential types offered and the callback that answers them; it runs on
     *        this thread during the call
     * @param flags {@link ConnectFlags#RO} for a read-only connection
     * @return the connection; the caller closes it
     * @throws LibvirtException when libvirt cannot connect or authentication fails
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-host.html#virConnectOpenAuth">virConnectOpenAuth</a>
     */
    @Wraps("virConnectOpenAuth")
    public static Connect openAuth(String uri, ConnectAuth auth, Set<ConnectFlags> flags) {
        java.util.Objects.requireNonNull(auth, "auth");
        Libvirt.requireAvailable("virConnectOpenAuth");
        Libvirt.guard();
        return new Connect(auth.withNative(a -> ErrorCapture.check(CHost.virConnectOpenAuth(uri, a,
                BitFlag.mask(flags)), "virConnectOpenAuth")));
    }

    /**
     * Returns a second, independent handle to this connection.
     *
     * <p>Wraps {@code virConnectRef}.
     *
     * @return a handle the caller closes on its own
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-host.html#virConnectRef">virConnectRef</a>
     */
    @Wraps("virConnectRef")
    public Connect ref() {
        Pointer p = acquire();
        try {
            ErrorCapture.check(CHost.virConnectRef(p), "virConnectRef");
            return new Connect(p);
        } finally {
            release();
        }
    }

}
