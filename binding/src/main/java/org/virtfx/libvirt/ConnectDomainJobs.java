package org.virtfx.libvirt;

import com.sun.jna.Pointer;
import java.util.Objects;
import java.util.Set;

/**
 * Saved domain images: restoring domains from them, and reading and changing the domain XML they
 * hold.
 *
 * <p>One layer of {@link Connect}'s API: the methods are public and reached through
 * {@code Connect}; the class is package-private so that each area of libvirt gets a file of its
 * own. File paths are paths on the host that runs the hypervisor. Thread-safe.
 */
abstract class ConnectDomainJobs extends ConnectDomainStats {

    ConnectDomainJobs(Pointer pointer) {
        super(pointer);
    }

    /**
     * Restores a domain saved with {@code Domain.save}, and starts it.
     *
     * <p>Wraps {@code virDomainRestore}.
     *
     * @param from the saved image
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainRestore">virDomainRestore</a>
     */
    @Wraps("virDomainRestore")
    public void domainRestore(String from) {
        Objects.requireNonNull(from, "from");
        callInt("virDomainRestore", p -> CDomain.virDomainRestore(p, from));
    }

    /**
     * Restores a saved domain, with options.
     *
     * <p>Wraps {@code virDomainRestoreFlags}.
     *
     * @param from the saved image
     * @param dxml a domain XML to use instead of the image's (host-specific changes only), or null
     * @param flags options ({@link DomainSaveRestoreFlags#PAUSED} to restore it paused, ...)
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainRestoreFlags">virDomainRestoreFlags</a>
     */
    @Wraps("virDomainRestoreFlags")
    public void domainRestoreFlags(String from, String dxml, Set<DomainSaveRestoreFlags> flags) {
        Objects.requireNonNull(from, "from");
        int f = BitFlag.mask(flags);
        callInt("virDomainRestoreFlags", p -> CDomain.virDomainRestoreFlags(p, from, dxml, f));
    }

    /**
     * Restores a saved domain, described by typed parameters.
     *
     * <p>Wraps {@code virDomainRestoreParams}.
     *
     * @param params {@code file} (STRING, the saved image) and {@code dxml} (STRING, the XML to use)
     * @param flags options
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainRestoreParams">virDomainRestoreParams</a>
     */
    @Wraps("virDomainRestoreParams")
    public void domainRestoreParams(TypedParams params, Set<DomainSaveRestoreFlags> flags) {
        Objects.requireNonNull(params, "params");
        int f = BitFlag.mask(flags);
        try (TypedParamsCodec.Packed packed = TypedParamsCodec.pack(params)) {
            callInt("virDomainRestoreParams",
                    p -> CDomain.virDomainRestoreParams(p, packed.pointer(), packed.count(), f));
        }
    }

    /**
     * Returns the domain XML held in a saved image, without secrets.
     *
     * @param file the saved image
     * @return the XML
     * @see #domainSaveImageGetXmlDesc(String, Set)
     */
    public String domainSaveImageGetXmlDesc(String file) {
        return domainSaveImageGetXmlDesc(file, Set.of());
    }

    /**
     * Returns the domain XML held in a saved image.
     *
     * <p>Wraps {@code virDomainSaveImageGetXMLDesc}.
     *
     * @param file the saved image
     * @param flags {@link DomainSaveImageXMLFlags#SECURE} to include secrets
     * @return the XML
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainSaveImageGetXMLDesc">virDomainSaveImageGetXMLDesc</a>
     */
    @Wraps("virDomainSaveImageGetXMLDesc")
    public String domainSaveImageGetXmlDesc(String file, Set<DomainSaveImageXMLFlags> flags) {
        Objects.requireNonNull(file, "file");
        int f = BitFlag.mask(flags);
        return callString("virDomainSaveImageGetXMLDesc", p -> CDomain.virDomainSaveImageGetXMLDesc(p, file, f));
    }

    /**
     * Replaces the domain XML held in a saved image (host-specific changes only).
     *
     * <p>Wraps {@code virDomainSaveImageDefineXML}.
     *
     * @param file the saved image
     * @param dxml the new XML
     * @param flags {@link DomainSaveRestoreFlags#RUNNING} or {@link DomainSaveRestoreFlags#PAUSED}
     *     to change the state the domain restores to
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainSaveImageDefineXML">virDomainSaveImageDefineXML</a>
     */
    @Wraps("virDomainSaveImageDefineXML")
    public void domainSaveImageDefineXml(String file, String dxml, Set<DomainSaveRestoreFlags> flags) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(dxml, "dxml");
        int f = BitFlag.mask(flags);
        callInt("virDomainSaveImageDefineXML", p -> CDomain.virDomainSaveImageDefineXML(p, file, dxml, f));
    }
}
