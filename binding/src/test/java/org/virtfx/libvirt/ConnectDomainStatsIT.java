package org.virtfx.libvirt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Bulk domain statistics against the test driver (which offers the state and iothread groups). */
class ConnectDomainStatsIT extends TestDriverFixture {

    ConnectDomainStatsIT() {
        super("/domain-b-testdriver.xml");
    }

    @Test
    void stateOfEveryDomainWithHandles() {
        try (DomainStatsList list = conn.getAllDomainStats(EnumSet.of(DomainStatsTypes.STATE))) {
            assertThat(list).extracting(DomainStatsRecord::name)
                    .containsExactlyInAnyOrder("db-running", "db-paused", "db-shutoff");
            for (DomainStatsRecord r : list) {
                assertThat(r.domain()).isNotNull();
                assertThat(r.domain().getName()).isEqualTo(r.name());
                assertThat(r.domain().getUuidString()).isEqualTo(r.uuid());
            }
            DomainStatsRecord running = find(list, "db-running");
            assertThat(running.uuid()).isEqualTo("b1111111-1111-4111-8111-111111111111");
            assertThat(running.stats().getInt("state.state")).hasValue(DomainState.RUNNING.value());
            assertThat(find(list, "db-paused").stats().getInt("state.state")).hasValue(DomainState.PAUSED.value());
            assertThat(find(list, "db-shutoff").stats().getInt("state.state")).hasValue(DomainState.SHUTOFF.value());
        }
    }

    @Test
    void handlesOutliveTheNativeRecordsUntilTheListCloses() {
        Domain kept;
        try (DomainStatsList list = conn.getAllDomainStats()) {
            kept = find(list, "db-running").domain().ref();
        }
        try (kept) {
            assertThat(kept.getName()).isEqualTo("db-running");
        }
    }

    @Test
    void handlesAreMadeOnceOnDemandAndClosedWithTheList() {
        Domain handle;
        DomainStatsRecord paused;
        try (DomainStatsList list = conn.getAllDomainStats(EnumSet.of(DomainStatsTypes.STATE))) {
            paused = find(list, "db-paused");
            handle = paused.domain();
            assertThat(paused.domain()).isSameAs(handle);
            assertThat(handle.getName()).isEqualTo("db-paused");
            assertThat(handle.isClosed()).isFalse();
        }
        assertThat(handle.isClosed()).isTrue();
        assertThatThrownBy(paused::domain).isInstanceOf(IllegalStateException.class);
        // The plain values outlive the native records.
        assertThat(paused.name()).isEqualTo("db-paused");
        assertThat(paused.uuid()).hasSize(36);
        assertThat(paused.stats().getInt("state.state")).hasValue(DomainState.PAUSED.value());
    }

    @Test
    void closingTwiceIsHarmless() {
        DomainStatsList list = conn.getAllDomainStats(EnumSet.of(DomainStatsTypes.STATE));
        Domain d = list.get(0).domain();
        list.close();
        list.close();
        assertThat(d.isClosed()).isTrue();
    }

    @Test
    void aListLeftOpenIsReportedAsALeak() {
        assertThat(openAndForget()).isEqualTo(3);
        List<String> reports = new ArrayList<>();
        // The Cleaner may run the sentinel of collectGarbage before the list's action: go again.
        for (int i = 0; i < 20 && reports.isEmpty(); i++) {
            LeakGuard.collectGarbage();
            reports.addAll(LeakGuard.drain());
        }
        assertThat(reports).containsExactly(
                "DomainStatsList of 3 records was not closed; freed by the garbage collector");
    }

    private int openAndForget() {
        return conn.getAllDomainStats(EnumSet.of(DomainStatsTypes.STATE)).size(); // never closed, on purpose
    }

    @Test
    void recordsAreValues() {
        try (DomainStatsList a = conn.getAllDomainStatsNamed(EnumSet.of(DomainStatsTypes.STATE), Set.of());
                DomainStatsList b = conn.getAllDomainStatsNamed(EnumSet.of(DomainStatsTypes.STATE), Set.of())) {
            assertThat(a).isEqualTo(b);
            assertThat(a.hashCode()).isEqualTo(b.hashCode());
            assertThat(a.get(0).toString()).contains("name=" + a.get(0).name(), "state.state");
        }
    }

    @Test
    void namedVariantCarriesNoHandlesAndFilters() {
        DomainStatsList list = conn.getAllDomainStatsNamed(EnumSet.of(DomainStatsTypes.STATE),
                EnumSet.of(ConnectGetAllDomainStatsFlags.RUNNING));
        assertThat(list).hasSize(1);
        DomainStatsRecord r = list.get(0);
        assertThat(r.domain()).isNull();
        assertThat(r.name()).isEqualTo("db-running");
        assertThat(r.uuid()).isEqualTo("b1111111-1111-4111-8111-111111111111");
        assertThat(r.stats().getInt("state.reason")).isPresent();
        list.close(); // harmless
    }

    @Test
    void ioThreadGroup() {
        try (DomainStatsList list = conn.getAllDomainStats(EnumSet.of(DomainStatsTypes.IOTHREAD),
                EnumSet.of(ConnectGetAllDomainStatsFlags.ACTIVE))) {
            TypedParams stats = find(list, "db-running").stats();
            assertThat(stats.getLong("iothread.count")).hasValue(2);
            assertThat(stats.getLong("iothread.1.poll-max-ns")).hasValue(32768);
            assertThat(stats.getLong("iothread.2.poll-grow")).hasValue(0);
        }
    }

    @Test
    void listGetStatsForChosenDomains() {
        try (Domain a = conn.lookupDomainByName("db-paused");
                Domain b = conn.lookupDomainByName("db-shutoff");
                DomainStatsList list = conn.domainListGetStats(List.of(a, b), EnumSet.of(DomainStatsTypes.STATE),
                        Set.of())) {
            assertThat(list).extracting(DomainStatsRecord::name).containsExactly("db-paused", "db-shutoff");
            assertThat(list.get(1).stats().getInt("state.state")).hasValue(DomainState.SHUTOFF.value());
        }
    }

    @Test
    void listGetStatsRejectsAnEmptyListAndClosedDomains() {
        assertThatThrownBy(() -> conn.domainListGetStats(List.of(), Set.of(), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        try (Domain a = conn.lookupDomainByName("db-running")) {
            a.close();
            assertThatThrownBy(() -> conn.domainListGetStats(List.of(a), Set.of(), Set.of()))
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void enforcingAGroupTheDriverLacksFails() {
        assertThatThrownBy(() -> conn.getAllDomainStats(EnumSet.of(DomainStatsTypes.PERF),
                EnumSet.of(ConnectGetAllDomainStatsFlags.ENFORCE_STATS)))
                .isInstanceOfSatisfying(LibvirtException.class,
                        e -> assertThat(e.is(ErrorNumber.ARGUMENT_UNSUPPORTED)).isTrue());
    }

    private static DomainStatsRecord find(List<DomainStatsRecord> list, String name) {
        return list.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }
}
