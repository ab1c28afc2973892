package org.virtfx.ui.core;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.virtfx.libvirt.Connect;
import org.virtfx.libvirt.ConnectAuth;
import org.virtfx.libvirt.ConnectCloseReason;
import org.virtfx.libvirt.ConnectCredentialType;
import org.virtfx.libvirt.EventRegistration;
import org.virtfx.libvirt.LibvirtException;

/**
 * One open libvirt connection and its event registrations: what a live connection holds while
 * connected and throws away when the connection drops. Worker-confined.
 */
final class ConnectionSession implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger("org.virtfx.ui.core");
    /** libvirt's remote default is 5 s x 5; three misses are enough for a desktop to notice. */
    private static final int KEEPALIVE_SECONDS = 5;
    private static final int KEEPALIVE_COUNT = 3;

    private final Connect connect;
    private final List<EventRegistration> registrations = new ArrayList<>();

    private ConnectionSession(Connect connect) {
        this.connect = connect;
    }

    /**
     * Opens a connection; with a prompt, libvirt's credential questions go to it.
     *
     * @param uri the URI
     * @param prompt answers credential questions, or null to open without
     * @return the session, without event registrations yet
     */
    static ConnectionSession open(String uri, CredentialPrompt prompt) {
        Connect c = prompt == null
                ? Connect.open(uri)
                : Connect.openAuth(uri, new ConnectAuth(EnumSet.of(ConnectCredentialType.AUTHNAME,
                        ConnectCredentialType.PASSPHRASE, ConnectCredentialType.ECHOPROMPT,
                        ConnectCredentialType.NOECHOPROMPT, ConnectCredentialType.REALM),
                        questions -> prompt.answer(uri, questions)));
        ConnectionSession s = new ConnectionSession(c);
        try {
            c.setKeepAlive(KEEPALIVE_SECONDS, KEEPALIVE_COUNT);
        } catch (LibvirtException e) {
            // Local drivers (test:///, qemu:/// in-process parts) have no keepalive: nothing to do.
        }
        return s;
    }

    /** @return the connection */
    Connect connect() {
        return connect;
    }

    /**
     * Listens to the events a live model needs. An event the driver does not offer is skipped:
     * polling still covers it.
     *
     * @param sink where events go; called on the event-loop thread
     * @return how many registrations succeeded
     */
    int listen(ModelEvents sink) {
        tryRegister("close", () -> connect.registerCloseCallback(r -> sink.closed(describe(r))));
        tryRegister("domain lifecycle", () -> connect.domainEventLifecycleRegister(null, e -> sink.domainChanged(e.domainUuid())));
        tryRegister("domain reboot", () -> connect.domainEventRebootRegister(null, e -> sink.domainChanged(e.domainUuid())));
        tryRegister("device added", () -> connect.domainEventDeviceAddedRegister(null, e -> sink.domainChanged(e.domainUuid())));
        tryRegister("device removed", () -> connect.domainEventDeviceRemovedRegister(null, e -> sink.domainChanged(e.domainUuid())));
        tryRegister("metadata", () -> connect.domainEventMetadataChangeRegister(null, e -> sink.domainChanged(e.domainUuid())));
        tryRegister("balloon", () -> connect.domainEventBalloonChangeRegister(null, e -> sink.domainChanged(e.domainUuid())));
        tryRegister("tray", () -> connect.domainEventTrayChangeRegister(null, e -> sink.domainChanged(e.domainUuid())));
        tryRegister("job completed", () -> connect.domainEventJobCompletedRegister(null, e -> sink.domainChanged(e.domainUuid())));
        tryRegister("network lifecycle", () -> connect.networkEventLifecycleRegister(null, e -> sink.networkChanged(e.networkName())));
        tryRegister("pool lifecycle", () -> connect.storagePoolEventLifecycleRegister(null, e -> sink.storagePoolChanged(e.poolName())));
        tryRegister("pool refresh", () -> connect.storagePoolEventRefreshRegister(null, e -> sink.storagePoolChanged(e.poolName())));
        tryRegister("node device", () -> connect.nodeDeviceEventLifecycleRegister(null, e -> sink.nodeDeviceChanged(e.deviceName())));
        return registrations.size();
    }

    private void tryRegister(String what, java.util.function.Supplier<EventRegistration> register) {
        try {
            registrations.add(register.get());
        } catch (LibvirtException e) {
            LOG.log(Level.DEBUG, () -> "no " + what + " events on " + connect + ": " + e.getMessage());
        }
    }

    static String describe(ConnectCloseReason reason) {
        return switch (reason) {
            case EOF -> "the libvirt daemon closed the connection";
            case KEEPALIVE -> "the host stopped answering (keepalive timeout)";
            case ERROR -> "the connection failed (I/O error)";
            case CLIENT -> "the connection was closed";
            default -> "the connection was lost";
        };
    }

    /**
     * Deregisters and closes; on a dead connection libvirt's errors are expected and ignored.
     */
    @Override
    public void close() {
        for (EventRegistration r : registrations) {
            try {
                r.close();
            } catch (RuntimeException e) {
                LOG.log(Level.DEBUG, () -> "deregistering on a closing connection: " + e.getMessage());
            }
        }
        registrations.clear();
        try {
            connect.close();
        } catch (RuntimeException e) {
            LOG.log(Level.DEBUG, () -> "closing a dead connection: " + e.getMessage());
        }
    }
}
