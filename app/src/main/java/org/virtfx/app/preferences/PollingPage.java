package org.virtfx.app.preferences;

import atlantafx.base.theme.Styles;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.virtfx.app.settings.SettingsStore;
import org.virtfx.ui.core.ConnectionManager;
import org.virtfx.ui.api.FxThread;
import org.virtfx.ui.api.View;

/**
 * Preferences &gt; Polling: how often the live model asks each connection for its machines'
 * statistics ({@code model.pollMillis}, shown in seconds like virt-manager's "Update status every
 * N seconds") and how many points each graph keeps ({@code model.historyLength}). A value is
 * checked and saved when the user presses Enter or leaves the field; a bad one is shown with what
 * is wrong and not saved. The live model reads both when it starts, so they apply at the next
 * start, and the page says so.
 */
@FxThread
final class PollingPage implements View {
    private final SettingsStore settings;
    private final TextField seconds = new TextField();
    private final TextField points = new TextField();
    private final Label problem = new Label();
    private final Label span = new Label();
    private final ConnectionManager connections;
    private final VBox root;

    /**
     * @param settings where the values are read and saved
     * @param connections the live connections, which take a saved value at once
     */
    PollingPage(SettingsStore settings, ConnectionManager connections) {
        this.settings = settings;
        this.connections = connections;
        seconds.setId("poll-seconds");
        seconds.setPrefColumnCount(5);
        seconds.setText(PollingValues.secondsShown(settings.get(PollingValues.POLL_SETTING)));
        points.setId("history-points");
        points.setPrefColumnCount(5);
        points.setText(PollingValues.pointsShown(settings.get(PollingValues.HISTORY_SETTING)));
        problem.setId("polling-problem");
        problem.getStyleClass().add("vfx-form-problem");
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setVisible(false);
        span.setId("history-span");
        commitOn(seconds, PollingValues::pollMillis, PollingValues.POLL_SETTING);
        commitOn(points, PollingValues::historyLength, PollingValues.HISTORY_SETTING);

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, labelFor("_Update status every", seconds), seconds, new Label("seconds"));
        form.addRow(1, labelFor("_Keep graph history of", points), points, new Label("points"));
        form.add(span, 1, 2, 2, 1);
        Label note = new Label("A change applies at once to every connection. A host so large that reading it"
                + " would take more than 2% of a processor is read less often.");
        note.setId("polling-note");
        note.setWrapText(true);
        note.getStyleClass().add(Styles.TEXT_MUTED);
        root = new VBox(12, form, problem, note);
        root.setPadding(new Insets(4, 0, 0, 0));
        root.setId("polling-page");
        showSpan();
    }

    private static Label labelFor(String text, Node field) {
        Label l = new Label(text);
        l.setMnemonicParsing(true);
        l.setLabelFor(field);
        return l;
    }

    /**
     * Checks and saves a field's value on Enter and when the field loses the focus. Enter is
     * consumed, so that it does not also close the window through a default button.
     */
    private void commitOn(TextField field, Function<String, PollingValues.Parsed> parse, String setting) {
        field.setOnAction(e -> {
            commit(field, parse, setting);
            e.consume();
        });
        field.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                commit(field, parse, setting);
            }
        });
    }

    private void commit(TextField field, Function<String, PollingValues.Parsed> parse, String setting) {
        PollingValues.Parsed parsed = parse.apply(field.getText());
        field.pseudoClassStateChanged(Styles.STATE_DANGER, parsed.problem().isPresent());
        if (parsed.problem().isPresent()) {
            problem.setText(parsed.problem().get());
            problem.setVisible(true);
            return;
        }
        // The other field may still hold a bad value: its message stays until it is fixed.
        if (!hasBadValue(field == seconds ? points : seconds)) {
            problem.setVisible(false);
        }
        saveIfValid(parsed, setting);
        showSpan();
    }

    private boolean hasBadValue(TextField field) {
        Function<String, PollingValues.Parsed> parse = field == seconds ? PollingValues::pollMillis
                : PollingValues::historyLength;
        return parse.apply(field.getText()).problem().isPresent();
    }

    /** How long a graph spans with the values shown, when both are valid. */
    private void showSpan() {
        Optional<Long> millis = PollingValues.pollMillis(seconds.getText()).value();
        Optional<Long> count = PollingValues.historyLength(points.getText()).value();
        span.setText(millis.isPresent() && count.isPresent()
                ? "Graphs show the last " + PollingValues.span(millis.get(), count.get()) : "");
    }

    @Override
    public Node node() {
        return root;
    }

    /**
     * Saves a valid value still being typed when the window closes (instant apply means that
     * closing never loses a good value); a bad one stays unsaved.
     */
    @Override
    public void close() {
        saveIfValid(PollingValues.pollMillis(seconds.getText()), PollingValues.POLL_SETTING);
        saveIfValid(PollingValues.historyLength(points.getText()), PollingValues.HISTORY_SETTING);
    }

    private void saveIfValid(PollingValues.Parsed parsed, String setting) {
        Optional<Long> changed = parsed.value().filter(v -> !settings.get(setting).equals(Optional.of(Long.toString(v))));
        changed.ifPresent(v -> {
            settings.put(setting, Long.toString(v));
            if (setting.equals(PollingValues.POLL_SETTING)) {
                connections.setPollMillis(v);
            } else {
                connections.setHistoryLength(v.intValue());
            }
        });
    }
}
