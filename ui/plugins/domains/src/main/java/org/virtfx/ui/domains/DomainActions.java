package org.virtfx.ui.domains;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import org.virtfx.icons.Icon;
import org.virtfx.ui.api.PluginAction;
import org.virtfx.ui.core.widgets.IconNodes;

/**
 * The manager window's domain actions, as {@link PluginAction}s for the toolbar, the Virtual
 * Machine menu and the right-click menu: Run (Restore), Pause, Resume, the Shut Down group
 * (Reboot, Shut Down, Force Reset, Force Off, Save) and Delete, each with a shortcut. Actions
 * whose feature does not exist yet (New, Open, Clone, Migrate) are not made at all.
 */
final class DomainActions {
    /** The menu-bar menu they go in. */
    static final String MENU = "_Virtual Machine";
    /** The group of ways to stop a machine: a submenu, and a menu button in the toolbar. */
    static final String SHUT_DOWN_GROUP = "Shut Down";

    private DomainActions() {
    }

    /**
     * @param model runs them and says when they apply
     * @return the actions, in toolbar and menu order
     */
    static List<PluginAction> create(DomainListViewModel model) {
        List<PluginAction> actions = new ArrayList<>();
        actions.add(command(model, DomainCommand.RUN, "_Run", Icon.ACTION_RUN, ctrl(KeyCode.R), 10)
                .textWhen(Bindings.when(model.restore()).then("_Restore").otherwise("_Run"))
                .graphic(() -> switching(model.restore(), Icon.ACTION_RUN, Icon.ACTION_RESTORE))
                .description("Run the selected virtual machines, or restore their saved state")
                .inToolbar()
                .build());
        actions.add(command(model, DomainCommand.PAUSE, "_Pause", Icon.ACTION_PAUSE, ctrl(KeyCode.P), 20).inToolbar().build());
        actions.add(command(model, DomainCommand.RESUME, "R_esume", Icon.ACTION_RESUME, ctrl(KeyCode.E), 30).inToolbar().build());
        // The group is a submenu in the menus; in the toolbar only Shut Down and Force Off get
        // buttons, as in virt-manager: ten buttons push the toolbar's last items into its overflow.
        actions.add(inGroup(command(model, DomainCommand.REBOOT, "Re_boot", Icon.ACTION_REBOOT,
                ctrlShift(KeyCode.R), 40), false));
        actions.add(inGroup(command(model, DomainCommand.SHUT_DOWN, "_Shut Down", Icon.ACTION_SHUTDOWN,
                ctrl(KeyCode.D), 41), true));
        actions.add(inGroup(command(model, DomainCommand.FORCE_RESET, "Force _Reset", Icon.ACTION_RESET,
                new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN), 42), false));
        actions.add(inGroup(command(model, DomainCommand.FORCE_OFF, "_Force Off", Icon.ACTION_FORCE_OFF,
                ctrlShift(KeyCode.D), 43), true));
        actions.add(inGroup(command(model, DomainCommand.SAVE, "Sa_ve", Icon.ACTION_SAVE, ctrl(KeyCode.S), 44), false));
        actions.add(base("domains.delete", "_Delete", Icon.ACTION_DELETE, ctrl(KeyCode.DELETE), 60)
                .description("Delete the selected virtual machines, and the storage you choose")
                .enabledWhen(model.deleteEnabled())
                .onAction(model::delete)
                .inToolbar()
                .build());
        return List.copyOf(actions);
    }

    /** @param command a command @return its action's id, e.g. {@code domains.force-off} */
    static String id(DomainCommand command) {
        return "domains." + command.key();
    }

    private static PluginAction inGroup(PluginAction.Builder b, boolean toolbar) {
        return (toolbar ? b.inToolbar() : b).submenu(SHUT_DOWN_GROUP).build();
    }

    private static PluginAction.Builder command(DomainListViewModel model, DomainCommand command, String text,
                                                Icon icon, KeyCombination accelerator, int order) {
        return base(id(command), text, icon, accelerator, order)
                .description(command.verb() + " the selected virtual machines")
                .enabledWhen(model.enabled(command))
                .onAction(() -> model.execute(command));
    }

    private static PluginAction.Builder base(String id, String text, Icon icon, KeyCombination accelerator, int order) {
        return PluginAction.builder(id)
                .text(text)
                .graphic(() -> IconNodes.create(icon, 20))
                .accelerator(accelerator)
                .inMenu(MENU)
                .inContextMenu()
                .order(order);
    }

    /**
     * An icon that follows a condition. Bound, not listened to: a binding holds its source
     * weakly, so menus rebuilt by the host do not pile up on the view model.
     */
    private static Node switching(ObservableBooleanValue condition, Icon whenFalse, Icon whenTrue) {
        Node off = IconNodes.create(whenFalse, 20);
        Node on = IconNodes.create(whenTrue, 20);
        on.visibleProperty().bind(Bindings.createBooleanBinding(condition::get, condition));
        off.visibleProperty().bind(on.visibleProperty().not());
        return new StackPane(off, on);
    }

    private static KeyCombination ctrl(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
    }

    private static KeyCombination ctrlShift(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    }
}
