package org.virtfx.ui.api;

import java.util.Objects;

/**
 * A typed place where plugins contribute: the manager window's views, actions, and (in later
 * versions) details pages, console viewers and wizard pages. New points are added as constants;
 * existing ones never change type.
 *
 * @param <T> what is contributed there
 * @since 0.1
 */
public final class ContributionPoint<T> {

    /** Views of the manager window's main area, such as the list of virtual machines. */
    public static final ContributionPoint<ViewContribution> MANAGER_VIEW =
            new ContributionPoint<>("manager.view", ViewContribution.class);

    /** Commands shown in the manager window's menus, toolbar and context menus. */
    public static final ContributionPoint<PluginAction> ACTION =
            new ContributionPoint<>("action", PluginAction.class);

    /**
     * Pages of the Preferences window, one per group of a plugin's preferences.
     *
     * @since 0.2
     */
    public static final ContributionPoint<PreferencesPage> PREFERENCES_PAGE =
            new ContributionPoint<>("preferences.page", PreferencesPage.class);

    /**
     * Commands on one connection, shown in a connection row's context menu after Connect and
     * Disconnect. They act on {@link Selection#connectionProperty()}, which the view sets to the
     * row's connection before the menu shows.
     *
     * @since 0.2
     */
    public static final ContributionPoint<PluginAction> CONNECTION_ACTION =
            new ContributionPoint<>("connection.action", PluginAction.class);

    /**
     * Pages (tabs) of a connection's Connection Details window: Overview, Virtual Networks,
     * Storage...
     *
     * @since 0.2
     */
    public static final ContributionPoint<HostDetailsPage> HOST_DETAILS_PAGE =
            new ContributionPoint<>("host.details.page", HostDetailsPage.class);

    private final String id;
    private final Class<T> type;

    private ContributionPoint(String id, Class<T> type) {
        this.id = Objects.requireNonNull(id);
        this.type = Objects.requireNonNull(type);
    }

    /** @return the point's id */
    public String id() {
        return id;
    }

    /** @return the type of its contributions */
    public Class<T> type() {
        return type;
    }

    @Override
    public String toString() {
        return id;
    }
}
