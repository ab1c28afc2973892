package org.virtfx.libvirt;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import java.util.Objects;
import java.util.Set;

/**
 * Domains: definition, creation of transient domains, native configuration and domain
 * capabilities.
 *
 * <p>One layer of {@link Connect}'s API: the methods are public and reached through
 * {@code Connect}; the class is package-private so that each area of libvirt gets a file of its
 * own. Thread-safe.
 */
abstract class ConnectDomainDefine extends ConnectNode {

    ConnectDomainDefine(Pointer pointer) {
        super(pointer);
    }

    /**
     * Defines a persistent domain, or updates the definition of an existing one; does not start
     * it.
     *
     * <p>Wraps {@code virDomainDefineXML}.
     *
     * @param xml the domain XML
     * @return the domain; the caller closes it
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainDefineXML">virDomainDefineXML</a>
     */
    @Wraps("virDomainDefineXML")
    public Domain domainDefineXml(String xml) {
        Objects.requireNonNull(xml, "xml");
        Pointer p = acquire();
        try {
            return new Domain(ErrorCapture.check(CDomain.virDomainDefineXML(p, xml), "virDomainDefineXML"));
        } finally {
            release();
        }
    }

    /**
     * Defines a persistent domain, or updates the definition of an existing one, with flags.
     *
     * <p>Wraps {@code virDomainDefineXMLFlags}.
     *
     * @param xml the domain XML
     * @param flags such as {@link DomainDefineFlags#VALIDATE}
     * @return the domain; the caller closes it
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainDefineXMLFlags">virDomainDefineXMLFlags</a>
     */
    @Wraps("virDomainDefineXMLFlags")
    public Domain domainDefineXml(String xml, Set<DomainDefineFlags> flags) {
        Objects.requireNonNull(xml, "xml");
        int mask = BitFlag.mask(flags);
        Pointer p = acquire();
        try {
            return new Domain(ErrorCapture.check(CDomain.virDomainDefineXMLFlags(p, xml, mask),
                    "virDomainDefineXMLFlags"));
        } finally {
            release();
        }
    }

    /**
     * Creates and starts a transient domain.
     *
     * <p>Wraps {@code virDomainCreateXML}.
     *
     * @param xml the domain XML
     * @return the running domain; the caller closes it
     * @see #domainCreateXml(String, Set)
     */
    @Wraps("virDomainCreateXML")
    public Domain domainCreateXml(String xml) {
        return domainCreateXml(xml, Set.of());
    }

    /**
     * Creates and starts a transient domain, with flags.
     *
     * <p>Wraps {@code virDomainCreateXML}.
     *
     * @param xml the domain XML
     * @param flags such as {@link DomainCreateFlags#START_PAUSED}
     * @return the running (or paused) domain; the caller closes it
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainCreateXML">virDomainCreateXML</a>
     */
    @Wraps("virDomainCreateXML")
    public Domain domainCreateXml(String xml, Set<DomainCreateFlags> flags) {
        Objects.requireNonNull(xml, "xml");
        int mask = BitFlag.mask(flags);
        Pointer p = acquire();
        try {
            return new Domain(ErrorCapture.check(CDomain.virDomainCreateXML(p, xml, mask), "virDomainCreateXML"));
        } finally {
            release();
        }
    }

    /**
     * Creates and starts a transient domain (the deprecated, pre-0.4.6 name of
     * {@link #domainCreateXml(String)}).
     *
     * <p>Wraps {@code virDomainCreateLinux}.
     *
     * @param xml the domain XML
     * @return the running domain; the caller closes it
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainCreateLinux">virDomainCreateLinux</a>
     */
    @Wraps("virDomainCreateLinux")
    public Domain domainCreateLinux(String xml) {
        Objects.requireNonNull(xml, "xml");
        Pointer p = acquire();
        try {
            return new Domain(ErrorCapture.check(CDomain.virDomainCreateLinux(p, xml, 0), "virDomainCreateLinux"));
        } finally {
            release();
        }
    }

    /**
     * Creates and starts a transient domain, passing it open file descriptors (containers).
     *
     * <p>Wraps {@code virDomainCreateXMLWithFiles}.
     *
     * @param xml the domain XML
     * @param files the file descriptors, each non-negative; the caller keeps them open
     * @return the running domain; the caller closes it
     * @see #domainCreateXmlWithFiles(String, int[], Set)
     */
    @Wraps("virDomainCreateXMLWithFiles")
    public Domain domainCreateXmlWithFiles(String xml, int[] files) {
        return domainCreateXmlWithFiles(xml, files, Set.of());
    }

    /**
     * Creates and starts a transient domain, passing it open file descriptors, with flags.
     *
     * <p>Wraps {@code virDomainCreateXMLWithFiles}. Only container drivers (LXC) use the
     * descriptors; they appear in the guest's init process as descriptors 3 and up.
     *
     * @param xml the domain XML
     * @param files the file descriptors, each non-negative; the caller keeps them open
     * @param flags such as {@link DomainCreateFlags#START_PAUSED}
     * @return the running (or paused) domain; the caller closes it
     * @throws IllegalArgumentException when a descriptor is negative
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainCreateXMLWithFiles">virDomainCreateXMLWithFiles</a>
     */
    @Wraps("virDomainCreateXMLWithFiles")
    public Domain domainCreateXmlWithFiles(String xml, int[] files, Set<DomainCreateFlags> flags) {
        Objects.requireNonNull(xml, "xml");
        int mask = BitFlag.mask(flags);
        try (Memory fds = HandleArrays.fdMemory(files)) {
            Pointer p = acquire();
            try {
                return new Domain(ErrorCapture.check(
                        CDomain.virDomainCreateXMLWithFiles(p, xml, files.length, fds, mask),
                        "virDomainCreateXMLWithFiles"));
            } finally {
                release();
            }
        }
    }

    /**
     * Converts a hypervisor's native configuration into domain XML.
     *
     * <p>Wraps {@code virConnectDomainXMLFromNative}.
     *
     * @param nativeFormat the format, such as {@code qemu-argv} or {@code xen-xm}
     * @param nativeConfig the configuration in that format
     * @return the domain XML
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virConnectDomainXMLFromNative">virConnectDomainXMLFromNative</a>
     */
    @Wraps("virConnectDomainXMLFromNative")
    public String domainXmlFromNative(String nativeFormat, String nativeConfig) {
        Objects.requireNonNull(nativeFormat, "nativeFormat");
        Objects.requireNonNull(nativeConfig, "nativeConfig");
        return callString("virConnectDomainXMLFromNative",
                p -> CDomain.virConnectDomainXMLFromNative(p, nativeFormat, nativeConfig, 0));
    }

    /**
     * Converts domain XML into a hypervisor's native configuration.
     *
     * <p>Wraps {@code virConnectDomainXMLToNative}.
     *
     * @param nativeFormat the format, such as {@code qemu-argv}
     * @param domainXml the domain XML
     * @return the configuration in that format
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virConnectDomainXMLToNative">virConnectDomainXMLToNative</a>
     */
    @Wraps("virConnectDomainXMLToNative")
    public String domainXmlToNative(String nativeFormat, String domainXml) {
        Objects.requireNonNull(nativeFormat, "nativeFormat");
        Objects.requireNonNull(domainXml, "domainXml");
        return callString("virConnectDomainXMLToNative",
                p -> CDomain.virConnectDomainXMLToNative(p, nativeFormat, domainXml, 0));
    }

    /**
     * Describes what the hypervisor can do for new domains, as XML ({@code <domainCapabilities>}).
     *
     * <p>Wraps {@code virConnectGetDomainCapabilities}. Each argument may be null, for the
     * hypervisor's default.
     *
     * @param emulatorBin the emulator's path, such as {@code /usr/bin/qemu-system-x86_64}, or null
     * @param arch the guest architecture, such as {@code x86_64}, or null
     * @param machine the machine type, such as {@code q35}, or null
     * @param virtType the virtualization type, such as {@code kvm}, or null
     * @return the capabilities XML
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virConnectGetDomainCapabilities">virConnectGetDomainCapabilities</a>
     */
    @Wraps("virConnectGetDomainCapabilities")
    public String getDomainCapabilities(String emulatorBin, String arch, String machine, String virtType) {
        return callString("virConnectGetDomainCapabilities",
                p -> CDomain.virConnectGetDomainCapabilities(p, emulatorBin, arch, machine, virtType, 0));
    }
}
