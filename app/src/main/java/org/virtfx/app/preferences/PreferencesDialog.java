package org.virtfx.app.preferences;

import atlantafx.base.theme.Styles;
import java.lang.System.Logger.Level;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.virtfx.app.settings.SettingsStore;
import org.virtfx.ui.core.ConnectionManager;
import org.virtfx.app.theme.Themes;
import org.virtfx.ui.api.FxThread;
import org.virtfx.ui.api.PreferencesPage;
import org.virtfx.ui.api.View;

/**
 * Edit &gt; Preferences: the list of pages on the left, the chosen page on the right, and Close.
 * The pages are the application's own (General, Polling) and those the plugins contribute at the
 * moment it opens, in their order. A page's view is made when it is first shown and closed with
 * the window. Pages apply each change at once, so there is no OK or Apply; Escape closes. The
 * window is modal over the main window: while it is open nothing else changes the preferences, so
 * a page may read them once.
 */
@FxThread
public final class PreferencesDialog {
    private static final System.Logger LOG = System.getLogger("org.virtfx.app");
    private static final String THEME_BRIDGE = PreferencesDialog.class
            .getResource("/org/virtfx/app/theme-bridge.css").toExternalForm();

    private final Dialog<Void> dialog = new Dialog<>();
    private final ListView<PreferencesPage> list = new ListView<>();
    private final VBox pageArea = new VBox(12);
    private final Label pageTitle = new Label();
    private final Map<String, View> made = new HashMap<>();

    /**
     * @param owner the window it belongs to, or null
     * @param pages the pages to show, in any order
     */
    public PreferencesDialog(Window owner, List<PreferencesPage> pages) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle("Preferences");
        dialog.setResizable(true);
        dialog.getDialogPane().setId("preferences-dialog");
        dialog.getDialogPane().getStylesheets().add(THEME_BRIDGE);
        // Close is the cancel button: Escape closes the window, Enter in a field does not.
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);

        list.setId("preferences-pages");
        list.getItems().setAll(pages.stream().sorted(Comparator.comparingInt(PreferencesPage::order)
                .thenComparing(PreferencesPage::title)).toList());
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(PreferencesPage page, boolean empty) {
                super.updateItem(page, empty);
                setText(empty || page == null ? null : page.title());
            }
        });
        list.setPrefWidth(170);
        list.setMinWidth(140);
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> showPage(now));
        // A ListView takes Escape for itself (to cancel an edit), so the dialog would not see it;
        // this list is never edited: Escape closes the window from it too.
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                dialog.close();
            }
        });

        pageTitle.setId("preferences-page-title");
        pageTitle.getStyleClass().add(Styles.TITLE_4);
        pageArea.setId("preferences-page");
        pageArea.setPadding(new Insets(0, 0, 0, 16));
        pageArea.setPrefWidth(460);
        HBox.setHgrow(pageArea, Priority.ALWAYS);
        HBox content = new HBox(list, pageArea);
        content.setPrefHeight(320);
        content.setPadding(new Insets(12, 12, 0, 12));
        dialog.getDialogPane().setContent(content);
        // AtlantaFX's theme caps dialogs at 600 px, too narrow for a list beside a page and for
        // resizing; its rule wins over setMaxWidth here, so an inline style lifts it.
        dialog.getDialogPane().setStyle("-fx-max-width: 100000;");
        dialog.getDialogPane().setPrefWidth(680);
        dialog.setOnShown(e -> list.requestFocus());
        dialog.setOnHidden(e -> closePages());
        list.getSelectionModel().selectFirst();
    }

    /**
     * @param owner the main window
     * @param themes the application's themes, for the General page
     * @param settings the settings, for the Polling page
     * @param connections the live connections, which take a new polling at once
     * @param contributed the plugins' pages, read each time the window opens
     * @return opens the window with the pages there are at that moment
     */
    public static Runnable opener(Window owner, Themes themes, SettingsStore settings, ConnectionManager connections,
                                  ObservableList<PreferencesPage> contributed) {
        return () -> new PreferencesDialog(owner, Stream.concat(appPages(themes, settings, connections).stream(),
                contributed.stream()).toList()).show();
    }

    /**
     * @param themes the application's themes
     * @param settings the settings
     * @param connections the live connections, which take a new polling at once
     * @return the application's own pages: General and Polling
     */
    public static List<PreferencesPage> appPages(Themes themes, SettingsStore settings, ConnectionManager connections) {
        return List.of(new PreferencesPage("app.general", "General", 0, () -> new GeneralPage(themes)),
                new PreferencesPage("app.polling", "Polling", 10, () -> new PollingPage(settings, connections)));
    }

    /** Shows the window without waiting for it to close. */
    public void show() {
        dialog.show();
    }

    private void showPage(PreferencesPage page) {
        if (page == null) {
            pageArea.getChildren().clear();
            return;
        }
        pageTitle.setText(page.title());
        pageArea.getChildren().setAll(pageTitle, made.computeIfAbsent(page.id(), id -> make(page)).node());
    }

    /** A plugin's page that fails to build is reported in its place; the other pages still work. */
    private static View make(PreferencesPage page) {
        try {
            return page.factory().get();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "preferences page " + page.id() + " could not be made", e);
            Label failed = new Label("This page could not be shown: " + e);
            failed.setWrapText(true);
            failed.getStyleClass().add("vfx-form-problem");
            return new View() {
                @Override
                public Node node() {
                    return failed;
                }

                @Override
                public void close() {
                }
            };
        }
    }

    private void closePages() {
        for (View v : made.values()) {
            try {
                v.close();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a preferences page failed to close", e);
            }
        }
        made.clear();
    }
}
