package org.virtfx.ui.domains;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.virtfx.ui.api.Connection;
import org.virtfx.ui.api.PluginAction;

/**
 * Other plugins' commands on a connection (Connection Details, say) in a connection row's
 * menu, acting on that row's connection, and the selection's connection following the rows.
 */
class ConnectionCommandsIT extends TreeFixture {
    /** The connection selected each time the contributed command ran. */
    private final List<String> ranOn = new CopyOnWriteArrayList<>();

    @Test
    void aContributedCommandIsInTheRowMenuAfterDisconnectAndActsOnThatRow() {
        contributeInfo();
        // given Beta's row focused with the keyboard, while Alpha was the selected connection
        focusRow(onFx(() -> tree().getRow(view.tree().itemOf(alpha))));
        assertThat(selectedConnection()).isSameAs(alpha);
        focusRow(onFx(() -> tree().getRow(view.tree().itemOf(beta))));
        // when the context-menu key opens its menu
        robot.type(KeyCode.CONTEXT_MENU);
        WaitForAsyncUtils.waitForFxEvents();
        // then the command stands after Disconnect, before Delete, enabled for this connection
        List<String> items = menuItems();
        assertThat(items).containsExactly("_Connect", "_Disconnect", "_Info", null, "D_elete…");
        assertThat(selectedConnection()).isSameAs(beta);
        // and the keyboard reaches and runs it, on Beta
        robot.type(KeyCode.DOWN).type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ranOn).containsExactly("Beta");
    }

    @Test
    void aDomainRowSelectsItsConnectionAndNoRowSelectsNone() {
        // rows: 0 Alpha, 1 build, 2 db-1, 3 legacy, 4 web-1, 5 Beta, 6 backup, 7 mail
        focusRow(6);
        assertThat(selectedNames()).containsExactly("backup");
        assertThat(selectedConnection()).isSameAs(beta);
        focusRow(2);
        assertThat(selectedConnection()).isSameAs(alpha);
        onFx(() -> {
            tree().getSelectionModel().clearSelection();
            return null;
        });
        assertThat(selectedConnection()).isNull();
    }

    @Test
    void aCommandWithdrawnByItsPluginLeavesTheMenu() {
        PluginAction info = contributeInfo();
        onFx(() -> context.connectionActions.remove(info));
        focusRow(onFx(() -> tree().getRow(view.tree().itemOf(beta))));
        robot.type(KeyCode.CONTEXT_MENU);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(menuItems()).containsExactly("_Connect", "_Disconnect", null, "D_elete…");
        robot.type(KeyCode.ESCAPE);
    }

    private PluginAction contributeInfo() {
        return onFx(() -> {
            PluginAction info = PluginAction.builder("test.info").text("_Info")
                    .enabledWhen(context.selection().connectionProperty().isNotNull())
                    .onAction(() -> ranOn.add(context.selection().connectionProperty().get().displayName()))
                    .build();
            context.connectionActions.add(info);
            return info;
        });
    }

    /** @return the texts of the showing connection menu's items (null for a separator) */
    private List<String> menuItems() {
        return onFx(() -> {
            ContextMenu menu = (ContextMenu) Window.getWindows().stream()
                    .filter(w -> w instanceof ContextMenu && w.isShowing()).findFirst().orElseThrow();
            assertThat(menu.getId()).isEqualTo("connection-menu");
            return menu.getItems().stream().map(MenuItem::getText).toList();
        });
    }

    private Connection selectedConnection() {
        return onFx(() -> context.selection().connectionProperty().get());
    }

    private void focusRow(int row) {
        onFx(() -> {
            tree().requestFocus();
            tree().getSelectionModel().clearAndSelect(row);
            tree().getFocusModel().focus(row);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
