package org.virtfx.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The demo host the app ships: big enough, and covering every state. */
class DemoHostTest {
    static Document parse() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        try (InputStream in = DemoHost.openXml()) {
            return f.newDocumentBuilder().parse(in);
        }
    }

    /** @return the state number of each demo domain, by name, from its test:runstate */
    static Map<String, Integer> domainStates() throws Exception {
        Map<String, Integer> states = new HashMap<>();
        for (Element d : children(parse().getDocumentElement(), "domain")) {
            String name = d.getElementsByTagName("name").item(0).getTextContent().trim();
            NodeList runstate = d.getElementsByTagNameNS("http://libvirt.org/schemas/domain/test/1.0", "runstate");
            states.put(name, runstate.getLength() == 0 ? 1 : Integer.parseInt(runstate.item(0).getTextContent().trim()));
        }
        return states;
    }

    /** Direct children only: a network's {@code <domain>} (its DNS domain) is no virtual machine. */
    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    @Test
    void hasAtLeastTwelveDomainsInEveryState() throws Exception {
        Map<String, Integer> states = domainStates();
        assertThat(states).hasSizeGreaterThanOrEqualTo(12);
        // running, paused, shut off, crashed, pmsuspended (virDomainState numbers)
        assertThat(states.values()).contains(1, 3, 5, 6, 7);
    }

    @Test
    void hasThreeNetworksAndThreePoolsHoldingVolumes() throws Exception {
        Element node = parse().getDocumentElement();
        assertThat(children(node, "network")).hasSize(3);
        List<Element> pools = children(node, "pool");
        assertThat(pools).hasSize(3);
        for (Element pool : pools) {
            assertThat(children(pool, "volume")).isNotEmpty();
        }
    }
}
