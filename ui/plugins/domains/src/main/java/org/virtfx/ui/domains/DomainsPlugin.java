package org.virtfx.ui.domains;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.virtfx.icons.Icon;
import org.virtfx.ui.api.ContributionPoint;
import org.virtfx.ui.api.Plugin;
import org.virtfx.ui.api.PluginAction;
import org.virtfx.ui.api.PluginContext;
import org.virtfx.ui.api.PluginDescriptor;
import org.virtfx.ui.api.ViewContribution;
import org.virtfx.ui.core.widgets.IconNodes;

/**
 * The built-in {@code domains} plugin: contributes the manager window's list of virtual machines
 * and the lifecycle actions on the selected ones.
 */
public final class DomainsPlugin implements Plugin {
    /** This plugin's id. */
    public static final String ID = "domains";

    private static final PluginDescriptor DESCRIPTOR = new PluginDescriptor(ID, "Virtual machines", "0.1.0",
            "The list of virtual machines of every connection, and their lifecycle actions.", List.of(), 10);

    private static final String MENU = "_Virtual Machine";

    private DomainListViewModel commands;

    /** Cheap: everything happens in {@link #start}. */
    public DomainsPlugin() {
    }

    @Override
    public PluginDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void start(PluginContext context) {
        List<PluginAction> actions = new ArrayList<>();
        // The view model is made per view, so that closing the view releases its listeners; the
        // actions use one of their own that lives as long as the plugin.
        commands = new DomainListViewModel(context);
        actions.add(action(commands, DomainCommand.RUN, "_Run", Icon.ACTION_RUN, shortcut(KeyCode.R), 10));
        actions.add(action(commands, DomainCommand.PAUSE, "_Pause", Icon.ACTION_PAUSE, shortcut(KeyCode.P), 20));
        actions.add(action(commands, DomainCommand.RESUME, "R_esume", Icon.ACTION_RESUME, shortcut(KeyCode.E), 30));
        actions.add(action(commands, DomainCommand.SHUT_DOWN, "_Shut Down", Icon.ACTION_SHUTDOWN, shortcut(KeyCode.D), 40));
        actions.add(action(commands, DomainCommand.FORCE_OFF, "_Force Off", Icon.ACTION_FORCE_OFF,
                new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), 50));
        for (PluginAction a : actions) {
            context.contributions().add(ContributionPoint.ACTION, a);
        }
        context.contributions().add(ContributionPoint.MANAGER_VIEW, new ViewContribution("domains.list",
                "Virtual Machines", 10, () -> new DomainListView(new DomainListViewModel(context), actions)));
    }

    @Override
    public void stop() {
        if (commands != null) {
            commands.close();
            commands = null;
        }
    }

    private static KeyCombination shortcut(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
    }

    private static PluginAction action(DomainListViewModel commands, DomainCommand command, String text, Icon icon,
                                       KeyCombination accelerator, int order) {
        return PluginAction.builder("domains." + command.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                .text(text)
                .description(command.verb() + " the selected virtual machines")
                .graphic(() -> IconNodes.create(icon, 20))
                .accelerator(accelerator)
                .inMenu(MENU)
                .inToolbar()
                .inContextMenu()
                .order(order)
                .enabledWhen(commands.enabled(command))
                .onAction(() -> commands.execute(command))
                .build();
    }
}
