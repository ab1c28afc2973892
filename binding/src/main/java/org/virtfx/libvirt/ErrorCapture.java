package org.virtfx.libvirt;

import com.sun.jna.Pointer;
import org.virtfx.libvirt.internal.NativeStrings;
import org.virtfx.libvirt.internal.StructLayout;

/**
 * Turns a failed libvirt call into a {@link LibvirtException}: the only place that builds one.
 *
 * <p>libvirt keeps the last error per thread, so it must be copied on the failing thread right
 * after the failing call, before any other libvirt call on that thread replaces it.
 */
final class ErrorCapture {
    // struct _virError, in field order (virterror.h).
    private static final int CODE;
    private static final int DOMAIN;
    private static final int MESSAGE;
    private static final int LEVEL;
    static final int SIZE;

    static {
        StructLayout l = new StructLayout();
        CODE = l.addInt();
        DOMAIN = l.addInt();
        MESSAGE = l.addPointer();
        LEVEL = l.addInt();
        l.addPointer(); // conn, deprecated
        l.addPointer(); // dom, deprecated
        l.addPointer(); // str1
        l.addPointer(); // str2
        l.addPointer(); // str3
        l.addInt(); // int1
        l.addInt(); // int2
        l.addPointer(); // net, deprecated
        SIZE = l.size();
    }

    private ErrorCapture() {
    }

    /**
     * Reads this thread's last libvirt error.
     *
     * <p>Reads libvirt's per-thread error in place ({@code virGetLastError}) rather than copying
     * it ({@code virCopyLastError} duplicates every string, {@code virResetError} frees them
     * again): the struct stays valid until the next libvirt call on this thread, and nothing
     * here makes one. The error is left set; every libvirt API call resets it on entry.
     *
     * @param function the C function that failed
     * @return the exception to throw
     */
    static LibvirtException lastError(String function) {
        Pointer err = CError.virGetLastError();
        if (err == null) {
            // Some drivers fail without setting an error; say so rather than invent a cause.
            return new LibvirtException(function, ErrorNumber.INTERNAL_ERROR.value(), ErrorDomain.NONE.value(),
                    ErrorLevel.ERROR.value(), "failed without an error from libvirt");
        }
        String message = NativeStrings.borrowUtf8(err.getPointer(MESSAGE));
        return new LibvirtException(function, err.getInt(CODE), err.getInt(DOMAIN), err.getInt(LEVEL),
                message == null ? "(no message)" : message);
    }

    /**
     * Builds the error for a function that the installed libvirt does not have, exactly as
     * libvirt reports a function that a driver lacks.
     *
     * @param function the C function
     * @return the exception to throw
     */
    static LibvirtException noSupport(String function) {
        return new LibvirtException(function, ErrorNumber.NO_SUPPORT.value(), ErrorDomain.NONE.value(),
                ErrorLevel.ERROR.value(), "this function is not supported by the installed libvirt library");
    }

    /** @return {@code rc} when it is not negative @throws LibvirtException when it is */
    static int check(int rc, String function) {
        if (rc < 0) {
            throw lastError(function);
        }
        return rc;
    }

    /** @return {@code p} when it is not null @throws LibvirtException when it is */
    static Pointer check(Pointer p, String function) {
        if (p == null) {
            throw lastError(function);
        }
        return p;
    }
}
