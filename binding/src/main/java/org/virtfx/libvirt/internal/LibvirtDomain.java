package org.virtfx.libvirt.internal;

import com.sun.jna.Pointer;

/**
 * Domain functions of {@code libvirt-domain.h} present since libvirt 0.x (and
 * {@code virConnectListAllDomains}, since 0.9.13). {@code virDomainPtr} is a {@link Pointer}.
 */
public final class LibvirtDomain {
    /** Whether the functions below are linked. */
    public static final boolean LINKED = NativeLibvirt.register(LibvirtDomain.class);

    private LibvirtDomain() {
    }

    /**
     * @param conn the connection
     * @param domains receives a malloc'ed array of domains; the caller frees each and the array
     * @param flags {@code virConnectListAllDomainsFlags}
     * @return the number of domains, or -1
     */
    public static native int virConnectListAllDomains(Pointer conn, Pointer domains, int flags);

    /** @param conn the connection @param name the name @return a domain, or null */
    public static native Pointer virDomainLookupByName(Pointer conn, String name);

    /** @param conn the connection @param uuid the UUID as text @return a domain, or null */
    public static native Pointer virDomainLookupByUUIDString(Pointer conn, String uuid);

    /** @param domain the domain @return 0, or -1 */
    public static native int virDomainFree(Pointer domain);

    /** @param domain the domain @return 0, or -1 */
    public static native int virDomainRef(Pointer domain);

    /** @param domain the domain @return a string owned by the domain (do not free), or null */
    public static native Pointer virDomainGetName(Pointer domain);

    /** @param domain the domain @param buf receives 36 characters and a NUL @return 0, or -1 */
    public static native int virDomainGetUUIDString(Pointer domain, Pointer buf);

    /** @param domain the domain @return the hypervisor ID, or -1 (unsigned) when not running */
    public static native int virDomainGetID(Pointer domain);

    /**
     * @param domain the domain
     * @param state receives a {@code virDomainState}
     * @param reason receives the state's reason, may be null
     * @param flags unused, 0
     * @return 0, or -1
     */
    public static native int virDomainGetState(Pointer domain, Pointer state, Pointer reason, int flags);

    /** @param domain the domain @param info a {@code virDomainInfo} to fill @return 0, or -1 */
    public static native int virDomainGetInfo(Pointer domain, Pointer info);

    /** @param domain the domain @return 0, or -1 */
    public static native int virDomainCreate(Pointer domain);

    /** @param domain the domain @return 0, or -1 */
    public static native int virDomainShutdown(Pointer domain);

    /** @param domain the domain @return 0, or -1 */
    public static native int virDomainDestroy(Pointer domain);

    /** @param domain the domain @return 0, or -1 */
    public static native int virDomainSuspend(Pointer domain);

    /** @param domain the domain @return 0, or -1 */
    public static native int virDomainResume(Pointer domain);
}
