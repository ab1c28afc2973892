package org.virtfx.ui.domains;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Reads a domain's disks from its XML: every {@code <disk>} whose storage is a file, a block
 * device or a pool volume (network disks have nothing here to delete). Pure: no libvirt.
 */
final class DomainDisks {
    private DomainDisks() {
    }

    /**
     * A disk as the XML describes it.
     *
     * @param target the target device, e.g. {@code vda}
     * @param device {@code disk}, {@code cdrom}, {@code floppy} or {@code lun}
     * @param path the source file or device; for a volume source, empty
     * @param pool for a volume source, its pool's name; else empty
     * @param volume for a volume source, the volume's name; else empty
     * @param readOnly {@code <readonly/>}
     * @param shareable {@code <shareable/>}
     */
    record Disk(String target, String device, String path, String pool, String volume, boolean readOnly,
                boolean shareable) {
    }

    /**
     * @param xml a domain's XML ({@code virDomainGetXMLDesc})
     * @return its disks with a file, block or volume source, in document order
     * @throws IllegalArgumentException when the XML does not parse
     */
    static List<Disk> parse(String xml) {
        NodeList disks;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            disks = f.newDocumentBuilder().parse(new InputSource(new StringReader(xml))).getElementsByTagName("disk");
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalArgumentException("Domain XML does not parse: " + e.getMessage(), e);
        }
        List<Disk> result = new ArrayList<>();
        for (int i = 0; i < disks.getLength(); i++) {
            Element disk = (Element) disks.item(i);
            // only <devices><disk>: a <disk> elsewhere (e.g. in metadata) is not a device
            if (!(disk.getParentNode() instanceof Element parent) || !"devices".equals(parent.getTagName())) {
                continue;
            }
            Element source = child(disk, "source");
            if (source == null) {
                continue; // an empty CD-ROM drive: no storage
            }
            String type = disk.getAttribute("type");
            String path = switch (type) {
                case "file" -> source.getAttribute("file");
                case "block" -> source.getAttribute("dev");
                case "dir" -> source.getAttribute("dir");
                default -> "";
            };
            String pool = "volume".equals(type) ? source.getAttribute("pool") : "";
            String volume = "volume".equals(type) ? source.getAttribute("volume") : "";
            if (path.isEmpty() && volume.isEmpty()) {
                continue; // network and other sources: nothing local to delete
            }
            Element target = child(disk, "target");
            String device = disk.getAttribute("device").isEmpty() ? "disk" : disk.getAttribute("device");
            result.add(new Disk(target == null ? "" : target.getAttribute("dev"), device, path, pool, volume,
                    child(disk, "readonly") != null, child(disk, "shareable") != null));
        }
        return result;
    }

    private static Element child(Element parent, String name) {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }
}
