package org.virtfx.app.window;

import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.stage.Window;
import org.virtfx.app.plugins.PluginStatus;

/** Help &gt; Plugins: every plugin with its state and, for those not started, why. */
final class PluginsDialog {
    private PluginsDialog() {
    }

    static void show(Window owner, List<PluginStatus> statuses) {
        TableView<PluginStatus> table = new TableView<>();
        table.setId("plugin-table");
        table.getColumns().add(column("Plugin", PluginStatus::name, 180));
        table.getColumns().add(column("Id", PluginStatus::id, 120));
        table.getColumns().add(column("State", s -> s.state().name().toLowerCase(), 90));
        table.getColumns().add(column("Problem", PluginStatus::problem, 360));
        table.getItems().setAll(statuses);
        table.setPrefSize(780, 260);
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("Plugins");
        alert.setHeaderText(statuses.stream().filter(s -> s.state() == PluginStatus.State.STARTED).count()
                + " of " + statuses.size() + " plugins started");
        alert.getDialogPane().setContent(table);
        alert.setResizable(true);
        alert.show();
    }

    static void about(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("About VirtFX");
        alert.setHeaderText("VirtFX " + org.virtfx.app.Main.VERSION);
        alert.setContentText("A desktop manager for virtual machines, over libvirt.");
        alert.show();
    }

    private static TableColumn<PluginStatus, String> column(String title,
            java.util.function.Function<PluginStatus, String> value, double width) {
        TableColumn<PluginStatus, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
