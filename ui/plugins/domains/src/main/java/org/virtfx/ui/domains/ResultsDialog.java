package org.virtfx.ui.domains;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;

/**
 * A list of results that fills while work goes on (each machine, or each step of a deletion,
 * with what was done or libvirt's error), a spinner with the current step, and Close, which is
 * enabled once everything is done. Not modal: the main window stays usable meanwhile.
 */
final class ResultsDialog extends Dialog<Void> implements Prompts.Progress {
    private final ListView<Outcome> list = new ListView<>();
    private final Label step = new Label();
    private final ProgressIndicator spinner = new ProgressIndicator();

    ResultsDialog(String title) {
        setTitle(title);
        setHeaderText(title);
        initModality(Modality.NONE);
        getDialogPane().setId("results-dialog");
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        getDialogPane().lookupButton(ButtonType.CLOSE).setDisable(true);
        list.setId("results-list");
        list.setPrefSize(560, 220);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Outcome o, boolean empty) {
                super.updateItem(o, empty);
                setText(empty || o == null ? null : (o.ok() ? "✓ " : "✗ ") + o.subject() + ": " + o.detail());
                setStyle(empty || o == null || o.ok() ? "" : "-fx-text-fill: -color-danger-fg, #c01c28;");
            }
        });
        step.setId("results-step");
        spinner.setPrefSize(18, 18);
        getDialogPane().setContent(new VBox(8, new HBox(8, spinner, step), list));
    }

    @Override
    public void step(String text) {
        step.setText(text);
    }

    @Override
    public void add(Outcome outcome) {
        list.getItems().add(outcome);
    }

    @Override
    public void finish(String summary) {
        step.setText(summary);
        spinner.setVisible(false);
        spinner.setManaged(false);
        getDialogPane().lookupButton(ButtonType.CLOSE).setDisable(false);
    }
}
