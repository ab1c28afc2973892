package org.virtfx.libvirt;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.virtfx.libvirt.internal.NativeStrings;
import org.virtfx.libvirt.internal.Scratch;
import org.virtfx.libvirt.internal.StructLayout;

/**
 * Domains: counting, listing, lookup, definition, creation, capabilities.
 *
 * <p>One layer of {@link Connect}'s API: the methods are public and reached through
 * {@code Connect}; the class is package-private so that each area of libvirt gets a file of its
 * own. Thread-safe.
 */
abstract class ConnectDomains extends ConnectNode {

    ConnectDomains(Pointer pointer) {
        super(pointer);
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
            return ErrorCapture.check(CDomain.virConnectNumOfDomains(p), "virConnectNumOfDomains");
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
            int n = ErrorCapture.check(CDomain.virConnectListAllDomains(p, out, BitFlag.mask(flags)),
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
            return new Domain(ErrorCapture.check(CDomain.virDomainLookupByName(p, name), "virDomainLookupByName"));
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
            return new Domain(ErrorCapture.check(CDomain.virDomainLookupByUUIDString(p, uuid),
                    "virDomainLookupByUUIDString"));
        } finally {
            release();
        }
    }
}
