package org.virtfx.ui.domains;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import org.virtfx.icons.Icon;
import org.virtfx.ui.api.Connection;
import org.virtfx.ui.api.ConnectionState;
import org.virtfx.ui.core.widgets.DomainStates;
import org.virtfx.ui.core.widgets.IconNodes;

/**
 * The State column: a domain's state icon and word; a connection's state, with libvirt's reason
 * when it is disconnected. Each cell makes an icon node at most once per icon.
 */
final class StateCell extends RowCell {
    private final Tooltip reason = new Tooltip();
    private final InvalidationListener onChange = o -> refresh();
    /**
     * Icon nodes made by this cell, at most one per icon, kept in one slot and shown or hidden:
     * a reused cell neither makes nodes nor moves them (moving a node re-applies its CSS).
     */
    private final Map<Icon, Node> icons = new EnumMap<>(Icon.class);
    private final StackPane iconSlot = new StackPane();
    private Icon shownIcon;

    StateCell() {
        setGraphicTextGap(6);
    }

    /** @param c a connection @return its state for users, with the reason when it has one */
    static String text(Connection c) {
        ConnectionState state = c.stateProperty().get();
        String error = c.errorProperty().get();
        String because = error == null || error.isEmpty() ? "" : ": " + error;
        return switch (state) {
            case CONNECTING -> "Connecting…";
            case CONNECTED -> "Connected";
            case RECONNECTING -> "Reconnecting…" + because;
            case DISCONNECTED -> "Disconnected" + because;
        };
    }

    private Node newIcon(Icon icon) {
        Node node = IconNodes.create(icon, 16);
        iconSlot.getChildren().add(node);
        return node;
    }

    @Override
    void bind(TreeRow row) {
        if (row instanceof TreeRow.DomainRow d) {
            d.domain().stateProperty().addListener(onChange);
        } else {
            row.connection().stateProperty().addListener(onChange);
            row.connection().errorProperty().addListener(onChange);
        }
    }

    @Override
    void unbind(TreeRow row) {
        if (row instanceof TreeRow.DomainRow d) {
            d.domain().stateProperty().removeListener(onChange);
        } else {
            row.connection().stateProperty().removeListener(onChange);
            row.connection().errorProperty().removeListener(onChange);
        }
    }

    @Override
    Node render(TreeRow row) {
        Icon icon;
        if (row instanceof TreeRow.DomainRow d) {
            icon = DomainStates.icon(d.domain().getState());
            setText(DomainStates.text(d.domain().getState()));
            setTooltip(null);
        } else {
            ConnectionState state = row.connection().stateProperty().get();
            icon = switch (state) {
                case CONNECTED -> Icon.CONNECTION;
                case CONNECTING -> Icon.CONNECTION_CONNECTING;
                case RECONNECTING -> Icon.CONNECTION_RECONNECTING;
                case DISCONNECTED -> Icon.CONNECTION_DISCONNECTED;
            };
            setText(text(row.connection()));
            // The reason can be long: the whole of it is in the tooltip.
            reason.setText(getText());
            setTooltip(reason);
        }
        if (icon != shownIcon) {
            if (shownIcon != null) {
                icons.get(shownIcon).setVisible(false);
            }
            icons.computeIfAbsent(icon, this::newIcon).setVisible(true);
            shownIcon = icon;
        }
        return iconSlot;
    }
}
