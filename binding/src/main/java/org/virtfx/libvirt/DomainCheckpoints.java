package org.virtfx.libvirt;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.util.Objects;
import java.util.Set;
import org.virtfx.libvirt.internal.Scratch;

/**
 * Checkpoints of a domain: creation, listing and lookup. The checkpoints themselves are
 * {@link DomainCheckpoint} handles.
 *
 * <p>One layer of {@link Domain}'s API: the methods are public and reached through
 * {@code Domain}; the class is package-private so that each area of libvirt gets a file of its
 * own. Thread-safe.
 */
abstract class DomainCheckpoints extends DomainDevices {

    DomainCheckpoints(Pointer pointer) {
        super(pointer);
    }

    /**
     * Creates a checkpoint (a point from which disk changes are tracked, for incremental backup).
     *
     * <p>Wraps {@code virDomainCheckpointCreateXML}.
     *
     * @param xml the {@code <domaincheckpoint>} XML
     * @return the checkpoint; the caller closes it
     * @see #checkpointCreateXml(String, Set)
     */
    @Wraps("virDomainCheckpointCreateXML")
    public DomainCheckpoint checkpointCreateXml(String xml) {
        return checkpointCreateXml(xml, Set.of());
    }

    /**
     * Creates a checkpoint, or redefines one from saved XML, with flags.
     *
     * <p>Wraps {@code virDomainCheckpointCreateXML}.
     *
     * @param xml the {@code <domaincheckpoint>} XML
     * @param flags such as {@link DomainCheckpointCreateFlags#REDEFINE}
     * @return the checkpoint; the caller closes it
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain-checkpoint.html#virDomainCheckpointCreateXML">virDomainCheckpointCreateXML</a>
     */
    @Wraps("virDomainCheckpointCreateXML")
    public DomainCheckpoint checkpointCreateXml(String xml, Set<DomainCheckpointCreateFlags> flags) {
        Objects.requireNonNull(xml, "xml");
        int mask = BitFlag.mask(flags);
        Pointer p = acquire();
        try {
            return new DomainCheckpoint(ErrorCapture.check(CCheckpoint.virDomainCheckpointCreateXML(p, xml, mask),
                    "virDomainCheckpointCreateXML"));
        } finally {
            release();
        }
    }

    /**
     * Lists all of the domain's checkpoints.
     *
     * <p>Wraps {@code virDomainListAllCheckpoints}.
     *
     * @return the checkpoints; the caller closes the list
     * @see #listAllCheckpoints(Set)
     */
    @Wraps("virDomainListAllCheckpoints")
    public HandleList<DomainCheckpoint> listAllCheckpoints() {
        return listAllCheckpoints(Set.of());
    }

    /**
     * Lists the domain's checkpoints that match the filters.
     *
     * <p>Wraps {@code virDomainListAllCheckpoints}.
     *
     * @param flags filters such as {@link DomainCheckpointListFlags#ROOTS} or
     *     {@link DomainCheckpointListFlags#LEAVES}, or {@link DomainCheckpointListFlags#TOPOLOGICAL}
     *     to order parents before children
     * @return the checkpoints; the caller closes the list
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain-checkpoint.html#virDomainListAllCheckpoints">virDomainListAllCheckpoints</a>
     */
    @Wraps("virDomainListAllCheckpoints")
    public HandleList<DomainCheckpoint> listAllCheckpoints(Set<DomainCheckpointListFlags> flags) {
        int mask = BitFlag.mask(flags);
        Pointer p = acquire();
        try {
            Pointer out = Scratch.get(Native.POINTER_SIZE);
            int n = ErrorCapture.check(CCheckpoint.virDomainListAllCheckpoints(p, out, mask),
                    "virDomainListAllCheckpoints");
            return HandleArrays.take(out.getPointer(0), n, DomainCheckpoint::new);
        } finally {
            release();
        }
    }

    /**
     * Finds one of the domain's checkpoints by name.
     *
     * <p>Wraps {@code virDomainCheckpointLookupByName}.
     *
     * @param name the checkpoint's name
     * @return the checkpoint; the caller closes it
     * @throws LibvirtException with {@link ErrorNumber#NO_DOMAIN_CHECKPOINT} when there is none
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain-checkpoint.html#virDomainCheckpointLookupByName">virDomainCheckpointLookupByName</a>
     */
    @Wraps("virDomainCheckpointLookupByName")
    public DomainCheckpoint checkpointLookupByName(String name) {
        Objects.requireNonNull(name, "name");
        Pointer p = acquire();
        try {
            return new DomainCheckpoint(ErrorCapture.check(CCheckpoint.virDomainCheckpointLookupByName(p, name, 0),
                    "virDomainCheckpointLookupByName"));
        } finally {
            release();
        }
    }
}
