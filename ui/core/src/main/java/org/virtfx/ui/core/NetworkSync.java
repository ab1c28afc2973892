package org.virtfx.ui.core;

import java.util.List;
import javafx.collections.ObservableList;
import org.virtfx.libvirt.Connect;
import org.virtfx.libvirt.ErrorNumber;
import org.virtfx.libvirt.HandleList;
import org.virtfx.libvirt.LibvirtException;
import org.virtfx.libvirt.Network;
import org.virtfx.ui.api.Connection;
import org.virtfx.ui.api.NetworkModel;

/**
 * Keeps a connection's virtual networks in step with libvirt. A full read lists every network
 * (one {@code virConnectListAllNetworks}, then a few cheap getters each); between full reads,
 * {@link #invalidate} marks the networks an event named, and a partial read re-reads only those.
 *
 * <p>Threads: {@link #read} and the last reading belong to the connection's worker;
 * {@link #apply}, {@link #networks()} and the models belong to the JavaFX thread;
 * {@link #invalidate} may be called from any thread.
 */
final class NetworkSync implements ModelSync<NetworkSync.Batch> {

    /**
     * The changes of one reading.
     *
     * @param networks the networks that appeared, went (by UUID) or changed
     */
    record Batch(Diff<String, NetworkSnapshot> networks) {
    }

    private final Connection owner;

    // JavaFX thread.
    private final LiveList<String, NetworkSnapshot, LiveNetwork> models =
            new LiveList<>(NetworkSnapshot::uuid, LiveNetwork::update);

    // Worker thread, but for mark (any thread).
    private final NamedReadings<NetworkSnapshot> readings =
            new NamedReadings<>(NetworkSnapshot::uuid, NetworkSnapshot::name, ErrorNumber.NO_NETWORK);

    /** @param owner the connection the models report as theirs */
    NetworkSync(Connection owner) {
        this.owner = owner;
    }

    /** @return the networks, one per UUID: unmodifiable, JavaFX thread */
    ObservableList<NetworkModel> networks() {
        return LiveList.widen(models.view());
    }

    /**
     * Marks a network to be re-read by the next {@code read(connect, false)}: an event named it.
     *
     * @param name the network's name
     */
    void invalidate(String name) {
        readings.mark(name);
    }

    @Override
    public Batch read(Connect connect, boolean full) {
        NamedReadings.Step<NetworkSnapshot> step =
                readings.next(full, () -> readAll(connect), name -> {
                    try (Network n = connect.lookupNetworkByName(name)) {
                        return snapshot(n);
                    }
                });
        if (step == null) {
            return null;
        }
        Diff<String, NetworkSnapshot> diff = Diff.between(step.before(), step.after().values(), NetworkSnapshot::uuid);
        return diff.isEmpty() ? null : new Batch(diff);
    }

    @Override
    public void apply(Batch batch) {
        models.apply(batch.networks(), s -> new LiveNetwork(owner, s));
    }

    private static List<NetworkSnapshot> readAll(Connect connect) {
        try (HandleList<Network> networks = connect.listAllNetworks()) {
            return Readings.each(networks, ErrorNumber.NO_NETWORK, NetworkSync::snapshot);
        }
    }

    private static NetworkSnapshot snapshot(Network n) {
        return new NetworkSnapshot(n.getUuidString(), n.getName(), n.isActive(), n.isPersistent(), n.getAutostart(),
                bridgeName(n));
    }

    private static String bridgeName(Network n) {
        try {
            return n.getBridgeName();
        } catch (LibvirtException e) {
            // libvirt has no specific code for "this network has no bridge" (macvtap or hostdev
            // forwarding): its drivers report an internal error, read here as "no bridge".
            if (e.is(ErrorNumber.INTERNAL_ERROR)) {
                return "";
            }
            throw e;
        }
    }
}
