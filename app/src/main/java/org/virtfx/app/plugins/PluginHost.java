package org.virtfx.app.plugins;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import org.virtfx.ui.api.Contributions;
import org.virtfx.ui.api.FxThread;
import org.virtfx.ui.api.Plugin;
import org.virtfx.ui.api.PluginContext;
import org.virtfx.ui.api.PluginDescriptor;

/**
 * Finds plugins, starts them in dependency order, and keeps one plugin's failure from stopping
 * the others: a plugin that cannot be created or whose start throws is marked failed, its
 * contributions are withdrawn, the plugins that require it are disabled, and the rest go on.
 */
@FxThread
public final class PluginHost {
    private static final System.Logger LOG = System.getLogger("org.virtfx.app");

    /** Makes the context a plugin starts with. */
    @FunctionalInterface
    public interface ContextFactory {
        /**
         * @param plugin the plugin's descriptor
         * @param contributions where that plugin registers
         * @return its context
         */
        PluginContext create(PluginDescriptor plugin, Contributions contributions);
    }

    /**
     * A plugin provider not yet created.
     *
     * @param source the provider's class name, for reports
     * @param factory creates the plugin; may throw
     */
    public record Candidate(String source, Supplier<Plugin> factory) {
    }

    private record Running(Plugin plugin, HostContributions.Scope scope) {
    }

    private final HostContributions contributions = new HostContributions();
    private final ContextFactory contexts;
    /** Every report, in order; a duplicate's report stands beside the original's. */
    private final List<PluginStatus> reports = new ArrayList<>();
    /** The report of each plugin that took part (not refused duplicates), by id. */
    private final Map<String, PluginStatus> byId = new HashMap<>();
    private final List<Running> running = new ArrayList<>();

    /** @param contexts makes each plugin's context */
    public PluginHost(ContextFactory contexts) {
        this.contexts = contexts;
    }

    /**
     * Lists the plugins that {@link ServiceLoader} finds: on the module path through
     * {@code provides}, on the class path through {@code META-INF/services}.
     *
     * @return the candidates; a provider that cannot even be listed becomes a failing candidate
     */
    public static List<Candidate> discover() {
        List<Candidate> found = new ArrayList<>();
        Iterator<ServiceLoader.Provider<Plugin>> it = ServiceLoader.load(Plugin.class).stream().iterator();
        while (true) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                ServiceLoader.Provider<Plugin> p = it.next();
                found.add(new Candidate(p.type().getName(), p::get));
            } catch (ServiceConfigurationError e) {
                found.add(new Candidate("(unloadable provider)", () -> {
                    throw e;
                }));
            }
        }
        return found;
    }

    /** @return every contribution of the started plugins */
    public HostContributions contributions() {
        return contributions;
    }

    /** @return what became of each plugin, in start order */
    public List<PluginStatus> statuses() {
        return List.copyOf(reports);
    }

    /**
     * Creates and starts the candidates.
     *
     * @param candidates the plugins, e.g. from {@link #discover()}
     */
    public void startAll(List<Candidate> candidates) {
        Map<String, Plugin> plugins = new HashMap<>();
        Map<String, String> sources = new HashMap<>();
        for (Candidate c : candidates) {
            Plugin plugin;
            PluginDescriptor d;
            try {
                plugin = c.factory().get();
                d = plugin.descriptor();
            } catch (RuntimeException | ServiceConfigurationError | LinkageError e) {
                record(PluginStatus.failed(c.source(), c.source(), c.source(), "could not be created: " + e, e));
                continue;
            }
            if (plugins.containsKey(d.id())) {
                report(PluginStatus.disabled(d, c.source(), "duplicate id '" + d.id() + "': already provided by "
                        + sources.get(d.id()) + ", refused from " + c.source()));
                continue;
            }
            plugins.put(d.id(), plugin);
            sources.put(d.id(), c.source());
        }
        for (String id : startOrder(plugins)) {
            start(plugins.get(id), sources.get(id));
        }
    }

    private void start(Plugin plugin, String source) {
        PluginDescriptor d = plugin.descriptor();
        for (String required : d.requires()) {
            PluginStatus s = byId.get(required);
            if (s == null || s.state() != PluginStatus.State.STARTED) {
                record(PluginStatus.disabled(d, source, "requires plugin '" + required + "', which "
                        + (s == null ? "is not installed" : "did not start")));
                return;
            }
        }
        HostContributions.Scope scope = contributions.scope(d.id());
        try {
            plugin.start(contexts.create(d, scope));
            running.add(new Running(plugin, scope));
            record(PluginStatus.started(d, source));
        } catch (RuntimeException | LinkageError e) {
            scope.withdrawAll();
            record(PluginStatus.failed(d.id(), d.name(), source, "failed to start: " + e, e));
        }
    }

    /** Stops the started plugins in reverse start order and withdraws their contributions. */
    public void stopAll() {
        List<Running> reverse = new ArrayList<>(running);
        Collections.reverse(reverse);
        for (Running r : reverse) {
            String id = r.plugin().descriptor().id();
            try {
                r.plugin().stop();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "plugin " + id + " failed to stop", e);
            }
            r.scope().withdrawAll();
            PluginStatus was = byId.get(id);
            record(was.stopped());
        }
        running.clear();
    }

    /**
     * Orders plugins so that each comes after those it requires; among the free ones, lower
     * {@code order} first, then id. Plugins in a requirement cycle are left out and reported.
     */
    private List<String> startOrder(Map<String, Plugin> plugins) {
        Map<String, Integer> waiting = new HashMap<>();
        Map<String, List<String>> dependents = new HashMap<>();
        Comparator<String> byOrder = Comparator.<String>comparingInt(id -> plugins.get(id).descriptor().order())
                .thenComparing(Comparator.naturalOrder());
        PriorityQueue<String> ready = new PriorityQueue<>(byOrder);
        for (Plugin p : plugins.values()) {
            PluginDescriptor d = p.descriptor();
            // A requirement that is not installed is reported at start, not counted here.
            long present = d.requires().stream().filter(plugins::containsKey).count();
            waiting.put(d.id(), (int) present);
            d.requires().stream().filter(plugins::containsKey)
                    .forEach(r -> dependents.computeIfAbsent(r, k -> new ArrayList<>()).add(d.id()));
            if (present == 0) {
                ready.add(d.id());
            }
        }
        List<String> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            String id = ready.poll();
            order.add(id);
            for (String dep : dependents.getOrDefault(id, List.of())) {
                if (waiting.merge(dep, -1, Integer::sum) == 0) {
                    ready.add(dep);
                }
            }
        }
        for (Plugin p : plugins.values()) {
            if (!order.contains(p.descriptor().id())) {
                record(PluginStatus.disabled(p.descriptor(), p.getClass().getName(), "requirement cycle among "
                        + p.descriptor().requires()));
            }
        }
        return order;
    }

    /** Records the status of a plugin that takes part, replacing its earlier status. */
    private void record(PluginStatus status) {
        PluginStatus earlier = byId.put(status.id(), status);
        if (earlier != null) {
            reports.set(reports.indexOf(earlier), status);
            return;
        }
        report(status);
    }

    /** Adds a report. */
    private void report(PluginStatus status) {
        reports.add(status);
        if (status.state() != PluginStatus.State.STARTED) {
            LOG.log(Level.WARNING, "plugin " + status.id() + " " + status.state().name().toLowerCase() + ": "
                    + status.problem(), status.error().orElse(null));
        }
    }
}
