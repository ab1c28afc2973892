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
 * The connection itself: identity, versions, liveness, keepalive, capabilities.
 *
 * <p>One layer of {@link Connect}'s API: the methods are public and reached through
 * {@code Connect}; the class is package-private so that each area of libvirt gets a file of its
 * own. Thread-safe.
 */
abstract class ConnectBase extends Handle {

    ConnectBase(Pointer pointer) {
        super(pointer, "Connect", CHost::virConnectClose,
                p -> NativeStrings.takeUtf8(CHost.virConnectGetURI(p)).orElse("?"));
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
            ErrorCapture.check(CHost.virConnectGetVersion(p, out), "virConnectGetVersion");
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
            ErrorCapture.check(CHost.virConnectGetLibVersion(p, out), "virConnectGetLibVersion");
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
            return NativeStrings.takeUtf8(ErrorCapture.check(CHost.virConnectGetHostname(p),
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
            return NativeStrings.takeUtf8(ErrorCapture.check(CHost.virConnectGetURI(p), "virConnectGetURI"))
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
            return NativeStrings.borrowUtf8(ErrorCapture.check(CHost.virConnectGetType(p), "virConnectGetType"));
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
            return ErrorCapture.check(CHost.virConnectIsAlive(p), "virConnectIsAlive") == 1;
        } finally {
            release();
        }
    }

}
