package org.virtfx.ui.domains;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import org.virtfx.ui.api.Connection;
import org.virtfx.ui.api.DomainModel;

/**
 * The tree of connections and their domains, kept in step with the live model: a branch per
 * connection in the connection list's order, its domains filtered by the search and sorted by
 * the columns the user sorts on. The selected domains are written to the shared selection; a
 * selected connection row contributes none.
 */
final class DomainTree {
    private final TreeTableView<TreeRow> tree = new TreeTableView<>();
    private final TreeItem<TreeRow> root = new TreeItem<>();
    private final ObservableList<Connection> connections;
    private final ObservableList<DomainModel> selected;
    private final Map<Connection, ConnectionBranch> branches = new LinkedHashMap<>();
    private final Set<ConnectionBranch> pending = new LinkedHashSet<>();
    private final ListChangeListener<Connection> onConnections = c -> connectionsChanged();
    private final ListChangeListener<TreeItem<TreeRow>> onSelection = c -> writeSelection();
    private final ReadOnlyIntegerWrapper matches = new ReadOnlyIntegerWrapper(this, "matches");
    private DomainSearch search = DomainSearch.ALL;
    private boolean rebuilding;
    private boolean closed;

    /**
     * @param connections the connections, in the order to show them
     * @param selected where the selected domains are written
     * @param settings which columns are shown
     */
    DomainTree(ObservableList<Connection> connections, ObservableList<DomainModel> selected, ColumnSettings settings) {
        this.connections = connections;
        this.selected = selected;
        tree.setId("domain-list");
        tree.getStyleClass().add("domain-tree");
        tree.setRoot(root);
        tree.setShowRoot(false);
        tree.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        tree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        tree.setPlaceholder(new Label("No connections"));
        tree.setRowFactory(t -> new DomainTreeRow());
        for (DomainColumns.Spec spec : DomainColumns.ALL) {
            TreeTableColumn<TreeRow, Object> c = DomainColumns.create(spec);
            c.visibleProperty().bindBidirectional(settings.visible(spec.id()));
            tree.getColumns().add(c);
        }
        // Sorting reorders each connection's domains; the connection rows keep the list's order.
        tree.setSortPolicy(t -> {
            if (!rebuilding) {
                rebuild(branches.values());
            }
            return true;
        });
        tree.getSortOrder().add(tree.getColumns().get(0));
        connections.addListener(onConnections);
        connectionsChanged();
        tree.getSelectionModel().getSelectedItems().addListener(onSelection);
    }

    /** @return the control */
    TreeTableView<TreeRow> control() {
        return tree;
    }

    /** @param value what to show: the domains that match it, under their connections */
    void search(DomainSearch value) {
        search = Objects.requireNonNull(value);
        rebuild(branches.values());
    }

    /** @return how many domains the search matches now, over all connections */
    ReadOnlyIntegerProperty matchesProperty() {
        return matches.getReadOnlyProperty();
    }

    /**
     * @param connection a connection
     * @return its row's tree item
     */
    TreeItem<TreeRow> itemOf(Connection connection) {
        return branches.get(connection).item();
    }

    /** @return the row that has the keyboard focus, or null */
    TreeRow focusedRow() {
        TreeItem<TreeRow> item = tree.getFocusModel().getFocusedItem();
        if (item == null && !tree.getSelectionModel().getSelectedItems().isEmpty()) {
            item = tree.getSelectionModel().getSelectedItems().get(0);
        }
        return item == null ? null : item.getValue();
    }

    /** Lets go of the connections and their domains. */
    void close() {
        if (closed) {
            return;
        }
        closed = true;
        tree.getSelectionModel().getSelectedItems().removeListener(onSelection);
        connections.removeListener(onConnections);
        branches.values().forEach(ConnectionBranch::dispose);
        branches.clear();
        root.getChildren().clear();
        pending.clear();
        // A closed view may never be laid out again: its cells let go of the models now.
        for (javafx.scene.Node n : tree.lookupAll(".tree-table-cell")) {
            if (n instanceof RowCell cell) {
                cell.release();
            }
        }
        for (javafx.scene.Node n : tree.lookupAll(".tree-table-row-cell")) {
            if (n instanceof DomainTreeRow row) {
                row.release();
            }
        }
    }

    private void connectionsChanged() {
        Set<Connection> now = new LinkedHashSet<>(connections);
        for (Connection gone : List.copyOf(branches.keySet())) {
            if (!now.contains(gone)) {
                branches.remove(gone).dispose();
            }
        }
        List<ConnectionBranch> added = new ArrayList<>();
        for (Connection c : now) {
            if (!branches.containsKey(c)) {
                ConnectionBranch b = new ConnectionBranch(c, this::schedule);
                branches.put(c, b);
                added.add(b);
            }
        }
        rebuild(added);
    }

    /** Coalesces rebuilds: a tick that changes a thousand domains rebuilds each branch once. */
    private void schedule(ConnectionBranch branch) {
        if (closed) {
            return;
        }
        if (pending.isEmpty()) {
            Platform.runLater(this::flush);
        }
        pending.add(branch);
    }

    private void flush() {
        if (closed) {
            return;
        }
        List<ConnectionBranch> due = List.copyOf(pending);
        pending.clear();
        rebuild(due.stream().filter(b -> branches.get(b.connection()) == b).toList());
    }

    /**
     * Rebuilds some branches and the list of connection rows, keeping the selection and the
     * focus on the same rows wherever they moved.
     */
    private void rebuild(Collection<ConnectionBranch> which) {
        TreeTableView.TreeTableViewSelectionModel<TreeRow> sm = tree.getSelectionModel();
        List<TreeItem<TreeRow>> keep = List.copyOf(sm.getSelectedItems());
        TreeItem<TreeRow> focus = tree.getFocusModel().getFocusedItem();
        Comparator<TreeItem<TreeRow>> order = tree.getComparator();
        rebuilding = true;
        try {
            for (ConnectionBranch b : which) {
                b.rebuild(search, order);
            }
            List<TreeItem<TreeRow>> shown = branches.values().stream()
                    .filter(b -> search.isEmpty() || b.matches() > 0).map(ConnectionBranch::item).toList();
            if (!shown.equals(root.getChildren())) {
                root.getChildren().setAll(shown);
            }
            if (!keep.equals(sm.getSelectedItems()) || focus != tree.getFocusModel().getFocusedItem()) {
                restore(keep, focus);
            }
        } finally {
            rebuilding = false;
        }
        writeSelection();
        matches.set(branches.values().stream().mapToInt(ConnectionBranch::matches).sum());
    }

    private void restore(List<TreeItem<TreeRow>> keep, TreeItem<TreeRow> focus) {
        TreeTableView.TreeTableViewSelectionModel<TreeRow> sm = tree.getSelectionModel();
        int[] rows = keep.stream().filter(Objects::nonNull).mapToInt(tree::getRow).filter(r -> r >= 0).toArray();
        sm.clearSelection();
        if (rows.length > 0) {
            sm.selectIndices(rows[0], java.util.Arrays.copyOfRange(rows, 1, rows.length));
        }
        int f = focus == null ? -1 : tree.getRow(focus);
        if (f >= 0) {
            tree.getFocusModel().focus(f);
        }
    }

    private void writeSelection() {
        if (rebuilding || closed) {
            return;
        }
        List<DomainModel> chosen = tree.getSelectionModel().getSelectedItems().stream()
                .filter(Objects::nonNull).map(TreeItem::getValue)
                .filter(TreeRow.DomainRow.class::isInstance).map(r -> ((TreeRow.DomainRow) r).domain())
                .distinct().toList();
        if (!chosen.equals(selected)) {
            selected.setAll(chosen);
        }
    }
}
