package org.virtfx.ui.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.virtfx.libvirt.Connect;
import org.virtfx.libvirt.DomainState;
import org.virtfx.ui.api.DomainModel;

/**
 * {@link DomainSync} against the test driver ({@code core-testdriver.xml}), both halves on the
 * test thread as in {@link NetworkSyncIT}: the first reading of a session that leaves the details
 * for later, and the graph points reaching their rows through their slots.
 */
class DomainSyncIT {
    private static final String RUNNING = "aaaaaaaa-0000-4000-8000-000000000001";

    private final DomainListModel model = new DomainListModel(OwnerStub.connection(), 10);
    private final DomainSync sync = new DomainSync(model);
    private Connect connect;

    @BeforeEach
    void open() {
        connect = Connect.open(CoreTestDriver.uri("/core-testdriver.xml"));
    }

    @AfterEach
    void close() {
        if (connect != null) {
            connect.close();
        }
    }

    private DomainModel running() {
        return model.get(RUNNING);
    }

    @Test
    void aDeferredFirstReadingListsEveryRowAndTheDetailsFollow() {
        sync.deferDetails();
        DomainSync.Batch first = sync.read(connect, true);
        assertThat(first.diff().added()).hasSize(3);
        assertThat(first.addedSlots()).hasSize(3);
        sync.apply(first);
        // Names and states come from the one bulk call; the title is a per-domain call, not made yet.
        assertThat(running().nameProperty().get()).isEqualTo("core-running");
        assertThat(running().stateProperty().get()).isEqualTo(DomainState.RUNNING);
        assertThat(running().titleProperty().get()).isEmpty();
        assertThat(sync.hasPendingDetails()).isTrue();

        DomainSync.Batch details = sync.readPendingDetails(connect, 2);
        assertThat(details.diff().changed()).hasSize(2);
        assertThat(sync.hasPendingDetails()).isTrue();
        sync.apply(details);
        sync.apply(sync.readPendingDetails(connect, 2));
        assertThat(sync.hasPendingDetails()).isFalse();
        assertThat(running().titleProperty().get()).isEqualTo("The running one");
        // The test driver's statistics carry no sizes: they come with the details.
        assertThat(running().vcpusProperty().get()).isEqualTo(2);
        assertThat(running().memoryKiBProperty().get()).isEqualTo(1_048_576);
    }

    @Test
    void withoutDeferringTheFirstReadingIsComplete() {
        sync.apply(sync.read(connect, true));
        assertThat(sync.hasPendingDetails()).isFalse();
        assertThat(running().titleProperty().get()).isEqualTo("The running one");
    }

    @Test
    void everyFullReadingGivesEachRowOnePointAndNoChangesWhenNothingChanged() {
        sync.apply(sync.read(connect, true));
        DomainSync.Batch second = sync.read(connect, true);
        assertThat(second.diff().isEmpty()).isTrue();
        assertThat(second.points()).hasSize(3);
        sync.apply(second);
        assertThat(running().samplesProperty().get()).isEqualTo(2);
        assertThat(running().graphs().cpu().size()).isEqualTo(2);
    }

    @Test
    void anUndefinedDomainIsRemovedByTheNextFullReading() {
        sync.apply(sync.read(connect, true));
        try (var d = connect.lookupDomainByName("core-shutoff")) {
            d.undefine();
        }
        DomainSync.Batch batch = sync.read(connect, true);
        assertThat(batch.diff().removed()).containsExactly("aaaaaaaa-0000-4000-8000-000000000003");
        assertThat(batch.points()).hasSize(2);
        sync.apply(batch);
        assertThat(model.domains()).hasSize(2);
    }
}
