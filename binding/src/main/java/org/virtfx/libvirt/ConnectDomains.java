package org.virtfx.libvirt;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.virtfx.libvirt.internal.Scratch;

/**
 * Domains: counting, listing and lookup (definition and creation are in
 * {@link ConnectDomainDefine}).
 *
 * <p>One layer of {@link Connect}'s API: the methods are public and reached through
 * {@code Connect}; the class is package-private so that each area of libvirt gets a file of its
 * own. Thread-safe.
 */
abstract class ConnectDomains extends ConnectDomainDefine {

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
    @Wraps("virConnectNumOfDomains")
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
     * <p>Wraps {@code virConnectListAllDomains}.
     *
     * @return the domains; the caller closes the list
     * @see #listAllDomains(Set)
     */
    @Wraps("virConnectListAllDomains")
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
    @Wraps("virConnectListAllDomains")
    public HandleList<Domain> listAllDomains(Set<ConnectListAllDomainsFlags> flags) {
        int mask = BitFlag.mask(flags);
        Pointer p = acquire();
        try {
            Pointer out = Scratch.get(Native.POINTER_SIZE);
            int n = ErrorCapture.check(CDomain.virConnectListAllDomains(p, out, mask), "virConnectListAllDomains");
            return HandleArrays.take(out.getPointer(0), n, Domain::new);
        } finally {
            release();
        }
    }

    /**
     * Counts the defined domains that are not running.
     *
     * <p>Wraps {@code virConnectNumOfDefinedDomains}.
     *
     * @return the number of inactive domains
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virConnectNumOfDefinedDomains">virConnectNumOfDefinedDomains</a>
     */
    @Wraps("virConnectNumOfDefinedDomains")
    public int numOfDefinedDomains() {
        return callInt("virConnectNumOfDefinedDomains", CDomain::virConnectNumOfDefinedDomains);
    }

    /**
     * Returns the IDs of the active domains (legacy: prefer {@link #listAllDomains()}).
     *
     * <p>Wraps {@code virConnectNumOfDomains} and {@code virConnectListDomains}. Racy by nature: a
     * domain started between the two calls may be missing.
     *
     * @return the IDs
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virConnectListDomains">virConnectListDomains</a>
     */
    @Wraps({"virConnectNumOfDomains", "virConnectListDomains"})
    public int[] listDomains() {
        Pointer p = acquire();
        try {
            int max = ErrorCapture.check(CDomain.virConnectNumOfDomains(p), "virConnectNumOfDomains");
            try (Memory ids = new Memory((long) Math.max(max, 1) * Integer.BYTES)) {
                int n = ErrorCapture.check(CDomain.virConnectListDomains(p, ids, max), "virConnectListDomains");
                return ids.getIntArray(0, n);
            }
        } finally {
            release();
        }
    }

    /**
     * Returns the names of the defined domains that are not running (legacy: prefer
     * {@link #listAllDomains(Set)} with {@link ConnectListAllDomainsFlags#INACTIVE}).
     *
     * <p>Wraps {@code virConnectNumOfDefinedDomains} and {@code virConnectListDefinedDomains}.
     *
     * @return the names
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virConnectListDefinedDomains">virConnectListDefinedDomains</a>
     */
    @Wraps({"virConnectNumOfDefinedDomains", "virConnectListDefinedDomains"})
    public List<String> listDefinedDomains() {
        Pointer p = acquire();
        try {
            int max = ErrorCapture.check(CDomain.virConnectNumOfDefinedDomains(p), "virConnectNumOfDefinedDomains");
            try (Memory names = new Memory((long) Math.max(max, 1) * Native.POINTER_SIZE)) {
                names.clear();
                int n = ErrorCapture.check(CDomain.virConnectListDefinedDomains(p, names, max),
                        "virConnectListDefinedDomains");
                return HandleArrays.takeNames(names, n);
            }
        } finally {
            release();
        }
    }

    /**
     * Finds a running domain by its hypervisor ID.
     *
     * <p>Wraps {@code virDomainLookupByID}.
     *
     * @param id the ID, as {@link Domain#getId()} gives it
     * @return the domain; the caller closes it
     * @throws LibvirtException with {@link ErrorNumber#NO_DOMAIN} when there is none
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainLookupByID">virDomainLookupByID</a>
     */
    @Wraps("virDomainLookupByID")
    public Domain lookupDomainById(int id) {
        Pointer p = acquire();
        try {
            return new Domain(ErrorCapture.check(CDomain.virDomainLookupByID(p, id), "virDomainLookupByID"));
        } finally {
            release();
        }
    }

    /**
     * Finds a domain by its raw UUID.
     *
     * <p>Wraps {@code virDomainLookupByUUID}.
     *
     * @param uuid the 16 bytes of the UUID, as {@link Domain#getUuid()} gives them
     * @return the domain; the caller closes it
     * @throws IllegalArgumentException when {@code uuid} does not have 16 bytes
     * @throws LibvirtException with {@link ErrorNumber#NO_DOMAIN} when there is none
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainLookupByUUID">virDomainLookupByUUID</a>
     */
    @Wraps("virDomainLookupByUUID")
    public Domain lookupDomainByUuid(byte[] uuid) {
        try (Memory raw = Uuids.memory(uuid)) {
            Pointer p = acquire();
            try {
                return new Domain(ErrorCapture.check(CDomain.virDomainLookupByUUID(p, raw), "virDomainLookupByUUID"));
            } finally {
                release();
            }
        }
    }

    /**
     * Finds a domain by UUID.
     *
     * <p>Wraps {@code virDomainLookupByUUID}.
     *
     * @param uuid the UUID
     * @return the domain; the caller closes it
     * @throws LibvirtException with {@link ErrorNumber#NO_DOMAIN} when there is none
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainLookupByUUID">virDomainLookupByUUID</a>
     */
    @Wraps("virDomainLookupByUUID")
    public Domain lookupDomainByUuid(UUID uuid) {
        return lookupDomainByUuid(Uuids.toBytes(uuid));
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
    @Wraps("virDomainLookupByName")
    public Domain lookupDomainByName(String name) {
        Objects.requireNonNull(name, "name");
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
    @Wraps("virDomainLookupByUUIDString")
    public Domain lookupDomainByUuidString(String uuid) {
        Objects.requireNonNull(uuid, "uuid");
        Pointer p = acquire();
        try {
            return new Domain(ErrorCapture.check(CDomain.virDomainLookupByUUIDString(p, uuid),
                    "virDomainLookupByUUIDString"));
        } finally {
            release();
        }
    }
}
