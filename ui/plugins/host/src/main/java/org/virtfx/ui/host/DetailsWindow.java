package org.virtfx.ui.host;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.virtfx.ui.api.Connection;
import org.virtfx.ui.api.FxThread;
import org.virtfx.ui.api.HostDetailsPage;
import org.virtfx.ui.api.View;
import org.virtfx.ui.core.widgets.IconNodes;

/**
 * One connection's Connection Details window: a tab per contributed page, in their order, each
 * page's view created when its tab is first shown and closed with the window. Ctrl+W and Escape
 * close it, as virt-manager's details windows close.
 */
@FxThread
final class DetailsWindow {
    private static final String STYLESHEET = DetailsWindow.class.getResource("host-details.css").toExternalForm();

    private final Connection connection;
    private final Stage stage = new Stage();
    private final TabPane tabs = new TabPane();
    private final Map<Tab, HostDetailsPage> pages = new HashMap<>();
    private final Map<Tab, View> views = new HashMap<>();
    private boolean closed;

    /**
     * @param connection the connection it shows
     * @param contributed the pages, in any order
     * @param owner the window it belongs to (it closes with it), or null
     * @param onClosed told once the window closed and let go of its views
     */
    DetailsWindow(Connection connection, List<HostDetailsPage> contributed, Window owner, Runnable onClosed) {
        this.connection = connection;
        tabs.setId("host-details-pages");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (HostDetailsPage p : contributed.stream().sorted(Comparator.comparingInt(HostDetailsPage::order)).toList()) {
            Tab tab = new Tab(p.title());
            tab.setId("host-page-" + p.id().replace('.', '-'));
            pages.put(tab, p);
            tabs.getTabs().add(tab);
        }
        tabs.getSelectionModel().selectedItemProperty().subscribe((was, now) -> {
            if (was != null && views.containsKey(was)) {
                views.get(was).onHidden();
            }
            if (now != null && !closed) {
                showPage(now);
            }
        });
        Scene scene = new Scene(tabs, 760, 720);
        scene.getStylesheets().addAll(IconNodes.STYLESHEET, STYLESHEET);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN), stage::close);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), stage::close);
        stage.setScene(scene);
        stage.setTitle(connection.displayName() + " Connection Details");
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setOnHidden(e -> {
            release();
            onClosed.run();
        });
        if (!tabs.getTabs().isEmpty()) {
            showPage(tabs.getSelectionModel().getSelectedItem());
        }
    }

    /** @return the window */
    Stage stage() {
        return stage;
    }

    /** @return the connection it shows */
    Connection connection() {
        return connection;
    }

    /**
     * @param pageId a page's id
     * @return its view, once the page was shown
     */
    Optional<View> view(String pageId) {
        return views.entrySet().stream().filter(e -> pages.get(e.getKey()).id().equals(pageId))
                .map(Map.Entry::getValue).findFirst();
    }

    /** Shows the window, or brings it to the front when it is showing. */
    void show() {
        if (stage.isShowing()) {
            stage.setIconified(false);
            stage.toFront();
            stage.requestFocus();
        } else {
            stage.show();
        }
    }

    /** Closes the window; its views let go of the connection. */
    void close() {
        if (stage.isShowing()) {
            stage.close();
        } else {
            release();
        }
    }

    private void showPage(Tab tab) {
        View view = views.get(tab);
        if (view == null) {
            view = pages.get(tab).factory().apply(connection);
            views.put(tab, view);
            tab.setContent(view.node());
        }
        view.onShown();
    }

    private void release() {
        if (closed) {
            return;
        }
        closed = true;
        views.values().forEach(View::close);
        views.clear();
        tabs.getTabs().forEach(t -> t.setContent(null));
    }
}
