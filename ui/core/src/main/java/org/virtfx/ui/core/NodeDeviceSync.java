package org.virtfx.ui.core;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ObservableList;
import org.virtfx.libvirt.Connect;
import org.virtfx.libvirt.ErrorNumber;
import org.virtfx.libvirt.HandleList;
import org.virtfx.libvirt.LibvirtException;
import org.virtfx.libvirt.NodeDevice;
import org.virtfx.ui.api.Connection;
import org.virtfx.ui.api.NodeDeviceModel;

/**
 * Keeps a connection's host devices in step. A host has hundreds of devices and each costs two
 * calls to read, while they rarely change: so they are listed when the connection opens and then
 * only every {@value #FULL_EVERY}th tick, and node-device lifecycle events re-read just the
 * device they name in between. A driver without node devices (NO_SUPPORT) is asked once per
 * session.
 *
 * <p>Worker-side: {@link #readings} (the last reading and the names to re-read), {@link #ticks},
 * {@link #unsupported}. FX-side: {@link #models}.
 */
final class NodeDeviceSync implements ModelSync<NodeDeviceSync.Batch> {
    static final int FULL_EVERY = 30;

    /** @param devices devices that appeared, went (by name) or changed */
    record Batch(Diff<String, NodeDeviceSnapshot> devices) {
    }

    private final Connection owner;

    // Worker-confined. Devices have no UUID: the name is their key.
    private final NamedReadings<NodeDeviceSnapshot> readings =
            new NamedReadings<>(NodeDeviceSnapshot::name, NodeDeviceSnapshot::name, ErrorNumber.NO_NODE_DEVICE);
    private int ticks;
    private boolean unsupported;

    // FX-confined.
    private final LiveList<String, NodeDeviceSnapshot, NodeDeviceSnapshot> models =
            new LiveList<>(NodeDeviceSnapshot::name, (model, s) -> {
                // never called: changes arrive as a removal and an addition
            });

    NodeDeviceSync(Connection owner) {
        this.owner = owner;
    }

    ObservableList<NodeDeviceModel> devices() {
        return LiveList.widen(models.view());
    }

    /** Worker: a new session lists everything again. */
    void newSession() {
        ticks = 0;
        unsupported = false;
    }

    /** Worker: an event named this device. */
    void invalidate(String name) {
        readings.mark(name);
    }

    @Override
    public Batch read(Connect connect, boolean full) {
        if (unsupported) {
            return null;
        }
        boolean listAll = full && ticks++ % FULL_EVERY == 0;
        NamedReadings.Step<NodeDeviceSnapshot> step =
                readings.next(listAll, () -> readAll(connect), name -> {
                    try (NodeDevice d = connect.lookupDeviceByName(name)) {
                        return snapshot(d);
                    }
                });
        if (step == null) {
            return null;
        }
        Diff<String, NodeDeviceSnapshot> diff =
                replacingChanges(Diff.between(step.before(), step.after().values(), NodeDeviceSnapshot::name));
        return diff.isEmpty() ? null : new Batch(diff);
    }

    /** The models are immutable: a changed device is removed and added again. */
    private static Diff<String, NodeDeviceSnapshot> replacingChanges(Diff<String, NodeDeviceSnapshot> d) {
        if (d.changed().isEmpty()) {
            return d;
        }
        List<NodeDeviceSnapshot> added = new ArrayList<>(d.added());
        added.addAll(d.changed());
        List<String> removed = new ArrayList<>(d.removed());
        d.changed().forEach(s -> removed.add(s.name()));
        return new Diff<>(List.copyOf(added), List.copyOf(removed), List.of());
    }

    private List<NodeDeviceSnapshot> readAll(Connect connect) {
        try (HandleList<NodeDevice> devices = connect.listAllNodeDevices()) {
            return Readings.each(devices, ErrorNumber.NO_NODE_DEVICE, NodeDeviceSync::snapshot);
        } catch (LibvirtException e) {
            if (e.is(ErrorNumber.NO_SUPPORT)) {
                unsupported = true;
                return null;
            }
            throw e;
        }
    }

    private static NodeDeviceSnapshot snapshot(NodeDevice d) {
        return new NodeDeviceSnapshot(d.getName(), d.getParent().orElse(""), d.listCaps(), null);
    }

    @Override
    public void apply(Batch batch) {
        models.apply(batch.devices(), s -> s.boundTo(owner));
    }
}
