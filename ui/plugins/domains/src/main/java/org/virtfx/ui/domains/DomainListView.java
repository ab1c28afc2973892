package org.virtfx.ui.domains;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import org.virtfx.icons.Icon;
import org.virtfx.libvirt.DomainState;
import org.virtfx.ui.api.DomainModel;
import org.virtfx.ui.api.PluginAction;
import org.virtfx.ui.api.View;
import org.virtfx.ui.core.widgets.ActionNodes;
import org.virtfx.ui.core.widgets.DomainStates;
import org.virtfx.ui.core.widgets.Formats;
import org.virtfx.ui.core.widgets.IconNodes;

/**
 * The list of virtual machines: name, state (icon and text), vCPUs, memory and host, sortable,
 * with multiple selection written to the shared {@link org.virtfx.ui.api.Selection}.
 */
final class DomainListView implements View {
    private final DomainListViewModel model;
    private final TableView<DomainModel> table = new TableView<>();
    private final SortedList<DomainModel> sorted;
    private final ListChangeListener<DomainModel> writeSelection;
    private boolean closed;

    DomainListView(DomainListViewModel model, List<PluginAction> contextActions) {
        this.model = model;
        this.sorted = new SortedList<>(model.domains());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setId("domain-list");
        table.getStyleClass().add("domain-list");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No virtual machines"));
        table.getColumns().addAll(List.of(nameColumn(), stateColumn(), vcpuColumn(), memoryColumn(), hostColumn()));
        table.getSortOrder().add(table.getColumns().get(0));
        table.setContextMenu(ActionNodes.contextMenu(contextActions));
        writeSelection = change -> model.selected().setAll(List.copyOf(table.getSelectionModel().getSelectedItems()));
        table.getSelectionModel().getSelectedItems().addListener(writeSelection);
    }

    @Override
    public Node node() {
        return table;
    }

    /** Stops writing the selection and lets go of the models. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        table.getSelectionModel().getSelectedItems().removeListener(writeSelection);
        sorted.comparatorProperty().unbind();
        table.setItems(null);
        model.close();
    }

    private static TableColumn<DomainModel, String> nameColumn() {
        TableColumn<DomainModel, String> c = new TableColumn<>("Name");
        c.setId("name");
        c.setCellValueFactory(f -> f.getValue().nameProperty());
        c.setPrefWidth(260);
        return c;
    }

    private static TableColumn<DomainModel, DomainState> stateColumn() {
        TableColumn<DomainModel, DomainState> c = new TableColumn<>("State");
        c.setId("state");
        c.setCellValueFactory(f -> f.getValue().stateProperty());
        c.setCellFactory(col -> new StateCell());
        c.setComparator((a, b) -> DomainStates.text(a).compareTo(DomainStates.text(b)));
        c.setPrefWidth(140);
        return c;
    }

    private static TableColumn<DomainModel, Number> vcpuColumn() {
        TableColumn<DomainModel, Number> c = new TableColumn<>("vCPUs");
        c.setId("vcpus");
        c.setCellValueFactory(f -> f.getValue().vcpusProperty());
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        c.setPrefWidth(70);
        return c;
    }

    private static TableColumn<DomainModel, Number> memoryColumn() {
        TableColumn<DomainModel, Number> c = new TableColumn<>("Memory");
        c.setId("memory");
        c.setCellValueFactory(f -> f.getValue().memoryKiBProperty());
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Number kib, boolean empty) {
                super.updateItem(kib, empty);
                setText(empty || kib == null ? null : Formats.memoryKiB(kib.longValue()));
            }
        });
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        c.setPrefWidth(100);
        return c;
    }

    private static TableColumn<DomainModel, String> hostColumn() {
        TableColumn<DomainModel, String> c = new TableColumn<>("Host");
        c.setId("host");
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(f.getValue().connection().displayName()));
        c.setPrefWidth(140);
        return c;
    }

    /**
     * A state as an icon and its word. Built once per cell: cells are reused while scrolling, so
     * updating must not create nodes, except a new icon when the state really changed.
     */
    private static final class StateCell extends TableCell<DomainModel, DomainState> {
        private final Label text = new Label();
        private final HBox box = new HBox(6);
        private Icon shownIcon;

        StateCell() {
            box.setAlignment(Pos.CENTER_LEFT);
            setText(null);
        }

        @Override
        protected void updateItem(DomainState state, boolean empty) {
            super.updateItem(state, empty);
            if (empty) {
                setGraphic(null);
                return;
            }
            Icon icon = DomainStates.icon(state);
            if (icon != shownIcon) {
                box.getChildren().setAll(IconNodes.create(icon, 16), text);
                shownIcon = icon;
            }
            text.setText(DomainStates.text(state));
            setGraphic(box);
        }
    }
}
