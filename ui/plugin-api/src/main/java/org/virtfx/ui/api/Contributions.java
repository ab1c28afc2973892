package org.virtfx.ui.api;

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
}
