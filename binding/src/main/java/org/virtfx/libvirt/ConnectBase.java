package org.virtfx.libvirt;

import com.sun.jna.Pointer;
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

    private final EventRegistrations registrations;

    ConnectBase(Pointer pointer) {
        this(pointer, new EventRegistrations());
    }

    private ConnectBase(Pointer pointer, EventRegistrations registrations) {
        // Closing the handle first deregisters its event listeners: each registration holds a
        // reference to the connection in libvirt, so it would never be freed otherwise.
        super(pointer, "Connect", p -> {
            registrations.closeAll(p);
            return CHost.virConnectClose(p);
        }, p -> NativeStrings.takeUtf8(CHost.virConnectGetURI(p)).orElse("?"));
        registrations.bind(pointer);
        this.registrations = registrations;
    }

    /** @return the event registrations made through this handle */
    final EventRegistrations registrations() {
        return registrations;
    }
    /**
     * Returns the hypervisor's version.
     *
     * <p>Wraps {@code virConnectGetVersion}.
     *
     * @return major * 1,000,000 + minor * 1000 + release
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-host.html#virConnectGetVersion">virConnectGetVersion</a>
     */
    @Wraps("virConnectGetVersion")
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
    @Wraps("virConnectGetLibVersion")
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
    @Wraps("virConnectGetHostname")
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
    @Wraps("virConnectGetURI")
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
    @Wraps("virConnectGetType")
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
    @Wraps("virConnectIsAlive")
    public boolean isAlive() {
        Pointer p = acquire();
        try {
            return ErrorCapture.check(CHost.virConnectIsAlive(p), "virConnectIsAlive") == 1;
        } finally {
            release();
        }
    }


    /**
     * Tells whether the connection is encrypted (TLS or SASL with encryption).
     *
     * <p>Wraps {@code virConnectIsEncrypted}.
     *
     * @return true when encrypted
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-host.html#virConnectIsEncrypted">virConnectIsEncrypted</a>
     */
    @Wraps("virConnectIsEncrypted")
    public boolean isEncrypted() {
        return callInt("virConnectIsEncrypted", CHost::virConnectIsEncrypted) == 1;
    }

    /**
     * Tells whether the connection is secure: encrypted, or over a channel that cannot be
     * snooped (a local UNIX socket, an in-process driver).
     *
     * <p>Wraps {@code virConnectIsSecure}.
     *
     * @return true when secure
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-host.html#virConnectIsSecure">virConnectIsSecure</a>
     */
    @Wraps("virConnectIsSecure")
    public boolean isSecure() {
        return callInt("virConnectIsSecure", CHost::virConnectIsSecure) == 1;
    }

    /**
     * Starts keepalive messages on a remote connection: after {@code count} unanswered messages
     * sent every {@code interval} seconds the connection is closed (and the close callback runs).
     * Needs a running {@link EventLoop}.
     *
     * <p>Wraps {@code virConnectSetKeepAlive}.
     *
     * @param interval seconds between messages; 0 or less disables keepalive
     * @param count how many may go unanswered; 0 closes the connection after one interval
     * @return true when keepalive runs, false when the other side does not support it
     * @throws LibvirtException when the driver has no keepalive (local drivers)
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-host.html#virConnectSetKeepAlive">virConnectSetKeepAlive</a>
     */
    @Wraps("virConnectSetKeepAlive")
    public boolean setKeepAlive(int interval, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("negative count: " + count);
        }
        return callInt("virConnectSetKeepAlive", p -> CHost.virConnectSetKeepAlive(p, interval, count)) == 0;
    }

    /**
     * Returns the hypervisor's and host's capabilities as XML.
     *
     * <p>Wraps {@code virConnectGetCapabilities}.
     *
     * @return the capabilities document
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-host.html#virConnectGetCapabilities">virConnectGetCapabilities</a>
     */
    @Wraps("virConnectGetCapabilities")
    public String getCapabilities() {
        return callString("virConnectGetCapabilities", CHost::virConnectGetCapabilities);
    }

    /**
     * Returns the host's SMBIOS/system information as XML.
     *
     * <p>Wraps {@code virConnectGetSysinfo}.
     *
     * @return the {@code <sysinfo>} document
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-host.html#virConnectGetSysinfo">virConnectGetSysinfo</a>
     */
    @Wraps("virConnectGetSysinfo")
    public String getSysinfo() {
        return callString("virConnectGetSysinfo", p -> CHost.virConnectGetSysinfo(p, 0));
    }

    /**
     * Returns the most virtual CPUs one guest of this type may have.
     *
     * <p>Wraps {@code virConnectGetMaxVcpus}.
     *
     * @param type the guest type as in the domain XML's {@code type} attribute (e.g. {@code kvm}),
     *        or null for the driver's default
     * @return the maximum
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-host.html#virConnectGetMaxVcpus">virConnectGetMaxVcpus</a>
     */
    @Wraps("virConnectGetMaxVcpus")
    public int getMaxVcpus(String type) {
        return callInt("virConnectGetMaxVcpus", p -> CHost.virConnectGetMaxVcpus(p, type));
    }

    /**
     * Tells a daemon whose identity to act with (only for privileged clients of a daemon that
     * allows it). Field names are the {@code VIR_CONNECT_IDENTITY_*} constants, e.g.
     * {@code user-name} (STRING), {@code unix-user-id} (ULLONG), {@code process-id} (LLONG).
     *
     * <p>Wraps {@code virConnectSetIdentity}.
     *
     * @param params the identity
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-host.html#virConnectSetIdentity">virConnectSetIdentity</a>
     */
    @Wraps("virConnectSetIdentity")
    public void setIdentity(TypedParams params) {
        java.util.Objects.requireNonNull(params, "params");
        try (TypedParamsCodec.Packed packed = TypedParamsCodec.pack(params)) {
            callInt("virConnectSetIdentity",
                    p -> CHost.virConnectSetIdentity(p, packed.pointer(), packed.count(), 0));
        }
    }
}
