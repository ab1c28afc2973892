package org.virtfx.ui.domains;

import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Window;
import org.virtfx.ui.api.Connection;
import org.virtfx.ui.api.ConnectionState;

/**
 * The right-click menu of a connection row: Connect, Disconnect, and Delete (after a
 * confirmation). One menu serves every connection row; it is pointed at a connection before it
 * shows. The outcome of Connect shows in the row's state, libvirt's reason included.
 */
final class ConnectionMenu {
    private final ContextMenu menu = new ContextMenu();
    private final MenuItem connect = new MenuItem("_Connect");
    private final MenuItem disconnect = new MenuItem("_Disconnect");
    private final MenuItem delete = new MenuItem("D_elete…");
    private final Consumer<Connection> remove;
    private Connection target;

    /** @param remove removes a connection from the user's list, or null where that is impossible */
    ConnectionMenu(Consumer<Connection> remove) {
        this.remove = remove;
        connect.setId("connection-connect");
        disconnect.setId("connection-disconnect");
        delete.setId("connection-delete");
        // The state column shows a failure's reason: nothing more to report here.
        connect.setOnAction(e -> target.connect().exceptionally(failure -> null));
        disconnect.setOnAction(e -> target.disconnect().exceptionally(failure -> null));
        delete.setOnAction(e -> confirmDelete(target));
        menu.setId("connection-menu");
        menu.getItems().addAll(connect, disconnect, new SeparatorMenuItem(), delete);
    }

    /**
     * @param connection the connection the menu acts on
     * @return the menu, its items enabled as the connection's state allows
     */
    ContextMenu menuFor(Connection connection) {
        target = connection;
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
