package org.virtfx.ui.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * <p>Worker-side: {@link #last}, {@link #dirty}, {@link #ticks}, {@link #unsupported}. FX-side:
 * {@link #models}.
 */
final class NodeDeviceSync implements ModelSync<NodeDeviceSync.Batch> {
    static final int FULL_EVERY = 30;

    /** @param devices devices that appeared, went (by name) or changed */
    record Batch(Diff<String, NodeDeviceSnapshot> devices) {
    }

    private final Connection owner;

    // Worker-confined.
    private Map<String, NodeDeviceSnapshot> last = new HashMap<>();
    private final Set<String> dirty = new LinkedHashSet<>();
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
        dirty.add(name);
    }

    @Override
    public Batch read(Connect connect, boolean full) {
        if (unsupported) {
            return null;
        }
        boolean listAll = full && ticks++ % FULL_EVERY == 0;
        Map<String, NodeDeviceSnapshot> next;
        if (listAll) {
            List<NodeDeviceSnapshot> all = readAll(connect);
            if (all == null) {
                return null;
            }
            next = Readings.byKey(all, NodeDeviceSnapshot::name);
        } else if (dirty.isEmpty()) {
            return null;
        } else {
            // Keyed by name: a device that is gone drops out, one that is back replaces the old.
            List<NodeDeviceSnapshot> reread = Readings.each(dirty, ErrorNumber.NO_NODE_DEVICE, name -> {
                try (NodeDevice d = connect.lookupDeviceByName(name)) {
                    return snapshot(d);
                }
            });
            next = Readings.merge(last, dirty, NodeDeviceSnapshot::name, reread, NodeDeviceSnapshot::name);
        }
        dirty.clear();
        Diff<String, NodeDeviceSnapshot> diff = replacingChanges(Diff.between(last, next.values(), NodeDeviceSnapshot::name));
        last = next;
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
