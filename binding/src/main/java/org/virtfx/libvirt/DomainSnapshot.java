package org.virtfx.libvirt;

import com.sun.jna.Pointer;
import java.util.List;
import java.util.Set;
import org.virtfx.libvirt.internal.NativeStrings;

/**
 * A snapshot of a domain ({@code virDomainSnapshotPtr}).
 *
 * <p>Thread-safe. The caller owns the handle and must {@link #close()} it (which wraps
 * {@code virDomainSnapshotFree}); handles it returns are independent and closed on their own.
 *
 * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain-snapshot.html">libvirt-domain-snapshot</a>
 */
public final class DomainSnapshot extends Handle {

    DomainSnapshot(Pointer pointer) {
        super(pointer, "DomainSnapshot", CSnapshot::virDomainSnapshotFree, p -> NativeStrings.borrowUtf8(CSnapshot.virDomainSnapshotGetName(p)));
    }

    /**
     * Returns a second, independent handle to this snapshot.
     *
     * <p>Wraps {@code virDomainSnapshotRef}.
     *
     * @return a handle the caller closes on its own
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain-snapshot.html#virDomainSnapshotRef">virDomainSnapshotRef</a>
     */
    @Wraps("virDomainSnapshotRef")
    public DomainSnapshot ref() {
        return call(p -> {
            ErrorCapture.check(CSnapshot.virDomainSnapshotRef(p), "virDomainSnapshotRef");
            return new DomainSnapshot(p);
        });
    }

    /**
     * Returns the snapshot's name.
     *
     * <p>Wraps {@code virDomainSnapshotGetName}.
     *
     * @return the name
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain-snapshot.html#virDomainSnapshotGetName">virDomainSnapshotGetName</a>
     */
    @Wraps("virDomainSnapshotGetName")
    public String getName() {
        return call(p -> NativeStrings.borrowUtf8(ErrorCapture.check(CSnapshot.virDomainSnapshotGetName(p),
                "virDomainSnapshotGetName")));
    }

    /**
     * Returns the domain the snapshot belongs to.
     *
     * <p>Wraps {@code virDomainSnapshotGetDomain} (and {@code virDomainRef}, since libvirt lends
     * the domain only as long as the snapshot lives).
     *
     * @return the domain; the caller closes it
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain-snapshot.html#virDomainSnapshotGetDomain">virDomainSnapshotGetDomain</a>
     */
    @Wraps("virDomainSnapshotGetDomain")
    public Domain getDomain() {
        return call(p -> {
            Pointer d = ErrorCapture.check(CSnapshot.virDomainSnapshotGetDomain(p), "virDomainSnapshotGetDomain");
            ErrorCapture.check(CDomain.virDomainRef(d), "virDomainRef");
            return new Domain(d);
        });
    }

    /**
     * Returns the snapshot's parent.
     *
     * <p>Wraps {@code virDomainSnapshotGetParent}.
     *
     * @return the parent; the caller closes it
     * @throws LibvirtException with {@link ErrorNumber#NO_DOMAIN_SNAPSHOT} when the snapshot is a
     *     root (has no parent)
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain-snapshot.html#virDomainSnapshotGetParent">virDomainSnapshotGetParent</a>
     */
    @Wraps("virDomainSnapshotGetParent")
    public DomainSnapshot getParent() {
        return call(p -> new DomainSnapshot(ErrorCapture.check(CSnapshot.virDomainSnapshotGetParent(p, 0),
                "virDomainSnapshotGetParent")));
    }

    /**
     * Returns the snapshot's XML description, without secrets.
     *
     * @return the {@code <domainsnapshot>} XML
     * @see #getXmlDesc(Set)
     */
    public String getXmlDesc() {
        return getXmlDesc(Set.of());
    }

    /**
     * Returns the snapshot's XML description.
     *
     * <p>Wraps {@code virDomainSnapshotGetXMLDesc}.
     *
     * @param flags {@link DomainSnapshotXMLFlags#SECURE} to include secrets
     * @return the {@code <domainsnapshot>} XML
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain-snapshot.html#virDomainSnapshotGetXMLDesc">virDomainSnapshotGetXMLDesc</a>
     */
    @Wraps("virDomainSnapshotGetXMLDesc")
    public String getXmlDesc(Set<DomainSnapshotXMLFlags> flags) {
        int f = BitFlag.mask(flags);
        return callString("virDomainSnapshotGetXMLDesc", p -> CSnapshot.virDomainSnapshotGetXMLDesc(p, f));
    }

    /**
     * Tells whether this is its domain's current snapshot.
     *
     * <p>Wraps {@code virDomainSnapshotIsCurrent}.
     *
     * @return true when it is
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain-snapshot.html#virDomainSnapshotIsCurrent">virDomainSnapshotIsCurrent</a>
     */
    @Wraps("virDomainSnapshotIsCurrent")
    public boolean isCurrent() {
        return callInt("virDomainSnapshotIsCurrent", p -> CSnapshot.virDomainSnapshotIsCurrent(p, 0)) == 1;
    }

    /**
     * Tells whether libvirt keeps metadata for the snapshot (which then prevents undefining the
     * domain).
     *
     * <p>Wraps {@code virDomainSnapshotHasMetadata}.
     *
     * @return true when it does
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain-snapshot.html#virDomainSnapshotHasMetadata">virDomainSnapshotHasMetadata</a>
     */
    @Wraps("virDomainSnapshotHasMetadata")
    public boolean hasMetadata() {
        return callInt("virDomainSnapshotHasMetadata", p -> CSnapshot.virDomainSnapshotHasMetadata(p, 0)) == 1;
    }

    /**
     * Counts the snapshot's direct children.
     *
     * @return the number of children
     * @see #numChildren(Set)
     */
    public int numChildren() {
        return numChildren(Set.of());
    }

    /**
     * Counts the snapshot's children that match the filters.
     *
     * <p>Wraps {@code virDomainSnapshotNumChildren}.
     *
     * @param flags filters; {@link DomainSnapshotListFlags#DESCENDANTS} counts all descendants
     * @return the number of children
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain-snapshot.html#virDomainSnapshotNumChildren">virDomainSnapshotNumChildren</a>
     */
    @Wraps("virDomainSnapshotNumChildren")
    public int numChildren(Set<DomainSnapshotListFlags> flags) {
        int f = BitFlag.mask(flags);
        return callInt("virDomainSnapshotNumChildren", p -> CSnapshot.virDomainSnapshotNumChildren(p, f));
    }

    /**
     * Lists the snapshot's direct children.
     *
     * @return the children; the caller closes the list
     * @see #listAllChildren(Set)
     */
    public HandleList<DomainSnapshot> listAllChildren() {
        return listAllChildren(Set.of());
    }

    /**
     * Lists the snapshot's children that match the filters.
     *
     * <p>Wraps {@code virDomainSnapshotListAllChildren}.
     *
     * @param flags filters; {@link DomainSnapshotListFlags#DESCENDANTS} lists all descendants
     * @return the children; the caller closes the list
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain-snapshot.html#virDomainSnapshotListAllChildren">virDomainSnapshotListAllChildren</a>
     */
    @Wraps("virDomainSnapshotListAllChildren")
    public HandleList<DomainSnapshot> listAllChildren(Set<DomainSnapshotListFlags> flags) {
        int f = BitFlag.mask(flags);
        return call(p -> DomainSnapshotLists.listAll("virDomainSnapshotListAllChildren",
                out -> CSnapshot.virDomainSnapshotListAllChildren(p, out, f)));
    }

    /**
     * Lists the names of the snapshot's direct children (legacy: prefer {@link #listAllChildren()}).
     *
     * @return the names
     * @see #listChildrenNames(Set)
     */
    public List<String> listChildrenNames() {
        return listChildrenNames(Set.of());
    }

    /**
     * Lists the names of the snapshot's children that match the filters (legacy: prefer
     * {@link #listAllChildren(Set)}).
     *
     * <p>Wraps {@code virDomainSnapshotListChildrenNames}, after
     * {@code virDomainSnapshotNumChildren} for the size.
     *
     * @param flags filters, as for {@link #listAllChildren(Set)}
     * @return the names
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain-snapshot.html#virDomainSnapshotListChildrenNames">virDomainSnapshotListChildrenNames</a>
     */
    @Wraps({"virDomainSnapshotListChildrenNames", "virDomainSnapshotNumChildren"})
    public List<String> listChildrenNames(Set<DomainSnapshotListFlags> flags) {
        int f = BitFlag.mask(flags);
        return call(p -> {
            int count = ErrorCapture.check(CSnapshot.virDomainSnapshotNumChildren(p, f), "virDomainSnapshotNumChildren");
            return DomainSnapshotLists.listNames("virDomainSnapshotListChildrenNames", count,
                    (names, len) -> CSnapshot.virDomainSnapshotListChildrenNames(p, names, len, f));
        });
    }

    /**
     * Returns the domain to the state this snapshot holds.
     *
     * @see #revertToSnapshot(Set)
     */
    public void revertToSnapshot() {
        revertToSnapshot(Set.of());
    }

    /**
     * Returns the domain to the state this snapshot holds, with options; the snapshot becomes
     * the current one.
     *
     * <p>Wraps {@code virDomainRevertToSnapshot}.
     *
     * @param flags {@link DomainSnapshotRevertFlags#RUNNING} or
     *     {@link DomainSnapshotRevertFlags#PAUSED} to override the saved state, ...
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain-snapshot.html#virDomainRevertToSnapshot">virDomainRevertToSnapshot</a>
     */
    @Wraps("virDomainRevertToSnapshot")
    public void revertToSnapshot(Set<DomainSnapshotRevertFlags> flags) {
        int f = BitFlag.mask(flags);
        callInt("virDomainRevertToSnapshot", p -> CSnapshot.virDomainRevertToSnapshot(p, f));
    }

    /**
     * Deletes the snapshot; its children move to its parent. This handle stays open and must
     * still be closed.
     *
     * @see #delete(Set)
     */
    public void delete() {
        delete(Set.of());
    }

    /**
     * Deletes the snapshot, or its children, or only libvirt's metadata. This handle stays open
     * and must still be closed.
     *
     * <p>Wraps {@code virDomainSnapshotDelete}.
     *
     * @param flags what to delete
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain-snapshot.html#virDomainSnapshotDelete">virDomainSnapshotDelete</a>
     */
    @Wraps("virDomainSnapshotDelete")
    public void delete(Set<DomainSnapshotDeleteFlags> flags) {
        int f = BitFlag.mask(flags);
        callInt("virDomainSnapshotDelete", p -> CSnapshot.virDomainSnapshotDelete(p, f));
    }

    /**
     * Returns the connection this snapshot belongs to, as a new handle.
     *
     * <p>Wraps {@code virDomainSnapshotGetConnect} (and {@code virConnectRef}, since libvirt lends the pointer).
     *
     * @return the connection; the caller closes it
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain-snapshot.html#virDomainSnapshotGetConnect">virDomainSnapshotGetConnect</a>
     */
    @Wraps("virDomainSnapshotGetConnect")
    public Connect getConnect() {
        return call(p -> Connect.borrowed(ErrorCapture.check(CSnapshot.virDomainSnapshotGetConnect(p), "virDomainSnapshotGetConnect")));
    }
}
