package org.virtfx.libvirt.internal;

import com.sun.jna.Pointer;

/**
 * Connection functions of {@code libvirt-host.h} present since libvirt 0.x. Arguments and
 * results use libvirt's C types: {@code virConnectPtr} is a {@link Pointer}.
 */
public final class LibvirtHost {
    /** Whether the functions below are linked. */
    public static final boolean LINKED = NativeLibvirt.register(LibvirtHost.class);

    private LibvirtHost() {
    }

    /** @param name the URI, or null for the default @return a connection, or null */
    public static native Pointer virConnectOpen(String name);

    /** @param name the URI, or null for the default @return a read-only connection, or null */
    public static native Pointer virConnectOpenReadOnly(String name);

    /** @param conn the connection @return the references left, or -1 */
    public static native int virConnectClose(Pointer conn);

    /** @param conn the connection @return 0, or -1 */
    public static native int virConnectRef(Pointer conn);

    /** @param conn the connection @param hvVer receives the hypervisor version @return 0, or -1 */
    public static native int virConnectGetVersion(Pointer conn, Pointer hvVer);

    /** @param conn the connection @param libVer receives the daemon's libvirt version @return 0, or -1 */
    public static native int virConnectGetLibVersion(Pointer conn, Pointer libVer);

    /** @param conn the connection @return a string the caller frees, or null */
    public static native Pointer virConnectGetHostname(Pointer conn);

    /** @param conn the connection @return a string the caller frees, or null */
    public static native Pointer virConnectGetURI(Pointer conn);

    /** @param conn the connection @return a static string (do not free), or null */
    public static native Pointer virConnectGetType(Pointer conn);

    /** @param conn the connection @return 1 when alive, 0 when not, -1 on error */
    public static native int virConnectIsAlive(Pointer conn);

    /** @param conn the connection @return the number of active domains, or -1 */
    public static native int virConnectNumOfDomains(Pointer conn);
}
