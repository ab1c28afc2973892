package org.virtfx.libvirt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Domain checkpoints, which the test driver keeps in memory, on the domain-a fixture. */
class DomainCheckpointIT extends TestDriverFixture {
    private Domain dom;

    DomainCheckpointIT() {
        super("/domain-a-testdriver.xml");
    }

    @BeforeEach
    void lookUp() {
        dom = closeAfter(conn.lookupDomainByName("fx-running"));
    }

    private DomainCheckpoint create(String name) {
        return dom.checkpointCreateXml("<domaincheckpoint><name>" + name + "</name>"
                + "<description>cp " + name + "</description></domaincheckpoint>");
    }

    @Test
    void createsListsAndLooksUpCheckpoints() {
        try (DomainCheckpoint first = create("cp1"); DomainCheckpoint second = create("cp2")) {
            assertThat(first.getName()).isEqualTo("cp1");
            assertThat(names(dom.listAllCheckpoints())).containsExactlyInAnyOrder("cp1", "cp2");
            assertThat(names(dom.listAllCheckpoints(EnumSet.of(DomainCheckpointListFlags.ROOTS))))
                    .containsExactly("cp1");
            assertThat(names(dom.listAllCheckpoints(EnumSet.of(DomainCheckpointListFlags.LEAVES))))
                    .containsExactly("cp2");
            assertThat(names(dom.listAllCheckpoints(EnumSet.of(DomainCheckpointListFlags.TOPOLOGICAL))))
                    .containsExactly("cp1", "cp2");
            try (DomainCheckpoint found = dom.checkpointLookupByName("cp2")) {
                assertThat(found.getXmlDesc()).contains("<name>cp2</name>", "<description>cp cp2</description>",
                        "<parent>", "<name>cp1</name>");
            }
            try (HandleList<Domain> withCheckpoints = conn.listAllDomains(
                    EnumSet.of(ConnectListAllDomainsFlags.HAS_CHECKPOINT))) {
                assertThat(withCheckpoints).singleElement().extracting(Domain::getName).isEqualTo("fx-running");
            }
        }
    }

    @Test
    void parentChildrenDomainAndRef() {
        try (DomainCheckpoint first = create("cp1"); DomainCheckpoint second = create("cp2");
                DomainCheckpoint third = create("cp3")) {
            try (DomainCheckpoint parent = third.getParent()) {
                assertThat(parent.getName()).isEqualTo("cp2");
            }
            assertThatThrownBy(first::getParent).isInstanceOfSatisfying(LibvirtException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorNumber.NO_DOMAIN_CHECKPOINT));
            assertThat(names(first.listAllChildren())).containsExactly("cp2");
            assertThat(names(first.listAllChildren(EnumSet.of(DomainCheckpointListFlags.DESCENDANTS))))
                    .containsExactlyInAnyOrder("cp2", "cp3");
            try (Domain owner = second.getDomain()) {
                assertThat(owner.getName()).isEqualTo("fx-running");
            }
            DomainCheckpoint again = second.ref();
            second.close();
            try (again) {
                assertThat(again.getName()).isEqualTo("cp2");
            }
        }
    }

    @Test
    void xmlDescWithoutTheDomain() {
        try (DomainCheckpoint cp = create("cp1")) {
            assertThat(cp.getXmlDesc()).contains("<domain type='test'>", "<name>fx-running</name>");
            assertThat(cp.getXmlDesc(EnumSet.of(DomainCheckpointXMLFlags.NO_DOMAIN)))
                    .contains("<name>cp1</name>").doesNotContain("<domain type=");
        }
    }

    @Test
    void deleteOneOrWithChildren() {
        try (DomainCheckpoint first = create("cp1"); DomainCheckpoint second = create("cp2");
                DomainCheckpoint third = create("cp3")) {
            second.delete();
            assertThat(names(dom.listAllCheckpoints())).containsExactlyInAnyOrder("cp1", "cp3");
            try (DomainCheckpoint parent = third.getParent()) {
                assertThat(parent.getName()).isEqualTo("cp1");
            }
            first.delete(EnumSet.of(DomainCheckpointDeleteFlags.CHILDREN));
            assertThat(dom.listAllCheckpoints(Set.of())).isEmpty();
        }
        assertThatThrownBy(() -> dom.checkpointLookupByName("cp1")).isInstanceOfSatisfying(LibvirtException.class,
                e -> {
                    assertThat(e.code()).isEqualTo(ErrorNumber.NO_DOMAIN_CHECKPOINT);
                    assertThat(e.function()).isEqualTo("virDomainCheckpointLookupByName");
                });
    }

    @Test
    void createRefusesBadXmlAndNull() {
        assertThatThrownBy(() -> dom.checkpointCreateXml("<nope/>", EnumSet.of(DomainCheckpointCreateFlags.QUIESCE)))
                .isInstanceOfSatisfying(LibvirtException.class,
                        e -> assertThat(e.function()).isEqualTo("virDomainCheckpointCreateXML"));
        assertThatThrownBy(() -> dom.checkpointCreateXml(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> dom.checkpointLookupByName(null)).isInstanceOf(NullPointerException.class);
    }

    private static List<String> names(HandleList<DomainCheckpoint> list) {
        try (list) {
            return list.stream().map(DomainCheckpoint::getName).toList();
        }
    }
}
