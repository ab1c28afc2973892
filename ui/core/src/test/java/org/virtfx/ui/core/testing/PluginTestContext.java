package org.virtfx.ui.core.testing;

import java.net.URISyntaxException;
import java.nio.file.Path;
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
import org.virtfx.ui.api.PluginAction;
import org.virtfx.ui.api.PluginContext;
import org.virtfx.ui.api.PluginDescriptor;
import org.virtfx.ui.api.PluginPreferences;
import org.virtfx.ui.api.Selection;
import org.virtfx.ui.core.SimpleEventBus;
import org.virtfx.ui.core.SimpleSelection;

/**
 * A plugin context for a plugin's own tests: real connections (the test driver), a plain
 * selection, preferences in a map that outlives the views, a notifier that records its messages,
 * and contributions kept per point and readable, as the application keeps them (an action id
 * twice is refused, as there). Thread-safe collections: with a direct executor, results arrive on
 * the connections' workers.
 */
public class PluginTestContext implements PluginContext, Notifier, Contributions, PluginPreferences {
    /** The plugin's preferences, by key. */
    public final Map<String, String> preferences = new ConcurrentHashMap<>();
    /** What the plugin told the user, in order; errors as {@code ERROR summary: cause}. */
    public final List<String> messages = new CopyOnWriteArrayList<>();
    private final Map<ContributionPoint<?>, ObservableList<?>> byPoint = new ConcurrentHashMap<>();
    private final PluginDescriptor plugin;
    private final Connections connections;
    private final Selection selection = new SimpleSelection();
    private final EventBus events = new SimpleEventBus();

    /**
     * @param plugin the plugin under test
     * @param connections the connections it sees
     */
    public PluginTestContext(PluginDescriptor plugin, Connections connections) {
        this.plugin = plugin;
        this.connections = connections;
    }

    /**
     * @param anchor a class whose class path holds the file
     * @param resource a test-driver file on the test class path
     * @return its {@code test:///} URI; fails the test when libvirt is missing in CI
     */
    public static String testDriverUri(Class<?> anchor, String resource) {
        SystemDependency.require(Libvirt.isAvailable(), "libvirt (Debian package libvirt0)");
        try {
            return "test://" + Path.of(anchor.getResource(resource).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param <T> what the point takes
     * @param point a contribution point
     * @return what is contributed there, modifiable: tests add other plugins' contributions
     */
    @SuppressWarnings("unchecked")
    public final <T> ObservableList<T> contributed(ContributionPoint<T> point) {
        return (ObservableList<T>) byPoint.computeIfAbsent(point,
                p -> FXCollections.observableList(new CopyOnWriteArrayList<>()));
    }

    /** @param id an action id @return the action contributed with it to the menus */
    public final PluginAction action(String id) {
        return contributed(ContributionPoint.ACTION).stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    @Override
    public PluginDescriptor plugin() {
        return plugin;
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
        ObservableList<T> list = contributed(point);
        if (contribution instanceof PluginAction a
                && list.stream().anyMatch(x -> x instanceof PluginAction b && b.id().equals(a.id()))) {
            throw new IllegalArgumentException("duplicate " + a.id());
        }
        list.add(contribution);
        return () -> list.remove(contribution);
    }

    @Override
    public <T> ObservableList<T> at(ContributionPoint<T> point) {
        return FXCollections.unmodifiableObservableList(contributed(point));
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
