package org.virtfx.ui.api;

import javafx.collections.ObservableList;
import javafx.util.Subscription;

/**
 * Where a plugin registers what it adds to the application. The host withdraws a plugin's
 * contributions when it stops or fails to start.
 *
 * @since 0.1
 */
@FxThread
public interface Contributions {

    /**
     * Adds a contribution.
     *
     * @param <T> what the point takes
     * @param point where
     * @param contribution what
     * @return withdraws the contribution
     * @throws IllegalArgumentException when a contribution with the same id is already there
     */
    <T> Subscription add(ContributionPoint<T> point, T contribution);

    /**
     * Returns what every plugin contributed at a point, so that a view can show other plugins'
     * contributions (a connection row's menu shows {@link ContributionPoint#CONNECTION_ACTION})
     * without depending on them.
     *
     * @param <T> what the point takes
     * @param point where
     * @return the contributions of all plugins, in registration order; read-only, and kept up to
     *     date as plugins add and withdraw them
     * @since 0.2
     */
    <T> ObservableList<T> at(ContributionPoint<T> point);
}
