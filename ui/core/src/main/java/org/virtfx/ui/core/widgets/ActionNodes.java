package org.virtfx.ui.core.widgets;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import org.virtfx.ui.api.PluginAction;

/**
 * Makes menu items, context menus and toolbar buttons from plugin actions, bound to their
 * enablement, so that an action looks and behaves the same wherever it is shown.
 */
public final class ActionNodes {
    private ActionNodes() {
    }

    /**
     * @param action an action
     * @return a CSS-safe node id for its id ({@code domains.run} becomes {@code domains-run})
     */
    public static String nodeId(PluginAction action) {
        return action.id().replace('.', '-');
    }

    /**
     * @param action an action
     * @param idPrefix prefix of the item's id, e.g. {@code menu-}
     * @return a menu item that runs the action and is disabled while the action is; a check menu
     *     item that follows and sets {@link PluginAction#selected()} for a checkable action
     */
    public static MenuItem menuItem(PluginAction action, String idPrefix) {
        MenuItem item = action.selected().map(selected -> {
            CheckMenuItem check = new CheckMenuItem(action.text());
            // Bidirectional bindings hold the item weakly: a rebuilt menu lets the old item go.
            check.selectedProperty().bindBidirectional(selected);
            return (MenuItem) check;
        }).orElseGet(() -> new MenuItem(action.text()));
        item.setId(idPrefix + nodeId(action));
        action.textValue().ifPresent(item.textProperty()::bind);
        action.newGraphic().ifPresent(item::setGraphic);
        action.accelerator().ifPresent(item::setAccelerator);
        item.disableProperty().bind(Bindings.not(action.enabled()));
        item.setOnAction(e -> action.run());
        return item;
    }

    /**
     * @param actions actions, in the order to show them
     * @return a context menu holding one item per action, actions of one group in a submenu
     */
    public static ContextMenu contextMenu(List<PluginAction> actions) {
        ContextMenu menu = new ContextMenu();
        menu.getItems().setAll(menuItems(actions, "context-"));
        return menu;
    }

    /**
     * Menu items for actions in order; the actions of one {@link PluginAction#submenu() group}
     * become one submenu, where the group's first action stands.
     *
     * @param actions actions, in the order to show them
     * @param idPrefix prefix of the items' ids
     * @return the items
     */
    public static List<MenuItem> menuItems(List<PluginAction> actions, String idPrefix) {
        List<MenuItem> items = new ArrayList<>();
        Map<String, Menu> groups = new HashMap<>();
        for (PluginAction a : actions) {
            MenuItem item = menuItem(a, idPrefix);
            Optional<String> group = a.submenu();
            if (group.isEmpty()) {
                items.add(item);
                continue;
            }
            Menu sub = groups.get(group.get());
            if (sub == null) {
                sub = new Menu(group.get());
                sub.setId(idPrefix + "group-" + group.get().replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(Locale.ROOT));
                groups.put(group.get(), sub);
                items.add(sub);
            }
            sub.getItems().add(item);
        }
        return items;
    }

    /**
     * @param action an action
     * @return a toolbar button (icon above text, tooltip with the shortcut) that runs the action
     */
    public static Button toolbarButton(PluginAction action) {
        Button b = new Button(action.text().replace("_", ""));
        action.textValue().ifPresent(t -> b.textProperty().bind(Bindings.createStringBinding(() -> t.get().replace("_", ""), t)));
        b.setMnemonicParsing(false);
        b.setId(nodeId(action));
        action.newGraphic().ifPresent(b::setGraphic);
        b.setContentDisplay(ContentDisplay.TOP);
        b.setFocusTraversable(false);
        String shortcut = action.accelerator().map(k -> " (" + k.getDisplayText() + ")").orElse("");
        b.setTooltip(new Tooltip(action.description() + shortcut));
        b.disableProperty().bind(Bindings.not(action.enabled()));
        b.setOnAction(e -> {
            // A plain button does not toggle by itself: a checkable action is switched here.
            action.selected().ifPresent(selected -> selected.set(!selected.get()));
            action.run();
        });
        return b;
    }
}
