package org.virtfx.ui.core;

import java.util.List;
import org.virtfx.ui.api.Connection;
import org.virtfx.ui.api.NodeDeviceModel;

/**
 * One host device as read on the worker. The model is this record itself, bound to its
 * connection, since a device's listed facts never change while it exists.
 *
 * @param name the name, the identity
 * @param parent the parent's name, or empty
 * @param capabilities the capability types
 * @param connection the connection, set when applied on the JavaFX thread; null on the worker
 */
record NodeDeviceSnapshot(String name, String parent, List<String> capabilities, Connection connection)
        implements NodeDeviceModel {

    /** Copies the capabilities. */
    NodeDeviceSnapshot {
        capabilities = List.copyOf(capabilities);
    }

    /** Equal when the facts are: the connection is not part of what changed. */
    @Override
    public boolean equals(Object o) {
        return o instanceof NodeDeviceSnapshot s && name.equals(s.name) && parent.equals(s.parent)
                && capabilities.equals(s.capabilities);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    NodeDeviceSnapshot boundTo(Connection owner) {
        return new NodeDeviceSnapshot(name, parent, capabilities, owner);
    }
}
