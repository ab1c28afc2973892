package org.virtfx.bench.scroll;

import atlantafx.base.theme.PrimerLight;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.virtfx.app.probe.ScrollProbe;

/**
 * The baseline of the scrolling benchmark: a plain JavaFX {@link TreeTableView} with a hidden
 * root and N rows of two text columns (JavaFX's own text cells), in a window of the manager
 * window's size with the tree where the manager window has it (room above for the menu, tool bar
 * and search, below for the status bar), scrolled and measured by the app's {@link ScrollProbe}
 * with the same settings (system properties).
 *
 * <p>Arguments: {@code [rows] [modena|atlantafx]}, default 10000 and modena (JavaFX's default
 * theme); {@code atlantafx} uses the app's light theme, AtlantaFX's Primer Light, to tell the
 * theme's cost from the cells'. Run on the app's module path, see {@code bench/scroll.sh}.
 */
public final class PlainTable extends Application {
    /** The manager window's scene size ({@code MainWindow}). */
    private static final double WIDTH = 1100;
    private static final double HEIGHT = 680;
    /** Where the domain tree sits in it (measured on a screenshot of the app). */
    private static final double ABOVE = 153;
    private static final double BELOW = 28;
    private static final String[] STATES = {"Running", "Paused", "Shut off"};

    /** Called by the JavaFX launcher. */
    public PlainTable() {
    }

    /**
     * @param args {@code [rows] [modena|atlantafx]}
     */
    public static void main(String[] args) {
        launch(PlainTable.class, args);
    }

    private record Row(String name, String state) {
    }

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        int rows = args.isEmpty() ? 10_000 : Integer.parseInt(args.get(0));
        if (args.size() > 1 && args.get(1).equals("atlantafx")) {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        }
        TreeTableView<Row> tree = new TreeTableView<>();
        tree.setId("plain-table");
        TreeItem<Row> root = new TreeItem<>();
        List<TreeItem<Row>> items = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            items.add(new TreeItem<>(new Row(String.format("bench-%04d", i), STATES[i % STATES.length])));
        }
        root.getChildren().setAll(items);
        tree.setRoot(root);
        tree.setShowRoot(false);
        tree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TreeTableColumn<Row, String> name = new TreeTableColumn<>("Name");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getValue().name()));
        TreeTableColumn<Row, String> state = new TreeTableColumn<>("State");
        state.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getValue().state()));
        tree.getColumns().setAll(List.of(name, state));

        BorderPane pane = new BorderPane(tree);
        Region top = new Region();
        top.setPrefHeight(ABOVE);
        Region bottom = new Region();
        bottom.setPrefHeight(BELOW);
        pane.setTop(top);
        pane.setBottom(bottom);
        Scene scene = new Scene(pane, WIDTH, HEIGHT);
        stage.setScene(scene);
        stage.setTitle("Plain TreeTableView, " + rows + " rows");
        stage.show();
        ScrollProbe.Settings settings = ScrollProbe.Settings.fromSystemProperties();
        ScrollProbe.start(scene, "#plain-table", rows, settings, ScrollProbe.exitAfter(settings));
    }
}
