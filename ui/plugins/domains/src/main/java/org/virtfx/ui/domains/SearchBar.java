package org.virtfx.ui.domains;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.virtfx.icons.Icon;
import org.virtfx.ui.core.widgets.IconNodes;

/**
 * The search box above the tree: it searches every connection as the user types. Ctrl+F (the
 * platform's shortcut key) anywhere in the window focuses it; Esc clears it, and Esc on an empty
 * box, or the Down key, goes back to the tree.
 */
final class SearchBar {
    /** Focuses the search box from anywhere in the window. */
    static final KeyCombination FOCUS = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    private final TextField field = new TextField();
    private final Label count = new Label();
    private final HBox box = new HBox(8);
    private final DomainTree tree;
    private final Runnable focusField = this::focus;
    private final ChangeListener<Scene> onScene = (o, before, after) -> moveShortcut(before, after);

    SearchBar(DomainTree tree) {
        this.tree = tree;
        field.setId("domain-search");
        field.setPromptText("Search all connections: name, title, state, host (" + FOCUS.getDisplayText() + ")");
        HBox.setHgrow(field, Priority.ALWAYS);
        count.setId("domain-search-count");
        count.getStyleClass().add("match-count");
        box.getStyleClass().add("domain-search");
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(6, 8, 6, 8));
        box.getChildren().addAll(IconNodes.create(Icon.ACTION_SEARCH, 16), field, count);
        field.textProperty().addListener((o, before, text) -> {
            tree.search(DomainSearch.of(text));
            showCount();
        });
        tree.matchesProperty().addListener(o -> showCount());
        field.addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        box.sceneProperty().addListener(onScene);
        showCount();
    }

    /** @return the bar */
    Node node() {
        return box;
    }

    /** @return the search field */
    TextField field() {
        return field;
    }

    /** Puts the keyboard focus in the search box, its text selected to type over. */
    void focus() {
        field.requestFocus();
        field.selectAll();
    }

    /** Stops answering the window's Ctrl+F. */
    void close() {
        box.sceneProperty().removeListener(onScene);
        moveShortcut(box.getScene(), null);
    }

    private void onKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE) {
            if (field.getText().isEmpty()) {
                tree.control().requestFocus();
            } else {
                field.clear();
            }
            e.consume();
        } else if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
            tree.control().requestFocus();
            if (tree.control().getSelectionModel().isEmpty() && tree.control().getExpandedItemCount() > 0) {
                tree.control().getSelectionModel().select(0);
                tree.control().getFocusModel().focus(0);
            }
            e.consume();
        }
    }

    private void showCount() {
        if (field.getText().isBlank()) {
            count.setText("");
            return;
        }
        int n = tree.matchesProperty().get();
        count.setText(n == 0 ? "No match" : n == 1 ? "1 match" : n + " matches");
    }

    private void moveShortcut(Scene before, Scene after) {
        if (before != null && before.getAccelerators().get(FOCUS) == focusField) {
            before.getAccelerators().remove(FOCUS);
        }
        if (after != null) {
            after.getAccelerators().put(FOCUS, focusField);
        }
    }
}
