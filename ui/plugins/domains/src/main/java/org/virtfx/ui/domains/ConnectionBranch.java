package org.virtfx.ui.domains;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TreeItem;
import org.virtfx.ui.api.Connection;
import org.virtfx.ui.api.DomainModel;

/**
 * One connection's part of the tree: its row and its domains' rows, filtered by the search and
 * sorted by the tree's order. Each domain keeps one tree item for its whole life, so that the
 * selection and the cells follow it through re-sorting and filtering.
 */
final class ConnectionBranch {
    private final Connection connection;
    private final TreeItem<TreeRow> item;
    private final Map<DomainModel, TreeItem<TreeRow>> items = new HashMap<>();
    private final ListChangeListener<DomainModel> onDomains = this::domainsChanged;
    /** A name, title or state changed: the domain may now match or sort differently. */
    private final ChangeListener<Object> onDomainChange;
    private final Runnable changed;
    private int matches;

    /**
     * @param connection the connection
     * @param changed called when the branch should be rebuilt (the caller coalesces the calls)
     */
    ConnectionBranch(Connection connection, Consumer<ConnectionBranch> changed) {
        this.connection = connection;
        this.item = new TreeItem<>(new TreeRow.ConnectionRow(connection));
        this.changed = () -> changed.accept(this);
        this.onDomainChange = (o, before, after) -> this.changed.run();
        item.setExpanded(true);
        connection.domains().forEach(this::follow);
        connection.domains().addListener(onDomains);
    }

    /** @return the connection */
    Connection connection() {
        return connection;
    }

    /** @return the connection's tree item */
    TreeItem<TreeRow> item() {
        return item;
    }

    /** @return how many domains matched at the last {@link #rebuild} */
    int matches() {
        return matches;
    }

    /**
     * Shows the domains that match, in the given order; the children change only when the
     * result differs, so an idle tree is left alone.
     *
     * @param search which domains to show
     * @param order the tree's order, or null for the connection's own order
     */
    void rebuild(DomainSearch search, Comparator<TreeItem<TreeRow>> order) {
        List<TreeItem<TreeRow>> shown = new ArrayList<>();
        for (DomainModel d : connection.domains()) {
            if (search.matches(d)) {
                shown.add(items.get(d));
            }
        }
        if (order != null) {
            shown.sort(order);
        }
        matches = shown.size();
        if (!shown.equals(item.getChildren())) {
            item.getChildren().setAll(shown);
        }
    }

    /** Stops following the connection's domains. */
    void dispose() {
        connection.domains().removeListener(onDomains);
        items.keySet().forEach(this::unfollow);
        items.clear();
        item.getChildren().clear();
    }

    private void domainsChanged(ListChangeListener.Change<? extends DomainModel> change) {
        // Reconciled by identity rather than replayed: a domain removed and added back in one
        // change (a replace) keeps its tree item, and so its selection.
        Set<DomainModel> now = new HashSet<>(connection.domains());
        List.copyOf(items.keySet()).stream().filter(d -> !now.contains(d)).forEach(this::forget);
        now.stream().filter(d -> !items.containsKey(d)).forEach(this::follow);
        changed.run();
    }

    private void follow(DomainModel d) {
        items.put(d, new TreeItem<>(new TreeRow.DomainRow(d)));
        d.nameProperty().addListener(onDomainChange);
        d.titleProperty().addListener(onDomainChange);
        d.stateProperty().addListener(onDomainChange);
    }

    private void forget(DomainModel d) {
        if (items.remove(d) != null) {
            unfollow(d);
        }
    }

    private void unfollow(DomainModel d) {
        d.nameProperty().removeListener(onDomainChange);
        d.titleProperty().removeListener(onDomainChange);
        d.stateProperty().removeListener(onDomainChange);
    }
}
