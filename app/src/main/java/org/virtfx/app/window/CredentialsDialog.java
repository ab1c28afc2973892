package org.virtfx.app.window;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import org.virtfx.libvirt.ConnectCredential;
import org.virtfx.libvirt.ConnectCredentialType;
import org.virtfx.ui.core.CredentialPrompt;

/**
 * Asks the user libvirt's credential questions in one dialog: a text field per question, a
 * password field for secrets. Called on a connection's worker thread, it shows the dialog on
 * the JavaFX thread and waits for the answer there, so only that connection waits. Answers go to
 * libvirt and are neither logged nor kept.
 */
public final class CredentialsDialog implements CredentialPrompt {
    private final Executor fx;

    /** @param fx runs the dialog: {@code Platform::runLater} */
    public CredentialsDialog(Executor fx) {
        this.fx = fx;
    }

    @Override
    public void answer(String uri, List<ConnectCredential> questions) {
        CompletableFuture<Optional<List<String>>> answers = new CompletableFuture<>();
        fx.execute(() -> {
            try {
                answers.complete(ask(uri, questions));
            } catch (RuntimeException e) {
                answers.completeExceptionally(e);
            }
        });
        List<String> values;
        try {
            values = answers.get().orElseThrow(() -> new CancellationException("the user cancelled the log-in"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while asking for credentials");
        } catch (ExecutionException e) {
            throw new IllegalStateException("the credentials dialog failed", e.getCause());
        }
        for (int i = 0; i < questions.size(); i++) {
            questions.get(i).setResult(values.get(i));
        }
    }

    /** JavaFX thread: shows the dialog and waits for it. */
    private static Optional<List<String>> ask(String uri, List<ConnectCredential> questions) {
        Dialog<List<String>> dialog = new Dialog<>();
        dialog.setTitle("Log in");
        dialog.setHeaderText("Credentials for " + uri);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        List<TextInputControl> fields = new ArrayList<>();
        for (ConnectCredential q : questions) {
            TextInputControl field = isSecret(q.type()) ? new PasswordField() : new TextField();
            field.setId("credential-" + fields.size());
            q.defaultResult().ifPresent(field::setText);
            Label label = new Label(q.prompt());
            label.setLabelFor(field);
            grid.addRow(fields.size(), label, field);
            fields.add(field);
        }
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        if (!fields.isEmpty()) {
            dialog.setOnShown(e -> fields.get(0).requestFocus());
        }
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? fields.stream().map(TextInputControl::getText).toList() : null);
        return dialog.showAndWait();
    }

    private static boolean isSecret(ConnectCredentialType type) {
        return type == ConnectCredentialType.PASSPHRASE || type == ConnectCredentialType.NOECHOPROMPT;
    }
}
