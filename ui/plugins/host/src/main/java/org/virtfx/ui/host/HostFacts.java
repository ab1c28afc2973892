package org.virtfx.ui.host;

import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.virtfx.libvirt.Connect;
import org.virtfx.libvirt.LibvirtException;
import org.virtfx.libvirt.NodeInfo;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * What the Overview shows that the live {@link org.virtfx.ui.api.HostModel} does not hold: the
 * hypervisor's version, the CPU topology and the host's architecture. Read once per window on
 * the connection's worker; a driver that lacks a call leaves that fact unknown.
 *
 * @param hypervisorVersion {@code virConnectGetVersion}, as major * 1,000,000 + minor * 1000 +
 *     release; 0 when unknown
 * @param architecture the host CPU's architecture from the capabilities ({@code x86_64}); empty
 *     when unknown
 * @param cpuModel the host CPU's model from the capabilities ({@code Skylake-Client}); empty when
 *     unknown
 * @param sockets CPU sockets, 0 when unknown
 * @param cores cores per socket, 0 when unknown
 * @param threads threads per core, 0 when unknown
 * @param mhz the CPUs' frequency in MHz, 0 when unknown
 */
record HostFacts(long hypervisorVersion, String architecture, String cpuModel, int sockets, int cores, int threads,
                 int mhz) {

    /** Nothing known yet. */
    static final HostFacts UNKNOWN = new HostFacts(0, "", "", 0, 0, 0, 0);

    /**
     * Reads the facts; on the connection's worker only.
     *
     * @param connect the connection
     * @return the facts, unknown where the driver does not say
     */
    static HostFacts read(Connect connect) {
        long version = 0;
        try {
            version = connect.getVersion();
        } catch (LibvirtException notSupported) {
            // Some drivers have no hypervisor version: the Overview shows the type alone.
        }
        NodeInfo info = null;
        try {
            info = connect.getNodeInfo();
        } catch (LibvirtException notSupported) {
            // The topology stays unknown.
        }
        String capabilities = "";
        try {
            capabilities = connect.getCapabilities();
        } catch (LibvirtException notSupported) {
            // Architecture and model stay unknown.
        }
        return of(version, info, capabilities);
    }

    /**
     * @param version the hypervisor version, 0 if unknown
     * @param info the node info, or null
     * @param capabilities libvirt's capabilities XML, or empty
     * @return the facts
     */
    static HostFacts of(long version, NodeInfo info, String capabilities) {
        String[] cpu = hostCpu(capabilities);
        if (info == null) {
            return new HostFacts(version, cpu[0], cpu[1], 0, 0, 0, 0);
        }
        return new HostFacts(version, cpu[0], cpu[1], info.sockets(), info.cores(), info.threads(), info.mhz());
    }

    /** @return {@code /capabilities/host/cpu}'s arch and model, each empty when absent */
    private static String[] hostCpu(String capabilities) {
        String[] none = {"", ""};
        if (capabilities == null || capabilities.isBlank()) {
            return none;
        }
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            // Plain data from the daemon: no DTDs, no external entities.
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder b = f.newDocumentBuilder();
            Document doc = b.parse(new InputSource(new StringReader(capabilities)));
            XPath xpath = XPathFactory.newInstance().newXPath();
            return new String[] {xpath.evaluate("/capabilities/host/cpu/arch", doc).strip(),
                xpath.evaluate("/capabilities/host/cpu/model", doc).strip()};
        } catch (Exception unreadable) {
            // A capabilities document we cannot read leaves the facts unknown, as a missing call does.
            return none;
        }
    }
}
