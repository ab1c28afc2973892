package org.virtfx.ui.host;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.virtfx.icons.Icon;
import org.virtfx.ui.api.Connection;
import org.virtfx.ui.api.ContributionPoint;
import org.virtfx.ui.api.HostDetailsPage;
import org.virtfx.ui.api.Plugin;
import org.virtfx.ui.api.PluginAction;
import org.virtfx.ui.api.PluginContext;
import org.virtfx.ui.api.PluginDescriptor;
import org.virtfx.ui.api.Selection;
import org.virtfx.ui.core.widgets.IconNodes;

/**
 * The built-in {@code host} plugin: Connection Details (Edit menu, and the connection rows'
 * context menu) opens the selected connection's details window, whose first page, the
 * Overview, this plugin contributes; other plugins add pages at
 * {@link ContributionPoint#HOST_DETAILS_PAGE}.
 */
public final class HostPlugin implements Plugin {
    /** This plugin's id. */
    public static final String ID = "host";
    /** The id of the Connection Details command. */
    static final String DETAILS = "host.details";
    /** Ctrl+I: "information", GNOME's shortcut for an object's properties; no other command has it. */
    static final KeyCombination DETAILS_KEY = new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN);

    private static final PluginDescriptor DESCRIPTOR = new PluginDescriptor(ID, "Connection details", "0.1.0",
            "The Connection Details window of each connection, with the host's overview.", List.of(), 20);

    private DetailsWindows windows;
    private PluginContext context;
    private final ListChangeListener<Connection> onConnections = this::connectionsChanged;

    /** Cheap: everything happens in {@link #start}. */
    public HostPlugin() {
    }

    @Override
    public PluginDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void start(PluginContext ctx) {
        this.context = ctx;
        windows = new DetailsWindows(ctx.contributions().at(ContributionPoint.HOST_DETAILS_PAGE));
        ctx.contributions().add(ContributionPoint.HOST_DETAILS_PAGE,
                new HostDetailsPage("host.overview", "Overview", 0, OverviewPage::new));
        PluginAction details = detailsAction(ctx.selection(), windows);
        ctx.contributions().add(ContributionPoint.ACTION, details);
        ctx.contributions().add(ContributionPoint.CONNECTION_ACTION, details);
        ctx.connections().all().addListener(onConnections);
    }

    @Override
    public void stop() {
        if (context != null) {
            context.connections().all().removeListener(onConnections);
            context = null;
        }
        if (windows != null) {
            windows.close();
            windows = null;
        }
    }

    /** @return the open windows, for tests */
    DetailsWindows windows() {
        return windows;
    }

    private static PluginAction detailsAction(Selection selection, DetailsWindows windows) {
        return PluginAction.builder(DETAILS)
                .text("Connection _Details")
                .description("Show the selected connection's host: its facts, graphs and settings")
                .graphic(() -> IconNodes.create(Icon.HOST, 16))
                .accelerator(DETAILS_KEY)
                // The Edit menu comes before the domains plugin's Virtual Machine menu, as in virt-manager.
                .inMenu("_Edit")
                .order(5)
                .enabledWhen(selection.connectionProperty().isNotNull())
                .onAction(() -> windows.show(selection.connectionProperty().get()))
                .build();
    }

    private void connectionsChanged(ListChangeListener.Change<? extends Connection> change) {
        // A connection the user deleted takes its window with it.
        while (change.next()) {
            change.getRemoved().stream().filter(c -> !change.getList().contains(c)).forEach(windows::closeWindowOf);
        }
    }
}
