package org.virtfx.ui.core.widgets;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ContextMenu;
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
        action.newGraphic().ifPresent(item::setGraphic);
        action.accelerator().ifPresent(item::setAccelerator);
        item.disableProperty().bind(Bindings.not(action.enabled()));
        item.setOnAction(e -> action.run());
        return item;
    }

    /**
     * @param actions actions, in the order to show them
     * @return a context menu holding one item per action
     */
    public static ContextMenu contextMenu(List<PluginAction> actions) {
        ContextMenu menu = new ContextMenu();
        actions.forEach(a -> menu.getItems().add(menuItem(a, "context-")));
        return menu;
    }

    /**
     * @param action an action
     * @return a toolbar button (icon above text, tooltip with the shortcut) that runs the action
     */
    public static Button toolbarButton(PluginAction action) {
        Button b = new Button(action.text().replace("_", ""));
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
