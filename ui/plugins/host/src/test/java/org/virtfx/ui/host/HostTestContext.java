package org.virtfx.ui.host;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Subscription;
import org.virtfx.libvirt.Libvirt;
import org.virtfx.testsupport.SystemDependency;
import org.virtfx.ui.api.Connections;
import org.virtfx.ui.api.ContributionPoint;
import org.virtfx.ui.api.Contributions;
import org.virtfx.ui.api.EventBus;
import org.virtfx.ui.api.Notifier;
import org.virtfx.ui.api.PluginContext;
import org.virtfx.ui.api.PluginDescriptor;
import org.virtfx.ui.api.PluginPreferences;
import org.virtfx.ui.api.Selection;
import org.virtfx.ui.core.SimpleEventBus;
import org.virtfx.ui.core.SimpleSelection;

/**
 * A plugin context for the host plugin's tests: real connections (the test driver), a plain
 * selection, contributions kept per point (readable, as the host keeps them), preferences in a
 * map and a notifier that records its messages. FX-confined, like the application's.
 */
final class HostTestContext implements PluginContext, Notifier, Contributions, PluginPreferences {
    final List<String> messages = new CopyOnWriteArrayList<>();
    private final Map<String, String> preferences = new ConcurrentHashMap<>();
    private final Map<ContributionPoint<?>, ObservableList<?>> byPoint = new HashMap<>();
    private final Connections connections;
    private final Selection selection = new SimpleSelection();
    private final EventBus events = new SimpleEventBus();

    HostTestContext(Connections connections) {
        this.connections = connections;
    }

    /** @return the fixture's test:/// URI, {@code host-testdriver.xml} */
    static String fixtureUri() {
        SystemDependency.require(Libvirt.isAvailable(), "libvirt (Debian package libvirt0)");
        try {
            return "test://" + Path.of(HostTestContext.class.getResource("/host-testdriver.xml").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public PluginDescriptor plugin() {
        return new HostPlugin().descriptor();
    }

    @Override
    public Connections connections() {
        return connections;
    }

    @Override
    public Selection selection() {
        return selection;
    }

    @Override
    public EventBus events() {
        return events;
    }

    @Override
    public Notifier notifier() {
        return this;
    }

    @Override
    public Contributions contributions() {
        return this;
    }

    @Override
    public PluginPreferences preferences() {
        return this;
    }

    @Override
    public void info(String message) {
        messages.add(message);
    }

    @Override
    public void error(String summary, Throwable cause) {
        messages.add("ERROR " + summary + ": " + cause.getMessage());
    }

    @Override
    public <T> Subscription add(ContributionPoint<T> point, T contribution) {
        ObservableList<T> list = list(point);
        list.add(contribution);
        return () -> list.remove(contribution);
    }

    @Override
    public <T> ObservableList<T> at(ContributionPoint<T> point) {
        return FXCollections.unmodifiableObservableList(list(point));
    }

    @SuppressWarnings("unchecked")
    private <T> ObservableList<T> list(ContributionPoint<T> point) {
        return (ObservableList<T>) byPoint.computeIfAbsent(point, p -> FXCollections.observableArrayList());
    }

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(preferences.get(key));
    }

    @Override
    public void put(String key, String value) {
        preferences.put(key, value);
    }

    @Override
    public void remove(String key) {
        preferences.remove(key);
    }
}
