package org.virtfx.ui.domains;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.virtfx.ui.api.FxThread;

/**
 * {@link Prompts} as JavaFX dialogs. Dialogs are shown with {@code show()}, never
 * {@code showAndWait()}: the answer completes a future when the dialog closes, so no nested event
 * loop runs inside an action's handler.
 */
@FxThread
final class FxPrompts implements Prompts {

    @Override
    public CompletableFuture<Answer> confirm(String title, String message, String confirmText) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(title + "?");
        ButtonType go = new ButtonType(confirmText, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, go);
        dialog.getDialogPane().setId("confirm-dialog");
        Label text = new Label(message);
        text.setId("confirm-message");
        text.setWrapText(true);
        CheckBox dontAsk = new CheckBox("Don't ask again");
        dontAsk.setId("dont-ask-again");
        VBox content = new VBox(12, text, dontAsk);
        content.setPrefWidth(420);
        dialog.getDialogPane().setContent(content);
        // Cancel is the default: Enter must not destroy anything by accident.
        ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(go)).setDefaultButton(false);
        ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        CompletableFuture<Answer> answer = new CompletableFuture<>();
        dialog.setOnHidden(e -> answer.complete(new Answer(dialog.getResult() == go, dontAsk.isSelected())));
        show(dialog);
        return answer;
    }

    @Override
    public CompletableFuture<Optional<List<DeleteTarget>>> chooseDelete(List<DeleteTarget> machines) {
        DeleteDialog dialog = new DeleteDialog(machines);
        CompletableFuture<Optional<List<DeleteTarget>>> answer = new CompletableFuture<>();
        dialog.setOnHidden(e -> answer.complete(Optional.ofNullable(dialog.getResult())));
        show(dialog);
        return answer;
    }

    @Override
    public Progress progress(String title) {
        ResultsDialog dialog = new ResultsDialog(title);
        show(dialog);
        return dialog;
    }

    /**
     * Shows a dialog over the window the user is in (the action's window), so that it is centred
     * there and that window has the focus again, with its shortcuts, once the dialog closes.
     */
    private static void show(Dialog<?> dialog) {
        Window.getWindows().stream().filter(Window::isFocused).filter(w -> w != dialog.getDialogPane().getScene().getWindow())
                .findFirst().ifPresent(dialog::initOwner);
        dialog.show();
    }
}
