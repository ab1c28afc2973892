package org.virtfx.ui.domains;

import javafx.beans.InvalidationListener;
import javafx.css.PseudoClass;
import javafx.scene.control.TreeTableRow;
import org.virtfx.ui.api.Connection;

/**
 * A row of the domain tree. It is marked {@code :connection} for a connection's row and
 * {@code :stale} while its connection is not connected (the data shown is the last it had), and
 * follows only its current connection's state.
 */
final class DomainTreeRow extends TreeTableRow<TreeRow> {
    private static final PseudoClass STALE = PseudoClass.getPseudoClass("stale");
    private static final PseudoClass CONNECTION = PseudoClass.getPseudoClass("connection");

    private final InvalidationListener onState = o -> mark();
    private Connection followed;

    @Override
    protected void updateItem(TreeRow row, boolean empty) {
        super.updateItem(row, empty);
        Connection next = empty || row == null ? null : row.connection();
        if (next != followed) {
            if (followed != null) {
                followed.stateProperty().removeListener(onState);
            }
            followed = next;
            if (followed != null) {
                followed.stateProperty().addListener(onState);
            }
        }
        pseudoClassStateChanged(CONNECTION, !empty && row instanceof TreeRow.ConnectionRow);
        mark();
    }

    /** Stops following the connection's state: for a view that closes. */
    void release() {
        if (followed != null) {
            followed.stateProperty().removeListener(onState);
            followed = null;
        }
    }

    private void mark() {
        // Reading the state also re-arms the invalidation listener.
        pseudoClassStateChanged(STALE, followed != null && !followed.stateProperty().get().isLive());
    }
}
