package org.virtfx.app.connect;

import java.io.File;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.virtfx.ui.api.FxThread;
import org.virtfx.ui.core.ConnectionNames;

/**
 * File &gt; Add Connection, as virt-manager has it: the hypervisor (or a test-driver file, or a
 * custom URI), optionally a remote host over SSH, TLS or TCP, autoconnect and a name, with the
 * URI it makes shown (and copyable) as the user types. The URI itself comes from
 * {@link ConnectionUri}; this class only wires fields to it.
 */
@FxThread
public final class AddConnectionDialog {
    /** The dialog's default button. */
    public static final ButtonType CONNECT = new ButtonType("Connect", ButtonBar.ButtonData.OK_DONE);

    private static final String THEME_BRIDGE = AddConnectionDialog.class
            .getResource("/org/virtfx/app/theme-bridge.css").toExternalForm();

    private final Dialog<ConnectionRequest> dialog = new Dialog<>();
    private final ComboBox<Hypervisor> hypervisor = new ComboBox<>();
    private final TextField file = field("add-connection-file", "/path/to/testdriver.xml");
    private final Button browse = new Button("Browse…");
    private final TextField custom = field("add-connection-custom", "e.g. qemu+ssh://root@server/system");
    private final CheckBox remote = new CheckBox("Connect to remote host over");
    private final ComboBox<Transport> transport = new ComboBox<>();
    private final TextField user = field("add-connection-user", "");
    private final TextField host = field("add-connection-host", "host name or address");
    private final TextField port = field("add-connection-port", "");
    private final CheckBox autoconnect = new CheckBox("Autoconnect");
    private final TextField name = field("add-connection-name", "");
    private final TextField preview = field("add-connection-uri", "");
    private final Label problem = new Label();
    private final ObjectBinding<ConnectionUri> choice;

    /** @param owner the window it belongs to, or null */
    public AddConnectionDialog(Window owner) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle("Add Connection");
        dialog.setHeaderText("Connect to a hypervisor on this machine or on another");
        hypervisor.setId("add-connection-hypervisor");
        hypervisor.getItems().setAll(Hypervisor.values());
        hypervisor.getSelectionModel().select(Hypervisor.QEMU_SYSTEM);
        transport.setId("add-connection-transport");
        transport.getItems().setAll(Transport.values());
        transport.getSelectionModel().select(Transport.SSH);
        remote.setId("add-connection-remote");
        browse.setId("add-connection-browse");
        browse.setOnAction(e -> chooseFile());
        autoconnect.setId("add-connection-autoconnect");
        autoconnect.setSelected(true);
        preview.setEditable(false);
        preview.getStyleClass().add("vfx-uri-preview");
        problem.setId("add-connection-problem");
        problem.getStyleClass().add("vfx-form-problem");
        problem.setWrapText(true);

        choice = Bindings.createObjectBinding(this::read, dependencies());
        wire();
        dialog.getDialogPane().setContent(form());
        // A dialog is a scene of its own: it needs the app's stylesheet to use its classes.
        dialog.getDialogPane().getStylesheets().add(THEME_BRIDGE);
        dialog.getDialogPane().getButtonTypes().setAll(CONNECT, ButtonType.CANCEL);
        dialog.getDialogPane().setPrefWidth(600);
        dialog.setResizable(true);
        Node connect = dialog.getDialogPane().lookupButton(CONNECT);
        connect.setId("add-connection-connect");
        connect.disableProperty().bind(Bindings.createBooleanBinding(() -> choice.get().problem().isPresent(), choice));
        dialog.setResultConverter(button -> button == CONNECT
                ? new ConnectionRequest(choice.get().toUri(), name.getText().trim(), autoconnect.isSelected()) : null);
        dialog.setOnShown(e -> hypervisor.requestFocus());
    }

    /**
     * Shows the dialog without blocking.
     *
     * @param onConnect called with the user's choice when they press Connect; not on Cancel
     */
    public void show(Consumer<ConnectionRequest> onConnect) {
        dialog.setOnHidden(e -> Optional.ofNullable(dialog.getResult()).ifPresent(onConnect));
        dialog.show();
    }

    /** @return the fields' current choice */
    private ConnectionUri read() {
        Hypervisor hv = hypervisor.getValue();
        ConnectionUri c = new ConnectionUri(hv, file.getText(), custom.getText(), Optional.empty(), "", "", "");
        return remote.isSelected() && hv != Hypervisor.CUSTOM
                ? c.over(transport.getValue(), user.getText(), host.getText(), port.getText()) : c;
    }

    private Observable[] dependencies() {
        return new Observable[] {hypervisor.valueProperty(), file.textProperty(), custom.textProperty(),
            remote.selectedProperty(), transport.valueProperty(), user.textProperty(), host.textProperty(),
            port.textProperty()};
    }

    /** Shows what applies to the chosen hypervisor and transport, and follows the choice. */
    private void wire() {
        ObservableBooleanValue isFile = hypervisor.valueProperty().isEqualTo(Hypervisor.TEST_FILE);
        ObservableBooleanValue isCustom = hypervisor.valueProperty().isEqualTo(Hypervisor.CUSTOM);
        showWhen(isFile, file, browse);
        showWhen(isCustom, custom);
        remote.disableProperty().bind(Bindings.createBooleanBinding(isCustom::get, isCustom));
        ObservableBooleanValue remoteOn = Bindings.createBooleanBinding(
                () -> remote.isSelected() && !isCustom.get(), remote.selectedProperty(), isCustom);
        transport.disableProperty().bind(Bindings.not(remoteOn));
        host.disableProperty().bind(Bindings.not(remoteOn));
        port.disableProperty().bind(Bindings.not(remoteOn));
        user.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !remoteOn.get() || !transport.getValue().carriesUser(), remoteOn, transport.valueProperty()));
        port.promptTextProperty().bind(Bindings.createStringBinding(
                () -> "default " + transport.getValue().defaultPort(), transport.valueProperty()));
        user.promptTextProperty().bind(Bindings.createStringBinding(() -> transport.getValue() == Transport.SSH
                ? "as in ssh; empty for your own" : "SASL user, optional", transport.valueProperty()));
        preview.textProperty().bind(Bindings.createStringBinding(() -> choice.get().toUri(), choice));
        problem.textProperty().bind(Bindings.createStringBinding(() -> choice.get().problem().orElse(""), choice));
        name.promptTextProperty().bind(Bindings.createStringBinding(() -> {
            String uri = choice.get().toUri();
            return uri.isEmpty() ? "" : ConnectionNames.displayName(uri) + " (from the URI)";
        }, choice));
    }

    private Node form() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(8, 14, 0, 14));
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setPrefWidth(380);
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        hypervisor.setMaxWidth(Double.MAX_VALUE);
        HBox fileRow = new HBox(6, file, browse);
        HBox.setHgrow(file, Priority.ALWAYS);
        fileRow.visibleProperty().bind(file.visibleProperty());
        fileRow.managedProperty().bind(file.managedProperty());
        HBox remoteRow = new HBox(6, remote, transport);
        remoteRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        port.setPrefColumnCount(7);
        Label portLabel = label("_Port:", port);
        portLabel.setMinWidth(Label.USE_PREF_SIZE);
        HBox hostRow = new HBox(6, host, portLabel, port);
        hostRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(host, Priority.ALWAYS);

        // The file row and the custom-URI row share one grid row (at most one shows), so the
        // form has no double gap between the hypervisor and the remote host.
        Label fileLabel = label("_File:", file);
        showWhen(file.visibleProperty(), fileLabel);
        Label customLabel = label("_URI:", custom);
        showWhen(custom.visibleProperty(), customLabel);
        int row = 0;
        grid.addRow(row++, label("_Hypervisor:", hypervisor), hypervisor);
        grid.addRow(row++, new javafx.scene.layout.StackPane(fileLabel, customLabel),
                new javafx.scene.layout.StackPane(fileRow, custom));
        grid.add(remoteRow, 1, row++);
        grid.addRow(row++, label("User_name:", user), user);
        grid.addRow(row++, label("Hos_tname:", host), hostRow);
        grid.add(autoconnect, 1, row++);
        grid.addRow(row++, label("_Name:", name), name);
        grid.addRow(row++, label("Generated URI:", preview), preview);
        grid.add(problem, 1, row);
        return grid;
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Test-driver file");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("libvirt test-driver XML", "*.xml"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File current = new File(file.getText().trim());
        if (current.getParentFile() != null && current.getParentFile().isDirectory()) {
            chooser.setInitialDirectory(current.getParentFile());
        }
        File chosen = chooser.showOpenDialog(dialog.getDialogPane().getScene().getWindow());
        if (chosen != null) {
            file.setText(chosen.getAbsolutePath());
        }
    }

    private static void showWhen(ObservableBooleanValue condition, Node... nodes) {
        for (Node n : nodes) {
            n.visibleProperty().bind(Bindings.createBooleanBinding(condition::get, condition));
            n.managedProperty().bind(n.visibleProperty());
        }
    }

    private static TextField field(String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        return f;
    }

    private static Label label(String text, Node target) {
        Label l = new Label(text);
        l.setMnemonicParsing(true);
        l.setLabelFor(target);
        return l;
    }
}
