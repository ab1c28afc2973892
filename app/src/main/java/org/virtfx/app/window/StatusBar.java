package org.virtfx.app.window;

import java.lang.System.Logger.Level;
import java.util.EnumMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.virtfx.libvirt.DomainState;
import org.virtfx.ui.api.Connection;
import org.virtfx.ui.api.Connections;
import org.virtfx.ui.api.DomainModel;
import org.virtfx.ui.api.FxThread;
import org.virtfx.ui.api.Notifier;
import org.virtfx.ui.core.widgets.DomainStates;

/**
 * The status bar: the latest message on the left, the connections and the machines by state on
 * the right. It is also the application's {@link Notifier}: errors show here and in a dialog.
 */
@FxThread
public final class StatusBar implements Notifier {
    private static final System.Logger LOG = System.getLogger("org.virtfx.app");

    private final HBox node = new HBox(12);
    private final Label message = new Label("Ready");
    private final Label connectionsLabel = new Label();
    private final Label counts = new Label();
    private final Connections connections;
    private boolean summaryQueued;
    private final InvalidationListener onAnyChange = o -> queueSummary();

    /** @param connections the connections to summarise */
    public StatusBar(Connections connections) {
        this.connections = connections;
        message.setId("status-message");
        connectionsLabel.setId("status-connections");
        counts.setId("status-counts");
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        node.getChildren().addAll(message, spring, connectionsLabel, counts);
        node.setAlignment(Pos.CENTER_LEFT);
        node.setPadding(new Insets(4, 10, 4, 10));
        node.getStyleClass().add("vfx-status-bar");
        // The start-up connections may be open already (they open while the toolkit starts).
        connections.all().forEach(this::follow);
        connections.allDomains().forEach(d -> d.stateProperty().addListener(onAnyChange));
        connections.all().addListener((ListChangeListener<Connection>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(this::follow);
            }
            queueSummary();
        });
        connections.allDomains().addListener((ListChangeListener<DomainModel>) c -> {
            while (c.next()) {
                c.getRemoved().forEach(d -> d.stateProperty().removeListener(onAnyChange));
                c.getAddedSubList().forEach(d -> d.stateProperty().addListener(onAnyChange));
            }
            queueSummary();
        });
        queueSummary();
    }

    private void follow(Connection conn) {
        conn.stateProperty().addListener(onAnyChange);
        conn.errorProperty().addListener(onAnyChange);
    }

    /** @return the bar */
    public HBox node() {
        return node;
    }

    @Override
    public void info(String text) {
        message.getStyleClass().remove("danger");
        message.setText(text);
    }

    @Override
    public void error(String summary, Throwable cause) {
        LOG.log(Level.WARNING, summary, cause);
        message.getStyleClass().add("danger");
        message.setText(summary + ": " + ErrorDialogs.shortMessage(cause));
        ErrorDialogs.show(node.getScene() == null ? null : node.getScene().getWindow(), summary, cause);
    }

    /** Recomputes the summary at most once per pulse, however many states changed. */
    private void queueSummary() {
        if (!summaryQueued) {
            summaryQueued = true;
            Platform.runLater(this::updateSummary);
        }
    }

    private void updateSummary() {
        summaryQueued = false;
        StringBuilder conns = new StringBuilder();
        for (Connection c : connections.all()) {
            if (conns.length() > 0) {
                conns.append("  ·  ");
            }
            conns.append(c.displayName()).append(": ").append(switch (c.stateProperty().get()) {
                case CONNECTING -> "connecting…";
                case CONNECTED -> "connected";
                case RECONNECTING -> "reconnecting (" + c.errorProperty().get() + ")";
                case DISCONNECTED -> "disconnected" + (c.errorProperty().get().isEmpty() ? "" : " (" + c.errorProperty().get() + ")");
            });
        }
        connectionsLabel.setText(conns.toString());
        Map<DomainState, Integer> byState = new EnumMap<>(DomainState.class);
        for (DomainModel d : connections.allDomains()) {
            DomainState s = d.getState() == null ? DomainState.UNKNOWN : d.getState();
            byState.merge(s, 1, Integer::sum);
        }
        StringBuilder text = new StringBuilder().append(connections.allDomains().size()).append(" VMs");
        byState.forEach((state, n) -> text.append("  ·  ").append(n).append(' ')
                .append(DomainStates.text(state).toLowerCase(java.util.Locale.ROOT)));
        counts.setText(text.toString());
    }
}
