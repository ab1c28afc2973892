package org.virtfx.ui.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.virtfx.libvirt.DomainState;

class DiffTest {
    private static DomainSnapshot snap(String uuid, DomainState state) {
        return new DomainSnapshot(uuid, "vm-" + uuid, state, -1, 1, 1024, 1024);
    }

    @Test
    void firstPollAddsEverything() {
        // given no previous poll
        // when two domains are read
        Diff<String, DomainSnapshot> d = Diff.between(Map.of(),
                List.of(snap("a", DomainState.RUNNING), snap("b", DomainState.SHUTOFF)), DomainSnapshot::uuid);
        // then both are added, nothing else
        assertThat(d.added()).extracting(DomainSnapshot::uuid).containsExactly("a", "b");
        assertThat(d.removed()).isEmpty();
        assertThat(d.changed()).isEmpty();
    }

    @Test
    void anUnchangedPollIsEmpty() {
        DomainSnapshot a = snap("a", DomainState.RUNNING);
        Diff<String, DomainSnapshot> d = Diff.between(Map.of("a", a), List.of(snap("a", DomainState.RUNNING)),
                DomainSnapshot::uuid);
        assertThat(d.isEmpty()).isTrue();
    }

    @Test
    void reportsAddedRemovedAndChangedByUuid() {
        // given a and b before
        Map<String, DomainSnapshot> before = Map.of("a", snap("a", DomainState.RUNNING), "b", snap("b", DomainState.SHUTOFF));
        // when a changed state, b is gone and c is new
        Diff<String, DomainSnapshot> d = Diff.between(before,
                List.of(snap("a", DomainState.PAUSED), snap("c", DomainState.RUNNING)), DomainSnapshot::uuid);
        // then
        assertThat(d.changed()).containsExactly(snap("a", DomainState.PAUSED));
        assertThat(d.removed()).containsExactly("b");
        assertThat(d.added()).containsExactly(snap("c", DomainState.RUNNING));
    }

    @Test
    void aRenameKeepsTheIdentity() {
        // given a domain renamed between polls (same UUID)
        DomainSnapshot old = snap("a", DomainState.SHUTOFF);
        DomainSnapshot renamed = new DomainSnapshot("a", "new-name", DomainState.SHUTOFF, -1, 1, 1024, 1024);
        Diff<String, DomainSnapshot> d = Diff.between(Map.of("a", old), List.of(renamed), DomainSnapshot::uuid);
        // then it is a change, not a removal and an addition
        assertThat(d.changed()).containsExactly(renamed);
        assertThat(d.added()).isEmpty();
        assertThat(d.removed()).isEmpty();
    }
}
