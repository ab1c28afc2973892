package org.virtfx.libvirt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link DomainSnapshot} and the snapshot calls of {@link Domain}, on the domain-c fixture. */
class DomainSnapshotIT extends TestDriverFixture {
    private Domain snap;

    DomainSnapshotIT() {
        super("/domain-c-testdriver.xml");
    }

    @BeforeEach
    void lookUp() {
        snap = closeAfter(conn.lookupDomainByName("dc-snap"));
    }

    private static List<String> names(HandleList<DomainSnapshot> list) {
        return list.stream().map(DomainSnapshot::getName).sorted().toList();
    }

    @Test
    void countsListsAndNamesTheFixtureSnapshots() {
        assertThat(snap.snapshotNum()).isEqualTo(2);
        assertThat(snap.snapshotNum(EnumSet.of(DomainSnapshotListFlags.ROOTS))).isEqualTo(1);
        try (HandleList<DomainSnapshot> all = snap.listAllSnapshots();
                HandleList<DomainSnapshot> roots = snap.listAllSnapshots(EnumSet.of(DomainSnapshotListFlags.ROOTS));
                HandleList<DomainSnapshot> leaves = snap.listAllSnapshots(EnumSet.of(DomainSnapshotListFlags.LEAVES))) {
            assertThat(names(all)).containsExactly("dc-base", "dc-child");
            assertThat(names(roots)).containsExactly("dc-base");
            assertThat(names(leaves)).containsExactly("dc-child");
        }
        assertThat(snap.snapshotListNames()).containsExactlyInAnyOrder("dc-base", "dc-child");
        assertThat(snap.snapshotListNames(EnumSet.of(DomainSnapshotListFlags.ROOTS))).containsExactly("dc-base");
    }

    @Test
    void currentSnapshotIsTheChild() {
        assertThat(snap.hasCurrentSnapshot()).isTrue();
        try (DomainSnapshot current = snap.snapshotCurrent();
                DomainSnapshot base = snap.snapshotLookupByName("dc-base")) {
            assertThat(current.getName()).isEqualTo("dc-child");
            assertThat(current.isCurrent()).isTrue();
            assertThat(base.isCurrent()).isFalse();
            assertThat(current.hasMetadata()).isTrue();
        }
    }

    @Test
    void parentChildrenAndXml() {
        try (DomainSnapshot base = snap.snapshotLookupByName("dc-base");
                DomainSnapshot child = snap.snapshotLookupByName("dc-child");
                DomainSnapshot parent = child.getParent();
                HandleList<DomainSnapshot> children = base.listAllChildren();
                HandleList<DomainSnapshot> descendants = base.listAllChildren(
                        EnumSet.of(DomainSnapshotListFlags.DESCENDANTS))) {
            assertThat(parent.getName()).isEqualTo("dc-base");
            assertThat(base.numChildren()).isEqualTo(1);
            assertThat(child.numChildren()).isZero();
            assertThat(names(children)).containsExactly("dc-child");
            assertThat(names(descendants)).containsExactly("dc-child");
            assertThat(base.listChildrenNames()).containsExactly("dc-child");
            assertThat(child.listChildrenNames(EnumSet.of(DomainSnapshotListFlags.DESCENDANTS))).isEmpty();
            assertThat(base.getXmlDesc()).contains("<name>dc-base</name>", "<description>Root snapshot</description>",
                    "<creationTime>1700000000</creationTime>");
            assertThat(child.getXmlDesc(EnumSet.of(DomainSnapshotXMLFlags.SECURE)))
                    .contains("<name>dc-child</name>", "<creationTime>1700000100</creationTime>");
            assertThatThrownBy(base::getParent).isInstanceOfSatisfying(LibvirtException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorNumber.NO_DOMAIN_SNAPSHOT));
        }
    }

    @Test
    void getDomainAndRefGiveIndependentHandles() {
        DomainSnapshot second;
        try (DomainSnapshot child = snap.snapshotLookupByName("dc-child")) {
            second = child.ref();
            try (Domain owner = child.getDomain()) {
                assertThat(owner.getName()).isEqualTo("dc-snap");
                assertThat(owner.getUuidString()).isEqualTo("c0000001-0000-4000-8000-000000000001");
            }
        }
        try (DomainSnapshot s = second) {
            assertThat(s.getName()).isEqualTo("dc-child");
        }
        assertThat(second.isClosed()).isTrue();
        assertThatThrownBy(second::getName).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void createMakesANewCurrentChild() {
        String xml = "<domainsnapshot><name>dc-new</name><description>made by a test</description></domainsnapshot>";
        try (DomainSnapshot created = snap.createSnapshotXml(xml);
                DomainSnapshot parent = created.getParent()) {
            assertThat(created.getName()).isEqualTo("dc-new");
            assertThat(created.isCurrent()).isTrue();
            assertThat(parent.getName()).isEqualTo("dc-child");
            assertThat(created.getXmlDesc()).contains("<description>made by a test</description>");
        }
        assertThat(snap.snapshotNum()).isEqualTo(3);
        assertThatThrownBy(() -> snap.createSnapshotXml("<domainsnapshot><name>dc-new</name></domainsnapshot>"))
                .isInstanceOf(LibvirtException.class);
    }

    @Test
    void createFlagsReachTheDriver() {
        try (DomainSnapshot created = snap.createSnapshotXml("<domainsnapshot><name>dc-halt</name></domainsnapshot>",
                EnumSet.of(DomainSnapshotCreateFlags.HALT))) {
            assertThat(created.getName()).isEqualTo("dc-halt");
        }
        assertThat(snap.getState().state()).isEqualTo(DomainState.SHUTOFF);
        // The test driver refuses NO_METADATA (0x4): the mask arrives as libvirt's bit.
        assertThatThrownBy(() -> snap.createSnapshotXml("<domainsnapshot><name>dc-gone</name></domainsnapshot>",
                EnumSet.of(DomainSnapshotCreateFlags.NO_METADATA))).isInstanceOfSatisfying(LibvirtException.class,
                        e -> assertThat(e.getMessage()).contains("0x4"));
        assertThat(snap.snapshotNum()).isEqualTo(3);
    }

    @Test
    void revertMakesTheSnapshotCurrentAndAppliesTheStateFlag() {
        try (DomainSnapshot base = snap.snapshotLookupByName("dc-base")) {
            base.revertToSnapshot(EnumSet.of(DomainSnapshotRevertFlags.PAUSED));
            assertThat(base.isCurrent()).isTrue();
            assertThat(snap.getState().state()).isEqualTo(DomainState.PAUSED);
            base.revertToSnapshot();
            assertThat(snap.getState().state()).isEqualTo(DomainState.RUNNING);
        }
        try (DomainSnapshot current = snap.snapshotCurrent()) {
            assertThat(current.getName()).isEqualTo("dc-base");
        }
    }

    @Test
    void deleteRemovesOneSnapshotOrAWholeTree() {
        try (DomainSnapshot child = snap.snapshotLookupByName("dc-child")) {
            child.delete();
            assertThat(child.isClosed()).isFalse();
        }
        assertThat(snap.snapshotListNames()).containsExactly("dc-base");
        assertThatThrownBy(() -> snap.snapshotLookupByName("dc-child")).isInstanceOfSatisfying(
                LibvirtException.class, e -> assertThat(e.code()).isEqualTo(ErrorNumber.NO_DOMAIN_SNAPSHOT));

        try (DomainSnapshot extra = snap.createSnapshotXml("<domainsnapshot><name>dc-x</name></domainsnapshot>");
                DomainSnapshot base = snap.snapshotLookupByName("dc-base")) {
            assertThat(base.numChildren()).isEqualTo(1);
            base.delete(EnumSet.of(DomainSnapshotDeleteFlags.CHILDREN));
        }
        assertThat(snap.snapshotNum()).isZero();
        assertThat(snap.hasCurrentSnapshot()).isFalse();
        assertThatThrownBy(snap::snapshotCurrent).isInstanceOfSatisfying(LibvirtException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorNumber.NO_DOMAIN_SNAPSHOT));
    }

    @Test
    void aDomainWithoutSnapshotsListsNothing() {
        try (Domain plain = conn.lookupDomainByName("dc-plain");
                HandleList<DomainSnapshot> none = plain.listAllSnapshots(Set.of())) {
            assertThat(none).isEmpty();
            assertThat(plain.snapshotNum()).isZero();
            assertThat(plain.snapshotListNames()).isEmpty();
            assertThat(plain.hasCurrentSnapshot()).isFalse();
        }
    }

    @Test
    void nullArgumentsAreRefusedBeforeTheCall() {
        assertThatThrownBy(() -> snap.createSnapshotXml(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> snap.snapshotLookupByName(null)).isInstanceOf(NullPointerException.class);
    }
}
