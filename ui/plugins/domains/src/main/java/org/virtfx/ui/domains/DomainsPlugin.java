package org.virtfx.ui.domains;

import java.util.List;
import org.virtfx.ui.api.ContributionPoint;
import org.virtfx.ui.api.Plugin;
import org.virtfx.ui.api.PluginAction;
import org.virtfx.ui.api.PluginContext;
import org.virtfx.ui.api.PluginDescriptor;
import org.virtfx.ui.api.ViewContribution;

/**
 * The built-in {@code domains} plugin: contributes the manager window's list of virtual machines
 * and the lifecycle actions on the selected ones, and its Confirmations page in Preferences.
 */
public final class DomainsPlugin implements Plugin {
    /** This plugin's id. */
    public static final String ID = "domains";

    private static final PluginDescriptor DESCRIPTOR = new PluginDescriptor(ID, "Virtual machines", "0.1.0",
            "The list of virtual machines of every connection, and their lifecycle actions.", List.of(), 10);

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
        // The view model is made per view, so that closing the view releases its listeners; the
        // actions use one of their own that lives as long as the plugin.
        commands = new DomainListViewModel(context);
        List<PluginAction> actions = DomainActions.create(commands);
        for (PluginAction a : actions) {
            context.contributions().add(ContributionPoint.ACTION, a);
        }
        context.contributions().add(ContributionPoint.MANAGER_VIEW, new ViewContribution("domains.list",
                "Virtual Machines", 10, () -> new DomainListView(new DomainListViewModel(context), actions, context)));
        context.contributions().add(ContributionPoint.PREFERENCES_PAGE, ConfirmationsPage.contribution(context.preferences()));
    }

    @Override
    public void stop() {
        if (commands != null) {
            commands.close();
            commands = null;
        }
    }
}
