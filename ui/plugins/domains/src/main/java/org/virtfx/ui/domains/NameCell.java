package org.virtfx.ui.domains;

import javafx.beans.InvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.virtfx.icons.Icon;
import org.virtfx.ui.core.widgets.IconNodes;

/**
 * The Name column: a domain's name with its title dimmed after it; a connection's name with a
 * badge for the demo host. The name keeps its width and the title gives way when the column is
 * narrow, which the cell's own text and graphic cannot do (a graphic keeps its width), hence
 * the box.
 */
final class NameCell extends RowCell {
    private final Label name = new Label();
    private final Label title = new Label();
    private final HBox domainBox = new HBox(8, name, title);
    private final Label connectionName = new Label();
    private final Label demo = new Label("DEMO");
    private final HBox connectionBox = new HBox(6);
    private final InvalidationListener onChange = o -> refresh();

    NameCell() {
        title.getStyleClass().add("domain-title");
        title.setMinWidth(0);
        name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        domainBox.setAlignment(Pos.CENTER_LEFT);
        connectionName.getStyleClass().add("connection-name");
        demo.getStyleClass().add("demo-badge");
        connectionBox.setAlignment(Pos.CENTER_LEFT);
        connectionBox.getChildren().setAll(IconNodes.create(Icon.HOST, 16), connectionName, demo);
    }

    @Override
    void bind(TreeRow row) {
        if (row instanceof TreeRow.DomainRow d) {
            d.domain().nameProperty().addListener(onChange);
            d.domain().titleProperty().addListener(onChange);
        }
    }

    @Override
    void unbind(TreeRow row) {
        if (row instanceof TreeRow.DomainRow d) {
            d.domain().nameProperty().removeListener(onChange);
            d.domain().titleProperty().removeListener(onChange);
        }
    }

    @Override
    Node render(TreeRow row) {
        if (row instanceof TreeRow.DomainRow d) {
            name.setText(d.domain().getName());
            String t = d.domain().titleProperty().get();
            title.setText(t == null ? "" : t);
            title.setVisible(t != null && !t.isEmpty());
            return domainBox;
        }
        connectionName.setText(row.connection().displayName());
        demo.setVisible(row.connection().isDemo());
        demo.setManaged(row.connection().isDemo());
        return connectionBox;
    }
}
