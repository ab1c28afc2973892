package org.virtfx.libvirt;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.util.Set;
import org.virtfx.libvirt.internal.NativeStrings;
import org.virtfx.libvirt.internal.Scratch;

/**
 * A checkpoint of a domain ({@code virDomainCheckpointPtr}).
 *
 * <p>Thread-safe. The caller owns the handle and must {@link #close()} it; closing it frees the
 * handle only, not the checkpoint (see {@link #delete()}).
 *
 * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain-checkpoint.html">libvirt-domain-checkpoint</a>
 */
public final class DomainCheckpoint extends Handle {

    DomainCheckpoint(Pointer pointer) {
        super(pointer, "DomainCheckpoint", CCheckpoint::virDomainCheckpointFree,
                p -> NativeStrings.borrowUtf8(CCheckpoint.virDomainCheckpointGetName(p)));
    }

    /**
     * Returns a second, independent handle to this checkpoint.
     *
     * <p>Wraps {@code virDomainCheckpointRef}.
     *
     * @return a handle the caller closes on its own
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain-checkpoint.html#virDomainCheckpointRef">virDomainCheckpointRef</a>
     */
    @Wraps("virDomainCheckpointRef")
    public DomainCheckpoint ref() {
        Pointer p = acquire();
        try {
            ErrorCapture.check(CCheckpoint.virDomainCheckpointRef(p), "virDomainCheckpointRef");
            return new DomainCheckpoint(p);
        } finally {
            release();
        }
    }

    /**
     * Returns the checkpoint's name.
     *
     * <p>Wraps {@code virDomainCheckpointGetName}.
     *
     * @return the name
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain-checkpoint.html#virDomainCheckpointGetName">virDomainCheckpointGetName</a>
     */
    @Wraps("virDomainCheckpointGetName")
    public String getName() {
        Pointer p = acquire();
        try {
            return NativeStrings.borrowUtf8(ErrorCapture.check(CCheckpoint.virDomainCheckpointGetName(p),
                    "virDomainCheckpointGetName"));
        } finally {
            release();
        }
    }

    /**
     * Returns the domain this checkpoint belongs to.
     *
     * <p>Wraps {@code virDomainCheckpointGetDomain}, which lends its domain; the binding takes a
     * reference of its own ({@code virDomainRef}).
     *
     * @return the domain; the caller closes it
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain-checkpoint.html#virDomainCheckpointGetDomain">virDomainCheckpointGetDomain</a>
     */
    @Wraps({"virDomainCheckpointGetDomain", "virDomainRef"})
    public Domain getDomain() {
        Pointer p = acquire();
        try {
            Pointer dom = ErrorCapture.check(CCheckpoint.virDomainCheckpointGetDomain(p),
                    "virDomainCheckpointGetDomain");
            ErrorCapture.check(CDomain.virDomainRef(dom), "virDomainRef");
            return new Domain(dom);
        } finally {
            release();
        }
    }

    /**
     * Returns the checkpoint's parent.
     *
     * <p>Wraps {@code virDomainCheckpointGetParent}.
     *
     * @return the parent; the caller closes it
     * @throws LibvirtException with {@link ErrorNumber#NO_DOMAIN_CHECKPOINT} for a root checkpoint
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain-checkpoint.html#virDomainCheckpointGetParent">virDomainCheckpointGetParent</a>
     */
    @Wraps("virDomainCheckpointGetParent")
    public DomainCheckpoint getParent() {
        Pointer p = acquire();
        try {
            return new DomainCheckpoint(ErrorCapture.check(CCheckpoint.virDomainCheckpointGetParent(p, 0),
                    "virDomainCheckpointGetParent"));
        } finally {
            release();
        }
    }

    /**
     * Returns the checkpoint's XML description.
     *
     * <p>Wraps {@code virDomainCheckpointGetXMLDesc}.
     *
     * @return the {@code <domaincheckpoint>} XML
     * @see #getXmlDesc(Set)
     */
    @Wraps("virDomainCheckpointGetXMLDesc")
    public String getXmlDesc() {
        return getXmlDesc(Set.of());
    }

    /**
     * Returns the checkpoint's XML description, with flags.
     *
     * <p>Wraps {@code virDomainCheckpointGetXMLDesc}.
     *
     * @param flags such as {@link DomainCheckpointXMLFlags#NO_DOMAIN} (leave out the domain's XML)
     *     or {@link DomainCheckpointXMLFlags#SIZE} (include the dirty sizes; needs a running domain)
     * @return the {@code <domaincheckpoint>} XML
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain-checkpoint.html#virDomainCheckpointGetXMLDesc">virDomainCheckpointGetXMLDesc</a>
     */
    @Wraps("virDomainCheckpointGetXMLDesc")
    public String getXmlDesc(Set<DomainCheckpointXMLFlags> flags) {
        int mask = BitFlag.mask(flags);
        return callString("virDomainCheckpointGetXMLDesc", p -> CCheckpoint.virDomainCheckpointGetXMLDesc(p, mask));
    }

    /**
     * Lists the checkpoint's direct children.
     *
     * <p>Wraps {@code virDomainCheckpointListAllChildren}.
     *
     * @return the children; the caller closes the list
     * @see #listAllChildren(Set)
     */
    @Wraps("virDomainCheckpointListAllChildren")
    public HandleList<DomainCheckpoint> listAllChildren() {
        return listAllChildren(Set.of());
    }

    /**
     * Lists the checkpoint's children that match the filters.
     *
     * <p>Wraps {@code virDomainCheckpointListAllChildren}.
     *
     * @param flags {@link DomainCheckpointListFlags#DESCENDANTS} for all descendants, and the
     *     filters of {@link Domain#listAllCheckpoints(Set)} except {@code ROOTS} (the same bit)
     * @return the children; the caller closes the list
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain-checkpoint.html#virDomainCheckpointListAllChildren">virDomainCheckpointListAllChildren</a>
     */
    @Wraps("virDomainCheckpointListAllChildren")
    public HandleList<DomainCheckpoint> listAllChildren(Set<DomainCheckpointListFlags> flags) {
        int mask = BitFlag.mask(flags);
        Pointer p = acquire();
        try {
            Pointer out = Scratch.get(Native.POINTER_SIZE);
            int n = ErrorCapture.check(CCheckpoint.virDomainCheckpointListAllChildren(p, out, mask),
                    "virDomainCheckpointListAllChildren");
            return HandleArrays.take(out.getPointer(0), n, DomainCheckpoint::new);
        } finally {
            release();
        }
    }

    /**
     * Deletes the checkpoint; its children are reparented. The handle stays open (close it).
     *
     * <p>Wraps {@code virDomainCheckpointDelete}.
     *
     * @see #delete(Set)
     */
    @Wraps("virDomainCheckpointDelete")
    public void delete() {
        delete(Set.of());
    }

    /**
     * Deletes the checkpoint, with flags. The handle stays open (close it).
     *
     * <p>Wraps {@code virDomainCheckpointDelete}.
     *
     * @param flags such as {@link DomainCheckpointDeleteFlags#CHILDREN} (also delete the
     *     descendants) or {@link DomainCheckpointDeleteFlags#METADATA_ONLY}
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain-checkpoint.html#virDomainCheckpointDelete">virDomainCheckpointDelete</a>
     */
    @Wraps("virDomainCheckpointDelete")
    public void delete(Set<DomainCheckpointDeleteFlags> flags) {
        int mask = BitFlag.mask(flags);
        callInt("virDomainCheckpointDelete", p -> CCheckpoint.virDomainCheckpointDelete(p, mask));
    }

    /**
     * Returns the connection this checkpoint belongs to, as a new handle.
     *
     * <p>Wraps {@code virDomainCheckpointGetConnect} (and {@code virConnectRef}, since libvirt lends the pointer).
     *
     * @return the connection; the caller closes it
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain-checkpoint.html#virDomainCheckpointGetConnect">virDomainCheckpointGetConnect</a>
     */
    @Wraps("virDomainCheckpointGetConnect")
    public Connect getConnect() {
        return call(p -> Connect.borrowed(ErrorCapture.check(CCheckpoint.virDomainCheckpointGetConnect(p), "virDomainCheckpointGetConnect")));
    }
}
