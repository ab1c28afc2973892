package org.virtfx.libvirt;

import com.sun.jna.Pointer;
import java.util.Set;
import org.virtfx.libvirt.internal.NativeStrings;
import org.virtfx.libvirt.internal.Scratch;
import org.virtfx.libvirt.internal.StructLayout;

/**
 * A domain's identity, state, XML and basic lifecycle (more lifecycle calls, with flags, are in
 * {@link DomainLifecycleOps}).
 *
 * <p>One layer of {@link Domain}'s API: the methods are public and reached through
 * {@code Domain}; the class is package-private so that each area of libvirt gets a file of its
 * own. Thread-safe.
 */
abstract class DomainBase extends Handle {

    /** {@code VIR_UUID_STRING_BUFLEN}: 36 characters and a NUL. */
    private static final int UUID_STRING_BUFLEN = 37;

    // struct _virDomainInfo: unsigned char state; unsigned long maxMem, memory;
    // unsigned short nrVirtCpu; unsigned long long cpuTime.
    private static final int INFO_STATE;
    private static final int INFO_MAX_MEM;
    private static final int INFO_MEMORY;
    private static final int INFO_NR_VIRT_CPU;
    private static final int INFO_CPU_TIME;
    static final int INFO_SIZE;

    static {
        StructLayout l = new StructLayout();
        INFO_STATE = l.add(1);
        INFO_MAX_MEM = l.addLong();
        INFO_MEMORY = l.addLong();
        INFO_NR_VIRT_CPU = l.add(2);
        INFO_CPU_TIME = l.add(8);
        INFO_SIZE = l.size();
    }

    DomainBase(Pointer pointer) {
        super(pointer, "Domain", CDomain::virDomainFree,
                p -> NativeStrings.borrowUtf8(CDomain.virDomainGetName(p)));
    }

    /**
     * Returns a second, independent handle to this domain.
     *
     * <p>Wraps {@code virDomainRef}.
     *
     * @return a handle the caller closes on its own
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainRef">virDomainRef</a>
     */
    @Wraps("virDomainRef")
    public Domain ref() {
        Pointer p = acquire();
        try {
            ErrorCapture.check(CDomain.virDomainRef(p), "virDomainRef");
            return new Domain(p);
        } finally {
            release();
        }
    }

    /**
     * Returns the domain's name.
     *
     * <p>Wraps {@code virDomainGetName}.
     *
     * @return the name
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainGetName">virDomainGetName</a>
     */
    @Wraps("virDomainGetName")
    public String getName() {
        Pointer p = acquire();
        try {
            return NativeStrings.borrowUtf8(ErrorCapture.check(CDomain.virDomainGetName(p), "virDomainGetName"));
        } finally {
            release();
        }
    }

    /**
     * Returns the domain's UUID as text.
     *
     * <p>Wraps {@code virDomainGetUUIDString}.
     *
     * @return the UUID, 36 characters
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainGetUUIDString">virDomainGetUUIDString</a>
     */
    @Wraps("virDomainGetUUIDString")
    public String getUuidString() {
        Pointer p = acquire();
        try {
            Pointer buf = Scratch.get(UUID_STRING_BUFLEN);
            ErrorCapture.check(CDomain.virDomainGetUUIDString(p, buf), "virDomainGetUUIDString");
            return NativeStrings.borrowUtf8(buf);
        } finally {
            release();
        }
    }

    /**
     * Returns the hypervisor's ID of a running domain.
     *
     * <p>Wraps {@code virDomainGetID}.
     *
     * @return the ID, or -1 when the domain is not running
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainGetID">virDomainGetID</a>
     */
    @Wraps("virDomainGetID")
    public long getId() {
        Pointer p = acquire();
        try {
            int id = CDomain.virDomainGetID(p);
            // (unsigned int)-1 is both "inactive" and "error"; an inactive domain is not an error.
            return id == -1 ? -1 : Integer.toUnsignedLong(id);
        } finally {
            release();
        }
    }

    /**
     * Returns the domain's state and its reason.
     *
     * <p>Wraps {@code virDomainGetState}.
     *
     * @return the state and reason
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainGetState">virDomainGetState</a>
     */
    @Wraps("virDomainGetState")
    public DomainStateInfo getState() {
        Pointer p = acquire();
        try {
            Pointer out = Scratch.get(8);
            ErrorCapture.check(CDomain.virDomainGetState(p, out, out.share(4), 0), "virDomainGetState");
            return new DomainStateInfo(DomainState.of(out.getInt(0)), out.getInt(4));
        } finally {
            release();
        }
    }

    /**
     * Returns the domain's state, memory, vCPUs and CPU time.
     *
     * <p>Wraps {@code virDomainGetInfo}.
     *
     * @return the information
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainGetInfo">virDomainGetInfo</a>
     */
    @Wraps("virDomainGetInfo")
    public DomainInfo getInfo() {
        Pointer p = acquire();
        try {
            Pointer info = Scratch.get(INFO_SIZE);
            ErrorCapture.check(CDomain.virDomainGetInfo(p, info), "virDomainGetInfo");
            return new DomainInfo(DomainState.of(info.getByte(INFO_STATE) & 0xff),
                    StructLayout.readUnsignedLong(info, INFO_MAX_MEM), StructLayout.readUnsignedLong(info, INFO_MEMORY),
                    info.getShort(INFO_NR_VIRT_CPU) & 0xffff, info.getLong(INFO_CPU_TIME));
        } finally {
            release();
        }
    }

    /**
     * Returns the domain's UUID as its 16 raw bytes.
     *
     * <p>Wraps {@code virDomainGetUUID}.
     *
     * @return a new array of 16 bytes, most significant first
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainGetUUID">virDomainGetUUID</a>
     */
    @Wraps("virDomainGetUUID")
    public byte[] getUuid() {
        Pointer p = acquire();
        try {
            Pointer buf = Scratch.get(Uuids.BUFLEN);
            ErrorCapture.check(CDomain.virDomainGetUUID(p, buf), "virDomainGetUUID");
            return buf.getByteArray(0, Uuids.BUFLEN);
        } finally {
            release();
        }
    }

    /**
     * Returns the guest's OS type, such as {@code hvm} or {@code linux}.
     *
     * <p>Wraps {@code virDomainGetOSType}.
     *
     * @return the OS type
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainGetOSType">virDomainGetOSType</a>
     */
    @Wraps("virDomainGetOSType")
    public String getOsType() {
        return callString("virDomainGetOSType", CDomain::virDomainGetOSType);
    }

    /**
     * Returns the domain's XML description, of its current (live when running) definition.
     *
     * <p>Wraps {@code virDomainGetXMLDesc}.
     *
     * @return the domain XML
     * @see #getXmlDesc(Set)
     */
    @Wraps("virDomainGetXMLDesc")
    public String getXmlDesc() {
        return getXmlDesc(Set.of());
    }

    /**
     * Returns the domain's XML description.
     *
     * <p>Wraps {@code virDomainGetXMLDesc}.
     *
     * @param flags such as {@link DomainXMLFlags#INACTIVE} (the persistent definition) or
     *     {@link DomainXMLFlags#SECURE} (include passwords)
     * @return the domain XML
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainGetXMLDesc">virDomainGetXMLDesc</a>
     */
    @Wraps("virDomainGetXMLDesc")
    public String getXmlDesc(Set<DomainXMLFlags> flags) {
        int mask = BitFlag.mask(flags);
        return callString("virDomainGetXMLDesc", p -> CDomain.virDomainGetXMLDesc(p, mask));
    }

    /**
     * Tells whether the domain is running (or paused, or otherwise has a live instance).
     *
     * <p>Wraps {@code virDomainIsActive}.
     *
     * @return true when active
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainIsActive">virDomainIsActive</a>
     */
    @Wraps("virDomainIsActive")
    public boolean isActive() {
        return callInt("virDomainIsActive", CDomain::virDomainIsActive) == 1;
    }

    /**
     * Tells whether the domain has a persistent definition (false for a transient domain).
     *
     * <p>Wraps {@code virDomainIsPersistent}.
     *
     * @return true when persistent
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainIsPersistent">virDomainIsPersistent</a>
     */
    @Wraps("virDomainIsPersistent")
    public boolean isPersistent() {
        return callInt("virDomainIsPersistent", CDomain::virDomainIsPersistent) == 1;
    }

    /**
     * Tells whether the running domain's persistent definition changed since it started.
     *
     * <p>Wraps {@code virDomainIsUpdated}.
     *
     * @return true when updated
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainIsUpdated">virDomainIsUpdated</a>
     */
    @Wraps("virDomainIsUpdated")
    public boolean isUpdated() {
        return callInt("virDomainIsUpdated", CDomain::virDomainIsUpdated) == 1;
    }

    /**
     * Starts a defined (shut off) domain.
     *
     * <p>Wraps {@code virDomainCreate}.
     *
     * @throws LibvirtException when the domain is already running, or cannot start
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainCreate">virDomainCreate</a>
     */
    @Wraps("virDomainCreate")
    public void create() {
        Pointer p = acquire();
        try {
            ErrorCapture.check(CDomain.virDomainCreate(p), "virDomainCreate");
        } finally {
            release();
        }
    }

    /**
     * Asks the guest to shut down (ACPI or agent); returns before the guest has stopped.
     *
     * <p>Wraps {@code virDomainShutdown}.
     *
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainShutdown">virDomainShutdown</a>
     */
    @Wraps("virDomainShutdown")
    public void shutdown() {
        Pointer p = acquire();
        try {
            ErrorCapture.check(CDomain.virDomainShutdown(p), "virDomainShutdown");
        } finally {
            release();
        }
    }

    /**
     * Stops the domain at once, like pulling the power cord ("Force Off").
     *
     * <p>Wraps {@code virDomainDestroy}.
     *
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainDestroy">virDomainDestroy</a>
     */
    @Wraps("virDomainDestroy")
    public void destroy() {
        Pointer p = acquire();
        try {
            ErrorCapture.check(CDomain.virDomainDestroy(p), "virDomainDestroy");
        } finally {
            release();
        }
    }

    /**
     * Pauses a running domain; its memory stays allocated.
     *
     * <p>Wraps {@code virDomainSuspend}.
     *
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainSuspend">virDomainSuspend</a>
     */
    @Wraps("virDomainSuspend")
    public void suspend() {
        Pointer p = acquire();
        try {
            ErrorCapture.check(CDomain.virDomainSuspend(p), "virDomainSuspend");
        } finally {
            release();
        }
    }

    /**
     * Resumes a paused domain.
     *
     * <p>Wraps {@code virDomainResume}.
     *
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainResume">virDomainResume</a>
     */
    @Wraps("virDomainResume")
    public void resume() {
        Pointer p = acquire();
        try {
            ErrorCapture.check(CDomain.virDomainResume(p), "virDomainResume");
        } finally {
            release();
        }
    }

    /**
     * Returns the connection this domain belongs to, as a new handle.
     *
     * <p>Wraps {@code virDomainGetConnect} (and {@code virConnectRef}, since libvirt lends the pointer).
     *
     * @return the connection; the caller closes it
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainGetConnect">virDomainGetConnect</a>
     */
    @Wraps("virDomainGetConnect")
    public Connect getConnect() {
        return call(p -> Connect.borrowed(ErrorCapture.check(CDomain.virDomainGetConnect(p), "virDomainGetConnect")));
    }
}
