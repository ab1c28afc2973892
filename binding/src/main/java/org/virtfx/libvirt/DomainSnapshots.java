package org.virtfx.libvirt;

import com.sun.jna.Pointer;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Snapshots of a domain: creating, finding, counting and listing them. What a single snapshot
 * does (revert, delete, its XML and children) is on {@link DomainSnapshot}.
 *
 * <p>One layer of {@link Domain}'s API: the methods are public and reached through
 * {@code Domain}; the class is package-private so that each area of libvirt gets a file of its
 * own. Thread-safe.
 */
abstract class DomainSnapshots extends DomainConsoles {

    DomainSnapshots(Pointer pointer) {
        super(pointer);
    }

    /**
     * Takes a snapshot of the domain.
     *
     * @param xml the snapshot, as a {@code <domainsnapshot>} element (may be just
     *     {@code <domainsnapshot/>})
     * @return the snapshot; the caller closes it
     * @see #createSnapshotXml(String, Set)
     */
    public DomainSnapshot createSnapshotXml(String xml) {
        return createSnapshotXml(xml, Set.of());
    }

    /**
     * Takes a snapshot of the domain, with options; with
     * {@link DomainSnapshotCreateFlags#REDEFINE} it restores a snapshot's metadata instead.
     *
     * <p>Wraps {@code virDomainSnapshotCreateXML}.
     *
     * @param xml the snapshot, as a {@code <domainsnapshot>} element
     * @param flags options
     * @return the snapshot; the caller closes it
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain-snapshot.html#virDomainSnapshotCreateXML">virDomainSnapshotCreateXML</a>
     */
    @Wraps("virDomainSnapshotCreateXML")
    public DomainSnapshot createSnapshotXml(String xml, Set<DomainSnapshotCreateFlags> flags) {
        Objects.requireNonNull(xml, "xml");
        int f = BitFlag.mask(flags);
        return call(p -> new DomainSnapshot(ErrorCapture.check(CSnapshot.virDomainSnapshotCreateXML(p, xml, f),
                "virDomainSnapshotCreateXML")));
    }

    /**
     * Returns the domain's current snapshot (the one the domain last reverted to or took).
     *
     * <p>Wraps {@code virDomainSnapshotCurrent}.
     *
     * @return the snapshot; the caller closes it
     * @throws LibvirtException with {@link ErrorNumber#NO_DOMAIN_SNAPSHOT} when there is none
     *     (see {@link #hasCurrentSnapshot()})
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain-snapshot.html#virDomainSnapshotCurrent">virDomainSnapshotCurrent</a>
     */
    @Wraps("virDomainSnapshotCurrent")
    public DomainSnapshot snapshotCurrent() {
        return call(p -> new DomainSnapshot(ErrorCapture.check(CSnapshot.virDomainSnapshotCurrent(p, 0),
                "virDomainSnapshotCurrent")));
    }

    /**
     * Tells whether the domain has a current snapshot.
     *
     * <p>Wraps {@code virDomainHasCurrentSnapshot}.
     *
     * @return true when it has one
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain-snapshot.html#virDomainHasCurrentSnapshot">virDomainHasCurrentSnapshot</a>
     */
    @Wraps("virDomainHasCurrentSnapshot")
    public boolean hasCurrentSnapshot() {
        return callInt("virDomainHasCurrentSnapshot", p -> CSnapshot.virDomainHasCurrentSnapshot(p, 0)) == 1;
    }

    /**
     * Finds a snapshot by name.
     *
     * <p>Wraps {@code virDomainSnapshotLookupByName}.
     *
     * @param name the snapshot's name
     * @return the snapshot; the caller closes it
     * @throws LibvirtException with {@link ErrorNumber#NO_DOMAIN_SNAPSHOT} when there is none
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain-snapshot.html#virDomainSnapshotLookupByName">virDomainSnapshotLookupByName</a>
     */
    @Wraps("virDomainSnapshotLookupByName")
    public DomainSnapshot snapshotLookupByName(String name) {
        Objects.requireNonNull(name, "name");
        return call(p -> new DomainSnapshot(ErrorCapture.check(CSnapshot.virDomainSnapshotLookupByName(p, name, 0),
                "virDomainSnapshotLookupByName")));
    }

    /**
     * Lists all the domain's snapshots.
     *
     * @return the snapshots; the caller closes the list
     * @see #listAllSnapshots(Set)
     */
    public HandleList<DomainSnapshot> listAllSnapshots() {
        return listAllSnapshots(Set.of());
    }

    /**
     * Lists the domain's snapshots that match the filters.
     *
     * <p>Wraps {@code virDomainListAllSnapshots}.
     *
     * @param flags filters ({@link DomainSnapshotListFlags#ROOTS} for the roots only, ...); empty
     *     lists all
     * @return the snapshots; the caller closes the list
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain-snapshot.html#virDomainListAllSnapshots">virDomainListAllSnapshots</a>
     */
    @Wraps("virDomainListAllSnapshots")
    public HandleList<DomainSnapshot> listAllSnapshots(Set<DomainSnapshotListFlags> flags) {
        int f = BitFlag.mask(flags);
        return call(p -> DomainSnapshotLists.listAll("virDomainListAllSnapshots",
                out -> CSnapshot.virDomainListAllSnapshots(p, out, f)));
    }

    /**
     * Counts all the domain's snapshots.
     *
     * @return the number of snapshots
     * @see #snapshotNum(Set)
     */
    public int snapshotNum() {
        return snapshotNum(Set.of());
    }

    /**
     * Counts the domain's snapshots that match the filters.
     *
     * <p>Wraps {@code virDomainSnapshotNum}.
     *
     * @param flags filters, as for {@link #listAllSnapshots(Set)}
     * @return the number of snapshots
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain-snapshot.html#virDomainSnapshotNum">virDomainSnapshotNum</a>
     */
    @Wraps("virDomainSnapshotNum")
    public int snapshotNum(Set<DomainSnapshotListFlags> flags) {
        int f = BitFlag.mask(flags);
        return callInt("virDomainSnapshotNum", p -> CSnapshot.virDomainSnapshotNum(p, f));
    }

    /**
     * Lists the names of all the domain's snapshots (legacy: prefer {@link #listAllSnapshots()}).
     *
     * @return the names
     * @see #snapshotListNames(Set)
     */
    public List<String> snapshotListNames() {
        return snapshotListNames(Set.of());
    }

    /**
     * Lists the names of the domain's snapshots that match the filters (legacy: prefer
     * {@link #listAllSnapshots(Set)}, which does not race with concurrent changes).
     *
     * <p>Wraps {@code virDomainSnapshotListNames}, after {@code virDomainSnapshotNum} for the size.
     *
     * @param flags filters, as for {@link #listAllSnapshots(Set)}
     * @return the names
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain-snapshot.html#virDomainSnapshotListNames">virDomainSnapshotListNames</a>
     */
    @Wraps({"virDomainSnapshotListNames", "virDomainSnapshotNum"})
    public List<String> snapshotListNames(Set<DomainSnapshotListFlags> flags) {
        int f = BitFlag.mask(flags);
        return call(p -> {
            int count = ErrorCapture.check(CSnapshot.virDomainSnapshotNum(p, f), "virDomainSnapshotNum");
            return DomainSnapshotLists.listNames("virDomainSnapshotListNames", count,
                    (names, len) -> CSnapshot.virDomainSnapshotListNames(p, names, len, f));
        });
    }
}
