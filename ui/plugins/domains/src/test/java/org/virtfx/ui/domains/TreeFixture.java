package org.virtfx.ui.domains;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.virtfx.ui.api.Connection;
import org.virtfx.ui.api.DomainModel;
import org.virtfx.ui.api.PluginAction;
import org.virtfx.ui.core.ConnectionManager;
import org.virtfx.ui.core.LiveModelOptions;
import org.virtfx.ui.core.widgets.IconNodes;

/**
 * The domain view in a real (headless) window over two test-driver connections: "Alpha", the
 * demo host (web-1, db-1, build, legacy) and "Beta" (mail, backup). No ticks and no events: the
 * model changes only when a test refreshes it, so what a test asserts cannot move under it.
 */
abstract class TreeFixture {
    static final long NO_TICKS = 3_600_000;

    final FxRobot robot = new FxRobot();
    /** The names of the selected domains each time the test context-menu action ran. */
    final List<List<String>> ran = new CopyOnWriteArrayList<>();
    ConnectionManager connections;
    TestContext context;
    Connection alpha;
    Connection beta;
    DomainListView view;
    private Stage stage;

    @BeforeEach
    void open() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        String a = TestContext.uri("/window-a-testdriver.xml");
        String b = TestContext.uri("/window-b-testdriver.xml");
        onFx(() -> {
            connections = new ConnectionManager(Platform::runLater,
                    LiveModelOptions.DEFAULTS.withPollMillis(pollMillis()).withEvents(false).withHistoryLength(10), null);
            alpha = connections.add(a, "Alpha", true);
            beta = connections.add(b, "Beta", false);
            context = new TestContext(connections);
            return null;
        });
        load(alpha);
        load(beta);
        showNewView();
    }

    @AfterEach
    void close() throws Exception {
        onFx(() -> {
            if (view != null) {
                view.close();
            }
            connections.close();
            return null;
        });
        FxToolkit.cleanupStages();
    }

    /** @return the time between ticks: by default none, so the model holds still */
    long pollMillis() {
        return NO_TICKS;
    }

    /** Connects and reads the host once more (one more graph sample). */
    void load(Connection c) {
        onFx(c::connect).orTimeout(10, TimeUnit.SECONDS).join();
        onFx(c::refresh).orTimeout(10, TimeUnit.SECONDS).join();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Closes the view shown (if any) and shows a new one on the same context. */
    void showNewView() {
        onFx(() -> {
            if (view != null) {
                view.close();
            }
            PluginAction hello = PluginAction.builder("test.hello").text("_Hello").inContextMenu()
                    .onAction(() -> ran.add(context.selection().domains().stream().map(DomainModel::getName).toList()))
                    .build();
            view = new DomainListView(new DomainListViewModel(context), List.of(hello), context);
            Scene scene = new Scene((Parent) view.node(), 1100, 500);
            scene.getStylesheets().add(IconNodes.STYLESHEET);
            stage.setScene(scene);
            stage.show();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    TreeTableView<TreeRow> tree() {
        return view.tree().control();
    }

    /** @return the names of the connection rows shown, in order */
    List<String> connectionRows() {
        return onFx(() -> tree().getRoot().getChildren().stream().map(i -> i.getValue().connection().displayName()).toList());
    }

    /** @param c a connection @return the names of its domain rows shown, in order */
    List<String> domainRows(Connection c) {
        return onFx(() -> {
            List<String> names = new ArrayList<>();
            for (TreeItem<TreeRow> i : view.tree().itemOf(c).getChildren()) {
                names.add(((TreeRow.DomainRow) i.getValue()).domain().getName());
            }
            return names;
        });
    }

    /** @param name a domain @return its row index in the tree */
    int rowOf(String name) {
        return onFx(() -> {
            for (int r = 0; r < tree().getExpandedItemCount(); r++) {
                if (tree().getTreeItem(r).getValue() instanceof TreeRow.DomainRow d && d.domain().getName().equals(name)) {
                    return r;
                }
            }
            throw new AssertionError("no row " + name);
        });
    }

    /** @return the names of the domains in the shared selection */
    List<String> selectedNames() {
        return onFx(() -> context.selection().domains().stream().map(DomainModel::getName).toList());
    }

    static <T> T onFx(Callable<T> work) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, work);
    }
}
