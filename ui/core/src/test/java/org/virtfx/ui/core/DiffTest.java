package org.virtfx.ui.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.virtfx.libvirt.DomainState;

class DiffTest {
    private static DomainReading snap(String uuid, DomainState state) {
        return new DomainReading(uuid, "vm-" + uuid, state, 1, 1024, 1024, "", true, false);
    }

    @Test
    void firstPollAddsEverything() {
        // given no previous poll
        // when two domains are read
        Diff<String, DomainReading> d = Diff.between(Map.of(),
                List.of(snap("a", DomainState.RUNNING), snap("b", DomainState.SHUTOFF)), DomainReading::uuid);
        // then both are added, nothing else
        assertThat(d.added()).extracting(DomainReading::uuid).containsExactly("a", "b");
        assertThat(d.removed()).isEmpty();
        assertThat(d.changed()).isEmpty();
    }

    @Test
    void anUnchangedPollIsEmpty() {
        DomainReading a = snap("a", DomainState.RUNNING);
        Diff<String, DomainReading> d = Diff.between(Map.of("a", a), List.of(snap("a", DomainState.RUNNING)),
                DomainReading::uuid);
        assertThat(d.isEmpty()).isTrue();
    }

    @Test
    void reportsAddedRemovedAndChangedByUuid() {
        // given a and b before
        Map<String, DomainReading> before = Map.of("a", snap("a", DomainState.RUNNING), "b", snap("b", DomainState.SHUTOFF));
        // when a changed state, b is gone and c is new
        Diff<String, DomainReading> d = Diff.between(before,
                List.of(snap("a", DomainState.PAUSED), snap("c", DomainState.RUNNING)), DomainReading::uuid);
        // then
        assertThat(d.changed()).containsExactly(snap("a", DomainState.PAUSED));
        assertThat(d.removed()).containsExactly("b");
        assertThat(d.added()).containsExactly(snap("c", DomainState.RUNNING));
    }

    @Test
    void aRenameKeepsTheIdentity() {
        // given a domain renamed between polls (same UUID)
        DomainReading old = snap("a", DomainState.SHUTOFF);
        DomainReading renamed = new DomainReading("a", "new-name", DomainState.SHUTOFF, 1, 1024, 1024, "", true, false);
        Diff<String, DomainReading> d = Diff.between(Map.of("a", old), List.of(renamed), DomainReading::uuid);
        // then it is a change, not a removal and an addition
        assertThat(d.changed()).containsExactly(renamed);
        assertThat(d.added()).isEmpty();
        assertThat(d.removed()).isEmpty();
    }
}
