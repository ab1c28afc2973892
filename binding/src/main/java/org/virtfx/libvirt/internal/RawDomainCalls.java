package org.virtfx.libvirt.internal;

/**
 * Hand-written direct mappings, with raw addresses ({@code long}) instead of JNA {@code Pointer}s,
 * of the libvirt getters called once per record when decoding {@code virConnectGetAllDomainStats}.
 *
 * <p>JNA passes primitive-only direct-mapped calls without converting arguments; a
 * {@code Pointer} argument costs a conversion per call. Measured here (libvirt 9.0, JNA 5.19,
 * thread CPU time): {@code virDomainGetName} 0.24 µs with a {@code Pointer}, 0.10 µs with a
 * {@code long}; over 1000 records and two calls each that is about 0.3 ms per statistics call.
 * Every other call goes through the generated {@code C*} facades; these duplicate two of their
 * functions on purpose and are used only where {@link #LINKED}.
 */
public final class RawDomainCalls {
    /** Whether the functions below are linked (they are in every libvirt since 0.0.5). */
    public static final boolean LINKED = NativeLibvirt.register(RawDomainCalls.class);

    private RawDomainCalls() {
    }

    /**
     * {@code const char *virDomainGetName(virDomainPtr domain)}.
     *
     * @param domain the {@code virDomainPtr}'s address
     * @return the name's address, owned by the domain; 0 on error
     */
    public static native long virDomainGetName(long domain);

    /**
     * {@code int virDomainGetUUID(virDomainPtr domain, unsigned char *uuid)}.
     *
     * @param domain the {@code virDomainPtr}'s address
     * @param uuid the address of 16 writable bytes
     * @return 0, or -1 on error
     */
    public static native int virDomainGetUUID(long domain, long uuid);
}
