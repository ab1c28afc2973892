package org.virtfx.ui.domains;

import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.TreeTableCell;

/**
 * A cell of the domain tree. Its nodes are made once; as the cell is reused for other rows it
 * moves its listeners from the old row's model to the new one's, so a recycled cell never keeps
 * listening to a row it no longer shows.
 */
abstract class RowCell extends TreeTableCell<TreeRow, Object> {
    private TreeRow bound;

    RowCell() {
        setText(null);
    }

    @Override
    protected final void updateItem(Object model, boolean empty) {
        super.updateItem(model, empty);
        TreeRow next = empty || model == null ? null : TreeRow.of(model);
        if (!Objects.equals(next, bound)) {
            if (bound != null) {
                unbind(bound);
            }
            bound = next;
            if (bound != null) {
                bind(bound);
            }
        }
        refresh();
    }

    /** @return the row shown and listened to now, or null */
    final TreeRow bound() {
        return bound;
    }

    /** Stops listening and shows nothing: for a view that closes while this cell still shows a row. */
    final void release() {
        if (bound != null) {
            unbind(bound);
            bound = null;
        }
        setText(null);
        setGraphic(null);
    }

    /** Shows the bound row's current values: called on rebinding and by the cell's listeners. */
    final void refresh() {
        if (bound == null) {
            setText(null);
            setGraphic(null);
        } else {
            setGraphic(render(bound));
        }
    }

    /** @param row starts listening to what the cell shows of this row */
    abstract void bind(TreeRow row);

    /** @param row stops listening to this row */
    abstract void unbind(TreeRow row);

    /**
     * Shows a row: sets the cell's text and returns its graphic. The cell's own text is used
     * where it can be, so that a row is as few nodes as possible (CSS costs per node).
     *
     * @param row the row
     * @return its graphic, updated, or null for none
     */
    abstract Node render(TreeRow row);
}
