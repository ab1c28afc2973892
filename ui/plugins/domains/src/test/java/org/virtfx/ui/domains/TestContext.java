package org.virtfx.ui.domains;

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
 * A plugin context for the plugin's tests: real connections (the test driver), preferences kept
 * in a map that outlives the views, a notifier that records its messages, and contributions
 * recorded (actions apart, withdrawn ones removed). Thread-safe collections: with a direct
 * executor, results arrive on the connections' workers.
 */
final class TestContext implements PluginContext, Notifier, Contributions, PluginPreferences {
    final Map<String, String> preferences = new ConcurrentHashMap<>();
    final List<PluginAction> actions = new CopyOnWriteArrayList<>();
    final List<Object> contributed = new CopyOnWriteArrayList<>();
    final List<String> messages = new CopyOnWriteArrayList<>();
    /** What other plugins contributed to connection rows' menus; tests add to it. */
    final ObservableList<PluginAction> connectionActions = FXCollections.observableArrayList();
    private final Connections connections;
    private final Selection selection = new SimpleSelection();
    private final EventBus events = new SimpleEventBus();

    TestContext(Connections connections) {
        this.connections = connections;
    }

    /** @param resource a test-driver file on the test class path @return its test:/// URI */
    static String uri(String resource) {
        SystemDependency.require(Libvirt.isAvailable(), "libvirt (Debian package libvirt0)");
        try {
            return "test://" + Path.of(TestContext.class.getResource(resource).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the fixture of the view-model tests, {@code domains-testdriver.xml} */
    static String fixtureUri() {
        return uri("/domains-testdriver.xml");
    }

    /** @return the fixture of the actions' tests, {@code actions-testdriver.xml} */
    static String actionsFixtureUri() {
        return uri("/actions-testdriver.xml");
    }

    /** @param id an action id @return the contributed action */
    PluginAction action(String id) {
        return actions.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
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
        if (contribution instanceof PluginAction a) {
            if (actions.stream().anyMatch(x -> x.id().equals(a.id()))) {
                throw new IllegalArgumentException("duplicate " + a.id());
            }
            actions.add(a);
            return () -> actions.remove(a);
        }
        contributed.add(contribution);
        return () -> contributed.remove(contribution);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> ObservableList<T> at(ContributionPoint<T> point) {
        if (point == ContributionPoint.CONNECTION_ACTION) {
            return (ObservableList<T>) FXCollections.unmodifiableObservableList(connectionActions);
        }
        return FXCollections.emptyObservableList();
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
