package org.virtfx.ui.domains;

import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Window;
import org.virtfx.ui.api.Connection;
import org.virtfx.ui.api.ConnectionState;
import org.virtfx.ui.api.PluginAction;
import org.virtfx.ui.core.widgets.ActionNodes;

/**
 * The right-click menu of a connection row: Connect, Disconnect, the connection commands other
 * plugins contribute (Connection Details, say), and Delete (after a confirmation). One menu
 * serves every connection row; it is pointed at a connection before it shows, which also makes
 * that connection the selected one, so that the contributed commands act on it. The outcome of
 * Connect shows in the row's state, libvirt's reason included.
 */
final class ConnectionMenu {
    private final ContextMenu menu = new ContextMenu();
    private final MenuItem connect = new MenuItem("_Connect");
    private final MenuItem disconnect = new MenuItem("_Disconnect");
    private final MenuItem delete = new MenuItem("D_elete…");
    private final Consumer<Connection> remove;
    private final ObservableList<PluginAction> contributed;
    private final Consumer<Connection> select;
    private Connection target;

    /** @param remove removes a connection from the user's list, or null where that is impossible */
    ConnectionMenu(Consumer<Connection> remove) {
        this(remove, FXCollections.emptyObservableList(), c -> { });
    }

    /**
     * @param remove removes a connection from the user's list, or null where that is impossible
     * @param contributed other plugins' commands on the selected connection
     * @param select makes a connection the selected one
     */
    ConnectionMenu(Consumer<Connection> remove, ObservableList<PluginAction> contributed, Consumer<Connection> select) {
        this.remove = remove;
        this.contributed = contributed;
        this.select = select;
        connect.setId("connection-connect");
        disconnect.setId("connection-disconnect");
        delete.setId("connection-delete");
        // The state column shows a failure's reason: nothing more to report here.
        connect.setOnAction(e -> target.connect().exceptionally(failure -> null));
        disconnect.setOnAction(e -> target.disconnect().exceptionally(failure -> null));
        delete.setOnAction(e -> confirmDelete(target));
        menu.setId("connection-menu");
    }

    /**
     * @param connection the connection the menu acts on
     * @return the menu, its items enabled as the connection's state allows
     */
    ContextMenu menuFor(Connection connection) {
        target = connection;
        // First the selection, so that the contributed items' enablement follows this connection.
        select.accept(connection);
        // Rebuilt each time: plugins may have come or gone since; the items bind their actions weakly.
        List<PluginAction> others = contributed.stream().sorted(Comparator.comparingInt(PluginAction::order)).toList();
        menu.getItems().setAll(connect, disconnect);
        menu.getItems().addAll(ActionNodes.menuItems(others, "connection-"));
        menu.getItems().addAll(new SeparatorMenuItem(), delete);
        ConnectionState state = connection.stateProperty().get();
        connect.setDisable(state == ConnectionState.CONNECTED || state == ConnectionState.CONNECTING);
        disconnect.setDisable(state == ConnectionState.DISCONNECTED);
        delete.setDisable(remove == null);
        return menu;
    }

    /** @return whether the menu is showing */
    boolean isShowing() {
        return menu.isShowing();
    }

    private void confirmDelete(Connection connection) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION,
                "VirtFX forgets this connection. Its virtual machines are not changed.",
                ButtonType.CANCEL, ButtonType.OK);
        confirm.setTitle("Delete Connection");
        confirm.setHeaderText("Delete the connection “" + connection.displayName() + "”?");
        confirm.getDialogPane().setId("confirm-delete-connection");
        Window owner = menu.getOwnerWindow();
        if (owner != null) {
            confirm.initOwner(owner);
        }
        // Cancel is the default: Enter alone must not remove a connection.
        ((javafx.scene.control.Button) confirm.getDialogPane().lookupButton(ButtonType.OK)).setDefaultButton(false);
        ((javafx.scene.control.Button) confirm.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> remove.accept(connection));
    }
}
