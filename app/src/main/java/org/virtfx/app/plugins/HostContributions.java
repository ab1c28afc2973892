package org.virtfx.app.plugins;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Subscription;
import org.virtfx.ui.api.ContributionPoint;
import org.virtfx.ui.api.Contributions;
import org.virtfx.ui.api.FxThread;
import org.virtfx.ui.api.HostDetailsPage;
import org.virtfx.ui.api.PluginAction;
import org.virtfx.ui.api.ViewContribution;

/**
 * Every contribution of every plugin, one observable list per point, which the window follows.
 * Each plugin registers through its own {@link Scope}, so that the host can withdraw all of a
 * plugin's contributions when it fails or stops.
 */
@FxThread
public final class HostContributions {
    private final Map<ContributionPoint<?>, ObservableList<?>> byPoint = new HashMap<>();

    /**
     * Returns the live list of contributions at a point.
     *
     * @param <T> what the point takes
     * @param point the point
     * @return the contributions, read-only, in registration order
     */
    public <T> ObservableList<T> at(ContributionPoint<T> point) {
        return FXCollections.unmodifiableObservableList(list(point));
    }

    @SuppressWarnings("unchecked")
    private <T> ObservableList<T> list(ContributionPoint<T> point) {
        return (ObservableList<T>) byPoint.computeIfAbsent(point, p -> FXCollections.observableArrayList());
    }

    /**
     * @param pluginId the plugin that registers
     * @return the plugin's own view of the contributions
     */
    Scope scope(String pluginId) {
        return new Scope(pluginId);
    }

    private static String idOf(Object contribution) {
        if (contribution instanceof PluginAction a) {
            return a.id();
        }
        if (contribution instanceof ViewContribution v) {
            return v.id();
        }
        if (contribution instanceof HostDetailsPage p) {
            return p.id();
        }
        return null;
    }

    /** One plugin's registrations. */
    final class Scope implements Contributions {
        private final String pluginId;
        private final List<Subscription> registered = new ArrayList<>();

        private Scope(String pluginId) {
            this.pluginId = pluginId;
        }

        @Override
        public <T> Subscription add(ContributionPoint<T> point, T contribution) {
            if (!point.type().isInstance(contribution)) {
                throw new IllegalArgumentException(point + " takes " + point.type().getSimpleName());
            }
            ObservableList<T> list = list(point);
            String id = idOf(contribution);
            if (id != null && list.stream().anyMatch(c -> id.equals(idOf(c)))) {
                throw new IllegalArgumentException("plugin " + pluginId + ": a contribution with id " + id
                        + " is already at " + point);
            }
            list.add(contribution);
            Subscription s = () -> list.remove(contribution);
            registered.add(s);
            return s;
        }

        @Override
        public <T> ObservableList<T> at(ContributionPoint<T> point) {
            return HostContributions.this.at(point);
        }

        /** Withdraws everything this plugin contributed. */
        void withdrawAll() {
            registered.forEach(Subscription::unsubscribe);
            registered.clear();
        }
    }
}
