package org.virtfx.app.window;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import org.virtfx.ui.api.PluginAction;

/** Makes menu items and toolbar buttons from plugin actions, bound to their enablement. */
final class ActionControls {
    private ActionControls() {
    }

    /** @return a CSS-safe node id for an action id ({@code domains.run} becomes {@code domains-run}) */
    static String nodeId(PluginAction action) {
        return action.id().replace('.', '-');
    }

    static MenuItem menuItem(PluginAction action) {
        MenuItem item = new MenuItem(action.text());
        item.setId("menu-" + nodeId(action));
        action.newGraphic().ifPresent(item::setGraphic);
        action.accelerator().ifPresent(item::setAccelerator);
        item.disableProperty().bind(Bindings.not(action.enabled()));
        item.setOnAction(e -> action.run());
        return item;
    }

    static Button toolbarButton(PluginAction action) {
        Button b = new Button(action.text().replace("_", ""));
        b.setMnemonicParsing(false);
        b.setId(nodeId(action));
        action.newGraphic().ifPresent(b::setGraphic);
        b.setContentDisplay(ContentDisplay.TOP);
        b.setFocusTraversable(false);
        String shortcut = action.accelerator().map(k -> " (" + k.getDisplayText() + ")").orElse("");
        b.setTooltip(new Tooltip(action.description() + shortcut));
        b.disableProperty().bind(Bindings.not(action.enabled()));
        b.setOnAction(e -> action.run());
        return b;
    }
}
