package org.virtfx.ui.domains;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.virtfx.ui.api.Connection;
import org.virtfx.ui.api.ContributionPoint;
import org.virtfx.ui.api.PluginAction;
import org.virtfx.ui.api.PluginContext;
import org.virtfx.ui.api.PluginPreferences;
import org.virtfx.ui.api.Selection;
import org.virtfx.ui.api.View;
import org.virtfx.ui.core.widgets.ActionNodes;

/**
 * The manager window's main view: a search box over a tree of connections and their virtual
 * machines, with graph columns that the View menu shows or hides. The selected domains go to the
 * shared {@link org.virtfx.ui.api.Selection}, and the selected row's connection becomes the
 * selection's connection; the right-click menu (also the context-menu key and Shift+F10) holds
 * the domain actions on a domain row and Connect, Disconnect, the contributed connection
 * commands and Delete on a connection row.
 */
final class DomainListView implements View {
    private final DomainListViewModel model;
    private final DomainTree tree;
    private final SearchBar search;
    private final VBox root;
    private final ContextMenu domainMenu;
    private final ConnectionMenu connectionMenu;
    private final List<Subscription> subscriptions = new ArrayList<>();
    /** Without a context: the connections, derived from the domains; else null. */
    private final DomainConnections derived;
    private boolean closed;

    /**
     * A view without the plugin's context: it shows the connections that have domains, and
     * remembers the column choices only while it lives.
     *
     * @param model the selection and commands
     * @param contextActions the actions of a domain row's right-click menu
     */
    DomainListView(DomainListViewModel model, List<PluginAction> contextActions) {
        this(model, contextActions, new DomainConnections(model.domains()), null, new MemoryPreferences(), null);
    }

    /**
     * The full view: every connection (also the ones with no domain, or not connected), column
     * choices kept in the plugin's preferences and switched from the View menu, and Delete on
     * connection rows.
     *
     * @param model the selection and commands
     * @param contextActions the actions of a domain row's right-click menu
     * @param context the plugin's context
     */
    DomainListView(DomainListViewModel model, List<PluginAction> contextActions, PluginContext context) {
        this(model, contextActions, null, context.connections()::remove, context.preferences(), context);
    }

    private DomainListView(DomainListViewModel model, List<PluginAction> contextActions,
                           DomainConnections derived, Consumer<Connection> remove,
                           PluginPreferences preferences, PluginContext context) {
        this.model = model;
        this.derived = derived;
        ObservableList<Connection> connections = derived != null ? derived.list() : context.connections().all();
        ColumnSettings columns = new ColumnSettings(preferences);
        this.tree = new DomainTree(connections, model.selected(), columns);
        this.search = new SearchBar(tree);
        this.domainMenu = ActionNodes.contextMenu(contextActions);
        TreeTableView<TreeRow> control = tree.control();
        if (context == null) {
            this.connectionMenu = new ConnectionMenu(remove);
        } else {
            Selection selection = context.selection();
            this.connectionMenu = new ConnectionMenu(remove,
                    context.contributions().at(ContributionPoint.CONNECTION_ACTION), selection.connectionProperty()::set);
            subscriptions.add(control.getSelectionModel().selectedItemProperty().subscribe(item -> {
                // A domain row selects its connection too: the connection commands apply to it.
                if (item != null && item.getValue() != null) {
                    selection.connectionProperty().set(item.getValue().connection());
                } else if (item == null && control.getSelectionModel().isEmpty()) {
                    selection.connectionProperty().set(null);
                }
            }));
        }
        control.setOnContextMenuRequested(this::onContextMenu);
        control.addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        VBox.setVgrow(control, Priority.ALWAYS);
        root = new VBox(search.node(), control);
        root.getStylesheets().add(DomainListView.class.getResource("domain-tree.css").toExternalForm());
        focusListFirst(control);
        if (context != null) {
            for (PluginAction a : columns.actions()) {
                contribute(context, a);
            }
        }
    }

    @Override
    public Node node() {
        return root;
    }

    /** @return the tree, for tests */
    DomainTree tree() {
        return tree;
    }

    /** @return the search bar, for tests */
    SearchBar search() {
        return search;
    }

    /** Stops writing the selection, withdraws the View-menu switches and lets go of the models. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        subscriptions.forEach(Subscription::unsubscribe);
        search.close();
        tree.close();
        if (derived != null) {
            derived.close();
        }
        model.close();
    }

    /**
     * Gives the list, not the search field, the keyboard focus when the view enters a window, as
     * virt-manager does. Besides: a focused text field's blinking caret keeps JavaFX pulsing 60
     * times a second, which cost 2-3% of a core while the window sat idle.
     */
    private void focusListFirst(TreeTableView<TreeRow> control) {
        ChangeListener<Scene> once = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> o, Scene before, Scene after) {
                if (after != null) {
                    root.sceneProperty().removeListener(this);
                    control.requestFocus();
                }
            }
        };
        root.sceneProperty().addListener(once);
    }

    private void contribute(PluginContext context, PluginAction action) {
        try {
            subscriptions.add(context.contributions().add(ContributionPoint.ACTION, action));
        } catch (IllegalArgumentException alreadyThere) {
            // Another open domain view contributed the same switch; this one follows the same preference.
        }
    }

    private void onContextMenu(ContextMenuEvent e) {
        showMenu(e.getScreenX(), e.getScreenY());
        e.consume();
    }

    private void onKey(KeyEvent e) {
        // Monocle and some desktops send no context-menu event for the keyboard: make one here.
        if (e.getCode() == KeyCode.CONTEXT_MENU || (e.getCode() == KeyCode.F10 && e.isShiftDown())) {
            Bounds b = focusedRowBounds();
            showMenu(b.getMinX() + 24, b.getMaxY());
            e.consume();
        }
    }

    private void showMenu(double screenX, double screenY) {
        if (domainMenu.isShowing() || connectionMenu.isShowing()) {
            return;
        }
        TreeRow row = tree.focusedRow();
        ContextMenu menu = row instanceof TreeRow.ConnectionRow c ? connectionMenu.menuFor(c.connection()) : domainMenu;
        menu.show(tree.control(), screenX, screenY);
    }

    private Bounds focusedRowBounds() {
        TreeTableView<TreeRow> control = tree.control();
        int focused = control.getFocusModel().getFocusedIndex();
        for (Node n : control.lookupAll(".tree-table-row-cell")) {
            if (n instanceof DomainTreeRow r && r.getIndex() == focused && r.isVisible()) {
                return r.localToScreen(r.getBoundsInLocal());
            }
        }
        return control.localToScreen(control.getBoundsInLocal());
    }
}
