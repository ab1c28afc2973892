package org.virtfx.libvirt;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.virtfx.libvirt.internal.LibvirtDomain;
import org.virtfx.libvirt.internal.LibvirtHost;
import org.virtfx.libvirt.internal.NativeStrings;
import org.virtfx.libvirt.internal.Scratch;
import org.virtfx.libvirt.internal.StructLayout;

/**
 * A connection to a hypervisor ({@code virConnectPtr}).
 *
 * <p>Thread-safe: libvirt allows concurrent calls on one connection. The caller owns the handle
 * and must {@link #close()} it; handles it returns (domains) are independent and closed on their
 * own.
 *
 * @see <a href="https://libvirt.org/html/libvirt-libvirt-host.html">libvirt-host</a>
 */
public final class Connect extends Handle {

    private Connect(Pointer pointer) {
        super(pointer, "Connect", LibvirtHost::virConnectClose,
                p -> NativeStrings.takeUtf8(LibvirtHost.virConnectGetURI(p)).orElse("?"));
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
    public static Connect open(String uri) {
        Libvirt.requireAvailable("virConnectOpen");
        Libvirt.guard();
        return new Connect(ErrorCapture.check(LibvirtHost.virConnectOpen(uri), "virConnectOpen"));
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
    public static Connect openReadOnly(String uri) {
        Libvirt.requireAvailable("virConnectOpenReadOnly");
        Libvirt.guard();
        return new Connect(ErrorCapture.check(LibvirtHost.virConnectOpenReadOnly(uri), "virConnectOpenReadOnly"));
    }

    /**
     * Returns a second, independent handle to this connection.
     *
     * <p>Wraps {@code virConnectRef}.
     *
     * @return a handle the caller closes on its own
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-host.html#virConnectRef">virConnectRef</a>
     */
    public Connect ref() {
        Pointer p = acquire();
        try {
            ErrorCapture.check(LibvirtHost.virConnectRef(p), "virConnectRef");
            return new Connect(p);
        } finally {
            release();
        }
    }

    /**
     * Returns the hypervisor's version.
     *
     * <p>Wraps {@code virConnectGetVersion}.
     *
     * @return major * 1,000,000 + minor * 1000 + release
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-host.html#virConnectGetVersion">virConnectGetVersion</a>
     */
    public long getVersion() {
        Pointer p = acquire();
        try {
            Pointer out = Scratch.get(8);
            ErrorCapture.check(LibvirtHost.virConnectGetVersion(p, out), "virConnectGetVersion");
            return StructLayout.readUnsignedLong(out, 0);
        } finally {
            release();
        }
    }

    /**
     * Returns the libvirt version of the daemon (or library) serving this connection.
     *
     * <p>Wraps {@code virConnectGetLibVersion}.
     *
     * @return major * 1,000,000 + minor * 1000 + release
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-host.html#virConnectGetLibVersion">virConnectGetLibVersion</a>
     */
    public long getLibVersion() {
        Pointer p = acquire();
        try {
            Pointer out = Scratch.get(8);
            ErrorCapture.check(LibvirtHost.virConnectGetLibVersion(p, out), "virConnectGetLibVersion");
            return StructLayout.readUnsignedLong(out, 0);
        } finally {
            release();
        }
    }

    /**
     * Returns the host name of the hypervisor's machine.
     *
     * <p>Wraps {@code virConnectGetHostname}.
     *
     * @return the host name
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-host.html#virConnectGetHostname">virConnectGetHostname</a>
     */
    public String getHostname() {
        Pointer p = acquire();
        try {
            return NativeStrings.takeUtf8(ErrorCapture.check(LibvirtHost.virConnectGetHostname(p),
                    "virConnectGetHostname")).orElseThrow();
        } finally {
            release();
        }
    }

    /**
     * Returns the canonical URI of this connection.
     *
     * <p>Wraps {@code virConnectGetURI}.
     *
     * @return the URI
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-host.html#virConnectGetURI">virConnectGetURI</a>
     */
    public String getUri() {
        Pointer p = acquire();
        try {
            return NativeStrings.takeUtf8(ErrorCapture.check(LibvirtHost.virConnectGetURI(p), "virConnectGetURI"))
                    .orElseThrow();
        } finally {
            release();
        }
    }

    /**
     * Returns the hypervisor driver's name, such as {@code QEMU} or {@code TEST}.
     *
     * <p>Wraps {@code virConnectGetType}.
     *
     * @return the driver name
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-host.html#virConnectGetType">virConnectGetType</a>
     */
    public String getType() {
        Pointer p = acquire();
        try {
            return NativeStrings.borrowUtf8(ErrorCapture.check(LibvirtHost.virConnectGetType(p), "virConnectGetType"));
        } finally {
            release();
        }
    }

    /**
     * Tells whether the connection is still usable (for remote ones: the link is up).
     *
     * <p>Wraps {@code virConnectIsAlive}.
     *
     * @return true when alive
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-host.html#virConnectIsAlive">virConnectIsAlive</a>
     */
    public boolean isAlive() {
        Pointer p = acquire();
        try {
            return ErrorCapture.check(LibvirtHost.virConnectIsAlive(p), "virConnectIsAlive") == 1;
        } finally {
            release();
        }
    }

    /**
     * Counts the active domains.
     *
     * <p>Wraps {@code virConnectNumOfDomains}.
     *
     * @return the number of running or paused domains
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virConnectNumOfDomains">virConnectNumOfDomains</a>
     */
    public int numOfDomains() {
        Pointer p = acquire();
        try {
            return ErrorCapture.check(LibvirtHost.virConnectNumOfDomains(p), "virConnectNumOfDomains");
        } finally {
            release();
        }
    }

    /**
     * Lists every domain, active and inactive.
     *
     * @return the domains; the caller closes the list
     * @see #listAllDomains(Set)
     */
    public HandleList<Domain> listAllDomains() {
        return listAllDomains(Set.of());
    }

    /**
     * Lists the domains that match the filters.
     *
     * <p>Wraps {@code virConnectListAllDomains}.
     *
     * @param flags filters; an empty set lists all
     * @return the domains; the caller closes the list
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virConnectListAllDomains">virConnectListAllDomains</a>
     */
    public HandleList<Domain> listAllDomains(Set<ConnectListAllDomainsFlags> flags) {
        Pointer p = acquire();
        try {
            Pointer out = Scratch.get(Native.POINTER_SIZE);
            int n = ErrorCapture.check(LibvirtDomain.virConnectListAllDomains(p, out, BitFlag.mask(flags)),
                    "virConnectListAllDomains");
            Pointer array = out.getPointer(0);
            List<Domain> domains = new ArrayList<>(n);
            try {
                for (int i = 0; i < n; i++) {
                    domains.add(new Domain(array.getPointer((long) i * Native.POINTER_SIZE)));
                }
            } finally {
                if (array != null) {
                    Native.free(Pointer.nativeValue(array));
                }
            }
            return new HandleList<>(domains);
        } finally {
            release();
        }
    }

    /**
     * Finds a domain by name.
     *
     * <p>Wraps {@code virDomainLookupByName}.
     *
     * @param name the domain's name
     * @return the domain; the caller closes it
     * @throws LibvirtException with {@link ErrorNumber#NO_DOMAIN} when there is none
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainLookupByName">virDomainLookupByName</a>
     */
    public Domain lookupDomainByName(String name) {
        Pointer p = acquire();
        try {
            return new Domain(ErrorCapture.check(LibvirtDomain.virDomainLookupByName(p, name), "virDomainLookupByName"));
        } finally {
            release();
        }
    }

    /**
     * Finds a domain by UUID.
     *
     * <p>Wraps {@code virDomainLookupByUUIDString}.
     *
     * @param uuid the UUID as text, e.g. {@code 6695eb01-f6a4-8304-79aa-97f2502e193f}
     * @return the domain; the caller closes it
     * @throws LibvirtException with {@link ErrorNumber#NO_DOMAIN} when there is none
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainLookupByUUIDString">virDomainLookupByUUIDString</a>
     */
    public Domain lookupDomainByUuidString(String uuid) {
        Pointer p = acquire();
        try {
            return new Domain(ErrorCapture.check(LibvirtDomain.virDomainLookupByUUIDString(p, uuid),
                    "virDomainLookupByUUIDString"));
        } finally {
            release();
        }
    }
}
