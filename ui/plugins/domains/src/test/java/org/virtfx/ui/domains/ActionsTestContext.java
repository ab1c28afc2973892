package org.virtfx.ui.domains;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
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
 * A plugin context for the actions' tests: real connections (the test driver on
 * {@code actions-testdriver.xml}), preferences kept in a map, and a notifier and contributions
 * that record what they receive. Thread-safe lists: with a direct executor, results arrive on
 * the connection's worker.
 */
final class ActionsTestContext implements PluginContext, Notifier, Contributions, PluginPreferences {
    final List<String> messages = new CopyOnWriteArrayList<>();
    final List<Object> contributed = new CopyOnWriteArrayList<>();
    final Map<String, String> preferences = new ConcurrentHashMap<>();
    private final Connections connections;
    private final Selection selection = new SimpleSelection();
    private final EventBus events = new SimpleEventBus();

    ActionsTestContext(Connections connections) {
        this.connections = connections;
    }

    static String fixtureUri() {
        SystemDependency.require(Libvirt.isAvailable(), "libvirt (Debian package libvirt0)");
        try {
            return "test://" + Path.of(ActionsTestContext.class.getResource("/actions-testdriver.xml").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public PluginDescriptor plugin() {
        return new DomainsPlugin().descriptor();
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
        contributed.add(contribution);
        return () -> contributed.remove(contribution);
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
