package org.virtfx.ui.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyProperty;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.virtfx.libvirt.Connect;
import org.virtfx.libvirt.Network;
import org.virtfx.ui.api.Connection;
import org.virtfx.ui.api.NetworkModel;

/**
 * {@link NetworkSync} against the test driver ({@code objects-testdriver.xml}).
 *
 * <p>Both halves run on the test thread: {@code read} where the worker would run it, and
 * {@code apply} where the JavaFX thread would. No toolkit is needed, since the models are plain
 * observable lists and properties; what the threads add (the hop in between) is LiveConnection's.
 * Changes are made through the same {@link Connect}, as another client would, and
 * {@code invalidate} stands in for the event that would name the network.
 */
class NetworkSyncIT {
    private static final String NAT_UUID = "bbbbbbbb-0000-4000-8000-000000000001";
    private static final String NEW_XML = """
            <network>
              <name>obj-new</name>
              <uuid>bbbbbbbb-0000-4000-8000-000000000009</uuid>
              <bridge name='virbr59'/>
            </network>""";

    private final Connection owner = OwnerStub.connection();
    private final NetworkSync sync = new NetworkSync(owner);
    private Connect connect;

    @BeforeEach
    void open() {
        connect = Connect.open(CoreTestDriver.uri("/objects-testdriver.xml"));
        // The test driver starts every network of its file; the fixture wants one stopped.
        try (Network n = connect.lookupNetworkByName("obj-isolated")) {
            n.destroy();
        }
    }

    @AfterEach
    void close() {
        if (connect != null) {
            connect.close();
        }
    }

    /** A full read applied to the model, as on connecting. */
    private void readAll() {
        NetworkSync.Batch batch = sync.read(connect, true);
        assertThat(batch).isNotNull();
        sync.apply(batch);
    }

    /** What an event does: mark the network, then a partial read and its batch. */
    private void eventNamed(String name) {
        sync.invalidate(name);
        NetworkSync.Batch batch = sync.read(connect, false);
        assertThat(batch).as("a batch after invalidating %s", name).isNotNull();
        sync.apply(batch);
    }

    private NetworkModel network(String name) {
        return sync.networks().stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow();
    }

    /** Records every property change of every current network, as "name property value". */
    private List<String> recordPropertyChanges() {
        List<String> changes = new ArrayList<>();
        for (NetworkModel n : sync.networks()) {
            for (ReadOnlyProperty<?> p : List.<ReadOnlyProperty<?>>of(n.activeProperty(), n.persistentProperty(),
                    n.autostartProperty(), n.bridgeNameProperty())) {
                p.addListener((o, was, now) -> changes.add(n.name() + " " + p.getName() + " " + now));
            }
        }
        return changes;
    }

    @Test
    void aFirstFullReadFillsTheModel() {
        readAll();
        assertThat(sync.networks()).extracting(NetworkModel::name)
                .containsExactlyInAnyOrder("obj-nat", "obj-isolated", "obj-nobridge");
        NetworkModel nat = network("obj-nat");
        assertThat(nat.uuid()).isEqualTo(NAT_UUID);
        assertThat(nat.connection()).isSameAs(owner);
        assertThat(nat.isActive()).isTrue();
        assertThat(nat.persistentProperty().get()).isTrue();
        assertThat(nat.autostartProperty().get()).isFalse();
        assertThat(nat.bridgeNameProperty().get()).isEqualTo("virbr51");
        NetworkModel isolated = network("obj-isolated");
        assertThat(isolated.isActive()).isFalse();
        assertThat(isolated.persistentProperty().get()).isTrue();
        assertThat(isolated.bridgeNameProperty().get()).isEqualTo("virbr52");
        assertThat(network("obj-nobridge").bridgeNameProperty().get()).isEmpty();
    }

    @Test
    void anUnchangedHostGivesNoBatch() {
        readAll();
        assertThat(sync.read(connect, true)).isNull();
        assertThat(sync.read(connect, false)).as("nothing invalidated").isNull();
    }

    @Test
    void aDefinedNetworkAppearsWhenAnEventNamesIt() {
        readAll();
        List<String> listChanges = new ArrayList<>();
        sync.networks().addListener((ListChangeListener<NetworkModel>) c -> listChanges.add(c.toString()));
        try (Network n = connect.networkDefineXml(NEW_XML)) {
            assertThat(n.getName()).isEqualTo("obj-new");
        }
        assertThat(sync.read(connect, false)).as("no event yet: a partial read reads nothing").isNull();

        eventNamed("obj-new");

        NetworkModel added = network("obj-new");
        assertThat(added.uuid()).isEqualTo("bbbbbbbb-0000-4000-8000-000000000009");
        assertThat(added.isActive()).isFalse();
        assertThat(added.persistentProperty().get()).isTrue();
        assertThat(added.bridgeNameProperty().get()).isEqualTo("virbr59");
        assertThat(listChanges).hasSize(1);
        assertThat(sync.networks()).hasSize(4);
    }

    @Test
    void aStoppedNetworkTurnsInactiveAndNothingElseFires() {
        readAll();
        List<String> changes = recordPropertyChanges();
        try (Network n = connect.lookupNetworkByName("obj-nat")) {
            n.destroy();
        }

        eventNamed("obj-nat");

        assertThat(network("obj-nat").isActive()).isFalse();
        assertThat(changes).containsExactly("obj-nat active false");
        assertThat(sync.read(connect, true)).as("the partial read left nothing for a full one").isNull();
    }

    @Test
    void anUndefinedNetworkIsRemoved() {
        readAll();
        try (Network n = connect.lookupNetworkByName("obj-isolated")) {
            n.undefine();
        }

        eventNamed("obj-isolated");

        assertThat(sync.networks()).extracting(NetworkModel::name).containsExactlyInAnyOrder("obj-nat", "obj-nobridge");
    }

    @Test
    void aNameDefinedAgainIsANewNetwork() {
        // given a model with obj-isolated, which is then undefined and defined again: new UUID
        readAll();
        NetworkModel before = network("obj-isolated");
        try (Network n = connect.lookupNetworkByName("obj-isolated")) {
            n.undefine();
        }
        try (Network n = connect.networkDefineXml(
                "<network><name>obj-isolated</name><uuid>bbbbbbbb-0000-4000-8000-00000000000a</uuid></network>")) {
            assertThat(n.getUuidString()).isEqualTo("bbbbbbbb-0000-4000-8000-00000000000a");
        }

        eventNamed("obj-isolated");

        NetworkModel after = network("obj-isolated");
        assertThat(after).isNotSameAs(before);
        assertThat(after.uuid()).isEqualTo("bbbbbbbb-0000-4000-8000-00000000000a");
        assertThat(after.bridgeNameProperty().get()).isEmpty();
        assertThat(sync.networks()).hasSize(3);
    }

    @Test
    void aFullReadCatchesUpWhatNoEventNamed() {
        readAll();
        List<String> changes = recordPropertyChanges();
        try (Network n = connect.lookupNetworkByName("obj-nat")) {
            n.setAutostart(true);
        }

        NetworkSync.Batch batch = sync.read(connect, true);

        assertThat(batch.networks().changed()).extracting(NetworkSnapshot::name).containsExactly("obj-nat");
        assertThat(batch.networks().added()).isEmpty();
        assertThat(batch.networks().removed()).isEmpty();
        sync.apply(batch);
        assertThat(changes).containsExactly("obj-nat autostart true");
    }

    @Test
    void invalidatingAMissingNameChangesNothing() {
        readAll();
        sync.invalidate("no-such-network");
        assertThat(sync.read(connect, false)).isNull();
        assertThat(sync.networks()).hasSize(3);
    }
}
