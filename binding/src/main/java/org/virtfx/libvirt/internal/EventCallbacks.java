package org.virtfx.libvirt.internal;

import com.sun.jna.Callback;
import com.sun.jna.Pointer;

/**
 * JNA callback types for libvirt's event, close and authentication callbacks, one per C
 * signature shape (several libvirt typedefs share a shape). Every pointer, including
 * {@code const char *}, is a {@link Pointer}: the binding decodes strings as UTF-8 itself.
 *
 * <p>They live here because this package is opened to JNA, which invokes them reflectively.
 * Whoever passes one to libvirt must keep it strongly reachable until libvirt has run the
 * matching {@code virFreeCallback}: JNA frees the native stub once the Java object is collected.
 */
public final class EventCallbacks {
    private EventCallbacks() {
    }

    /** {@code virFreeCallback}: {@code void (*)(void *opaque)}. */
    public interface Free extends Callback {
        /** @param opaque the registration's opaque pointer */
        void invoke(Pointer opaque);
    }

    /** {@code virEventTimeoutCallback}: {@code void (*)(int timer, void *opaque)}. */
    public interface Timeout extends Callback {
        /** @param timer the timer id @param opaque the opaque pointer */
        void invoke(int timer, Pointer opaque);
    }

    /** {@code virEventHandleCallback}: {@code void (*)(int watch, int fd, int events, void *opaque)}. */
    public interface HandleEvent extends Callback {
        /** @param watch the watch id @param fd the file descriptor @param events the events @param opaque the opaque pointer */
        void invoke(int watch, int fd, int events, Pointer opaque);
    }

    /** {@code virConnectAuthCallbackPtr}: {@code int (*)(virConnectCredentialPtr cred, unsigned int ncred, void *cbdata)}. */
    public interface Auth extends Callback {
        /** @param cred the array @param ncred its length @param cbdata the opaque pointer @return 0, or -1 */
        int invoke(Pointer cred, int ncred, Pointer cbdata);
    }

    /** {@code virConnectCloseFunc}: {@code void (*)(virConnectPtr conn, int reason, void *opaque)}. */
    public interface Close extends Callback {
        /** @param conn the connection @param reason the reason @param opaque the opaque pointer */
        void invoke(Pointer conn, int reason, Pointer opaque);
    }

    /** {@code virConnectDomainEventCallback} (legacy): {@code int (*)(conn, dom, int event, int detail, void *opaque)}. */
    public interface LegacyLifecycle extends Callback {
        /** @param conn c @param dom d @param event e @param detail d @param opaque o @return ignored */
        int invoke(Pointer conn, Pointer dom, int event, int detail, Pointer opaque);
    }

    /** Shape {@code (conn, obj, void *opaque)}: the generic callbacks (reboot, control error, refresh, update, value changed). */
    public interface Generic extends Callback {
        /** @param conn c @param obj the object @param opaque o */
        void invoke(Pointer conn, Pointer obj, Pointer opaque);
    }

    /** Shape {@code (conn, obj, int, int, opaque)}: lifecycle events, agent lifecycle. */
    public interface IntInt extends Callback {
        /** @param conn c @param obj the object @param a first int @param b second int @param opaque o */
        void invoke(Pointer conn, Pointer obj, int a, int b, Pointer opaque);
    }

    /** Shape {@code (conn, dom, int, opaque)}: watchdog, PM wakeup/suspend/suspend-disk, migration iteration. */
    public interface OneInt extends Callback {
        /** @param conn c @param dom d @param a the int @param opaque o */
        void invoke(Pointer conn, Pointer dom, int a, Pointer opaque);
    }

    /** Shape {@code (conn, dom, long long, opaque)}: RTC change, balloon change. */
    public interface OneLong extends Callback {
        /** @param conn c @param dom d @param a the 64-bit value @param opaque o */
        void invoke(Pointer conn, Pointer dom, long a, Pointer opaque);
    }

    /** Shape {@code (conn, dom, const char *, opaque)}: device added/removed/removal failed. */
    public interface Str extends Callback {
        /** @param conn c @param dom d @param s the string @param opaque o */
        void invoke(Pointer conn, Pointer dom, Pointer s, Pointer opaque);
    }

    /** Shape {@code (conn, dom, pointer, int, opaque)}: tray change, tunable and job completed (params, nparams). */
    public interface PtrInt extends Callback {
        /** @param conn c @param dom d @param p the pointer @param a the int @param opaque o */
        void invoke(Pointer conn, Pointer dom, Pointer p, int a, Pointer opaque);
    }

    /** Shape {@code (conn, dom, int, const char *, opaque)}: metadata change. */
    public interface IntStr extends Callback {
        /** @param conn c @param dom d @param a the int @param s the string @param opaque o */
        void invoke(Pointer conn, Pointer dom, int a, Pointer s, Pointer opaque);
    }

    /** Shape {@code (conn, dom, const char *, const char *, int, opaque)}: IO error. */
    public interface StrStrInt extends Callback {
        /** @param conn c @param dom d @param s1 s @param s2 s @param a the int @param opaque o */
        void invoke(Pointer conn, Pointer dom, Pointer s1, Pointer s2, int a, Pointer opaque);
    }

    /** Shape {@code (conn, dom, const char *, const char *, int, const char *, opaque)}: IO error with reason. */
    public interface StrStrIntStr extends Callback {
        /** @param conn c @param dom d @param s1 s @param s2 s @param a the int @param s3 s @param opaque o */
        void invoke(Pointer conn, Pointer dom, Pointer s1, Pointer s2, int a, Pointer s3, Pointer opaque);
    }

    /** Shape {@code (conn, dom, const char *, int, int, opaque)}: block job. */
    public interface StrIntInt extends Callback {
        /** @param conn c @param dom d @param s the string @param a an int @param b an int @param opaque o */
        void invoke(Pointer conn, Pointer dom, Pointer s, int a, int b, Pointer opaque);
    }

    /** Shape {@code (conn, dom, const char *, const char *, const char *, int, opaque)}: disk change. */
    public interface StrStrStrInt extends Callback {
        /** @param conn c @param dom d @param s1 s @param s2 s @param s3 s @param a the int @param opaque o */
        void invoke(Pointer conn, Pointer dom, Pointer s1, Pointer s2, Pointer s3, int a, Pointer opaque);
    }

    /** {@code virConnectDomainEventGraphicsCallback}: {@code (conn, dom, int phase, local, remote, authScheme, subject, opaque)}. */
    public interface Graphics extends Callback {
        /** @param conn c @param dom d @param phase p @param local l @param remote r @param authScheme a @param subject s @param opaque o */
        void invoke(Pointer conn, Pointer dom, int phase, Pointer local, Pointer remote, Pointer authScheme,
                Pointer subject, Pointer opaque);
    }

    /** Shape {@code (conn, dom, const char *, const char *, unsigned long long, unsigned long long, opaque)}: block threshold. */
    public interface StrStrLongLong extends Callback {
        /** @param conn c @param dom d @param s1 s @param s2 s @param a a @param b b @param opaque o */
        void invoke(Pointer conn, Pointer dom, Pointer s1, Pointer s2, long a, long b, Pointer opaque);
    }

    /** Shape {@code (conn, dom, int, int, unsigned int, opaque)}: memory failure. */
    public interface IntIntInt extends Callback {
        /** @param conn c @param dom d @param a a @param b b @param c3 c @param opaque o */
        void invoke(Pointer conn, Pointer dom, int a, int b, int c3, Pointer opaque);
    }

    /** Shape {@code (conn, dom, const char *, unsigned long long, opaque)}: memory device size change. */
    public interface StrLong extends Callback {
        /** @param conn c @param dom d @param s the string @param a the size @param opaque o */
        void invoke(Pointer conn, Pointer dom, Pointer s, long a, Pointer opaque);
    }
}
