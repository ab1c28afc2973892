package org.virtfx.ui.host;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.collections.ObservableList;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.virtfx.ui.api.Connection;
import org.virtfx.ui.api.FxThread;
import org.virtfx.ui.api.HostDetailsPage;
import org.virtfx.ui.api.View;

/**
 * The open Connection Details windows, at most one per connection: asking again for a
 * connection's details raises its window instead of opening a second.
 */
@FxThread
final class DetailsWindows implements AutoCloseable {
    private final ObservableList<HostDetailsPage> pages;
    private final Map<Connection, DetailsWindow> open = new LinkedHashMap<>();

    /** @param pages every plugin's pages, read when a window opens */
    DetailsWindows(ObservableList<HostDetailsPage> pages) {
        this.pages = pages;
    }

    /**
     * Opens a connection's window, or raises it when it is open.
     *
     * @param connection the connection
     */
    void show(Connection connection) {
        DetailsWindow window = open.get(connection);
        if (window == null) {
            window = new DetailsWindow(connection, List.copyOf(pages), owner(), () -> open.remove(connection));
            open.put(connection, window);
        }
        window.show();
    }

    /**
     * @param connection a connection
     * @return its open window, if any
     */
    Optional<Stage> windowOf(Connection connection) {
        return Optional.ofNullable(open.get(connection)).map(DetailsWindow::stage);
    }

    /**
     * @param window a details window
     * @param pageId a page's id
     * @return that page's view, once it was shown
     */
    Optional<View> view(Stage window, String pageId) {
        return open.values().stream().filter(d -> d.stage() == window).findFirst().flatMap(d -> d.view(pageId));
    }

    /** @return how many windows are open */
    int count() {
        return open.size();
    }

    /**
     * Closes the window of a connection that is no longer in the user's list.
     *
     * @param connection the connection
     */
    void closeWindowOf(Connection connection) {
        DetailsWindow window = open.remove(connection);
        if (window != null) {
            window.close();
        }
    }

    /** Closes every window. */
    @Override
    public void close() {
        List.copyOf(open.values()).forEach(DetailsWindow::close);
        open.clear();
    }

    /**
     * The manager window, so that the details windows close with it (JavaFX would otherwise keep
     * the application running for them): the focused top-level window that is not a details
     * window, else the first showing one.
     */
    private Window owner() {
        List<Window> candidates = Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && s.getOwner() == null && s.isShowing())
                .filter(w -> open.values().stream().noneMatch(d -> d.stage() == w))
                .toList();
        return candidates.stream().filter(Window::isFocused).findFirst()
                .orElse(candidates.isEmpty() ? null : candidates.get(0));
    }
}
