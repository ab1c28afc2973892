package org.virtfx.app.window;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.virtfx.app.connect.AddConnectionDialog;
import org.virtfx.app.connect.ConnectionOpener;
import org.virtfx.app.connect.ConnectionRequest;
import org.virtfx.app.plugins.HostContributions;
import org.virtfx.app.plugins.PluginStatus;
import org.virtfx.app.theme.Themes;
import org.virtfx.icons.Icon;
import org.virtfx.ui.api.Connection;
import org.virtfx.ui.api.Connections;
import org.virtfx.ui.api.ContributionPoint;
import org.virtfx.ui.api.FxThread;
import org.virtfx.ui.api.PluginAction;
import org.virtfx.ui.api.View;
import org.virtfx.ui.api.ViewContribution;
import org.virtfx.ui.core.widgets.ActionNodes;
import org.virtfx.ui.core.widgets.IconNodes;

/**
 * The manager window: a menu bar, a toolbar, the plugins' main views and the status bar. Menus
 * and toolbar are built from the plugins' actions and follow them as plugins come and go.
 */
@FxThread
public final class MainWindow {
    private static final String THEME_BRIDGE = MainWindow.class.getResource("/org/virtfx/app/theme-bridge.css")
            .toExternalForm();

    private final Stage stage;
    private final HostContributions contributions;
    private final Connections connections;
    private final StatusBar status;
    private final Supplier<List<PluginStatus>> plugins;
    private final Runnable quit;
    private final Themes themes;
    private final ConnectionOpener opener;
    private final Runnable preferences;
    private Menu themeMenu;
    private final MenuBar menuBar = new MenuBar();
    private final ToolBar toolBar = new ToolBar();
    private final Label demoBadge = new Label("Demo host: simulated machines, nothing here touches a real VM");
    private final List<View> views = new ArrayList<>();

    /**
     * @param stage the window
     * @param contributions the plugins' contributions
     * @param connections the open connections
     * @param status the status bar
     * @param plugins what became of each plugin, for Help &gt; Plugins
     * @param quit ends the application
     * @param themes the light and dark themes, for View &gt; Theme
     * @param opener adds and opens the connections of File &gt; Add Connection
     * @param preferences opens Edit &gt; Preferences
     */
    public MainWindow(Stage stage, HostContributions contributions, Connections connections, StatusBar status,
                      Supplier<List<PluginStatus>> plugins, Runnable quit, Themes themes, ConnectionOpener opener,
                      Runnable preferences) {
        this.stage = stage;
        this.contributions = contributions;
        this.connections = connections;
        this.status = status;
        this.plugins = plugins;
        this.quit = quit;
        this.themes = themes;
        this.opener = opener;
        this.preferences = preferences;
    }

    /** Builds the window's content and shows it. */
    public void show() {
        demoBadge.setId("demo-badge");
        demoBadge.getStyleClass().add("vfx-demo-badge");
        demoBadge.setGraphic(IconNodes.create(Icon.DEMO, 16));
        demoBadge.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> connections.all().stream().anyMatch(Connection::isDemo), connections.all()));
        demoBadge.managedProperty().bind(demoBadge.visibleProperty());
        stage.titleProperty().bind(Bindings.when(demoBadge.visibleProperty())
                .then("VirtFX — Demo host").otherwise("VirtFX"));

        themeMenu = themes.menu();
        ListChangeListener<PluginAction> rebuild = c -> rebuildActions();
        contributions.at(ContributionPoint.ACTION).addListener(rebuild);
        rebuildActions();

        BorderPane root = new BorderPane();
        root.setTop(new VBox(menuBar, toolBar));
        root.setCenter(mainArea());
        root.setBottom(status.node());
        Scene scene = new Scene(root, 1100, 680);
        scene.getStylesheets().addAll(IconNodes.STYLESHEET, THEME_BRIDGE);
        stage.setScene(scene);
        stage.setMinWidth(640);
        stage.setMinHeight(400);
        stage.setOnHidden(e -> views.forEach(View::close));
        stage.show();
    }

    /** The plugins' main views: one fills the window; several become tabs. Created now, once. */
    private Node mainArea() {
        List<ViewContribution> contributed = contributions.at(ContributionPoint.MANAGER_VIEW).stream()
                .sorted(Comparator.comparingInt(ViewContribution::order)).toList();
        if (contributed.isEmpty()) {
            Label none = new Label("No plugin provides a view. See Help > Plugins.");
            none.setPadding(new Insets(24));
            return none;
        }
        if (contributed.size() == 1) {
            return open(contributed.get(0));
        }
        TabPane tabs = new TabPane();
        for (ViewContribution v : contributed) {
            Tab tab = new Tab(v.title(), open(v));
            tab.setClosable(false);
            tabs.getTabs().add(tab);
        }
        return tabs;
    }

    private Node open(ViewContribution contribution) {
        View view = contribution.factory().get();
        views.add(view);
        view.onShown();
        return view.node();
    }

    private void rebuildActions() {
        List<PluginAction> actions = contributions.at(ContributionPoint.ACTION).stream()
                .sorted(Comparator.comparingInt(PluginAction::order)).toList();
        Map<String, List<PluginAction>> byMenu = new LinkedHashMap<>();
        for (PluginAction a : actions) {
            a.placement().menu().ifPresent(title -> byMenu.computeIfAbsent(title, t -> new ArrayList<>()).add(a));
        }
        Map<String, Menu> contributedMenus = new LinkedHashMap<>();
        byMenu.forEach((title, inMenu) -> {
            Menu menu = new Menu(title);
            menu.getItems().setAll(ActionNodes.menuItems(inMenu, "menu-"));
            contributedMenus.put(title, menu);
        });
        // A plugin's View items (column toggles, say) join the host's View menu, after the theme;
        // its Edit items (Connection Details, say) the host's Edit menu, before Preferences.
        Menu view = viewMenu();
        Menu edit = editMenu();
        contributedMenus.entrySet().removeIf(e -> {
            String title = e.getKey().replace("_", "");
            if (!title.equals("View") && !title.equals("Edit")) {
                return false;
            }
            // Taken out of the plugin's menu first: an item belongs to one menu at a time.
            List<MenuItem> moved = List.copyOf(e.getValue().getItems());
            e.getValue().getItems().clear();
            if (title.equals("View")) {
                view.getItems().add(new SeparatorMenuItem());
                view.getItems().addAll(moved);
            } else {
                edit.getItems().add(0, new SeparatorMenuItem());
                edit.getItems().addAll(0, moved);
            }
            return true;
        });
        menuBar.getMenus().setAll(fileMenu(), edit);
        menuBar.getMenus().addAll(contributedMenus.values());
        menuBar.getMenus().addAll(view, helpMenu());

        toolBar.getItems().clear();
        actions.stream().filter(a -> a.placement().toolbar()).map(ActionNodes::toolbarButton)
                .forEach(toolBar.getItems()::add);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox badgeBox = new HBox(demoBadge);
        badgeBox.setAlignment(Pos.CENTER_RIGHT);
        HBox.setHgrow(badgeBox, Priority.ALWAYS);
        toolBar.getItems().add(badgeBox);
    }

    private Menu fileMenu() {
        MenuItem add = new MenuItem("_Add Connection…");
        add.setId("menu-add-connection");
        add.setAccelerator(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        add.setOnAction(e -> new AddConnectionDialog(stage).show(this::addConnection));
        MenuItem quitItem = new MenuItem("_Quit");
        quitItem.setId("menu-quit");
        quitItem.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quitItem.setOnAction(e -> quit.run());
        return new Menu("_File", null, add, new SeparatorMenuItem(), quitItem);
    }

    private Menu editMenu() {
        MenuItem prefs = new MenuItem("_Preferences…");
        prefs.setId("menu-preferences");
        // Ctrl+Comma, GNOME's and most desktop apps' shortcut for preferences; free here.
        prefs.setAccelerator(new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN));
        prefs.setOnAction(e -> preferences.run());
        Menu edit = new Menu("_Edit", null, prefs);
        edit.setId("menu-edit");
        return edit;
    }

    /** Opens what the dialog asked for; a failure shows libvirt's error, and the row keeps the reason. */
    private void addConnection(ConnectionRequest request) {
        status.info("Connecting to " + request.uri() + "…");
        opener.open(request).whenComplete((connection, failure) -> {
            if (failure != null) {
                Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                status.error("Could not connect to " + request.uri(), cause);
            } else {
                status.info("Connected to " + connection.displayName());
            }
        });
    }

    private Menu viewMenu() {
        // The theme submenu is made once and moves to each rebuilt View menu: out of the old first.
        if (themeMenu.getParentMenu() != null) {
            themeMenu.getParentMenu().getItems().remove(themeMenu);
        }
        Menu view = new Menu("_View", null, themeMenu);
        view.setId("menu-view");
        return view;
    }

    private Menu helpMenu() {
        MenuItem pluginsItem = new MenuItem("_Plugins…");
        pluginsItem.setId("menu-plugins");
        pluginsItem.setOnAction(e -> PluginsDialog.show(stage, plugins.get()));
        MenuItem about = new MenuItem("_About VirtFX");
        about.setOnAction(e -> PluginsDialog.about(stage));
        return new Menu("_Help", null, pluginsItem, new SeparatorMenuItem(), about);
    }
}
