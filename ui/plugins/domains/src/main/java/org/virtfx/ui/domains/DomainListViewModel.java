package org.virtfx.ui.domains;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.virtfx.libvirt.Domain;
import org.virtfx.ui.api.DomainModel;
import org.virtfx.ui.api.FxThread;
import org.virtfx.ui.api.Notifier;
import org.virtfx.ui.api.PluginContext;
import org.virtfx.ui.api.Selection;

/**
 * State and commands of the domain list, without nodes: which commands the selection allows,
 * and running them on the domains' connections.
 */
@FxThread
final class DomainListViewModel implements AutoCloseable {
    private final ObservableList<DomainModel> domains;
    private final Selection selection;
    private final Notifier notifier;
    /** Bumped whenever a selected domain changes state, so that enablement follows states too. */
    private final IntegerProperty selectedStateChanges = new SimpleIntegerProperty();
    private final InvalidationListener onStateChange = o -> selectedStateChanges.set(selectedStateChanges.get() + 1);
    private final ListChangeListener<DomainModel> onSelectionChange = this::followSelection;
    private final Map<DomainCommand, BooleanBinding> enabled = new EnumMap<>(DomainCommand.class);

    DomainListViewModel(PluginContext context) {
        this.domains = context.connections().allDomains();
        this.selection = context.selection();
        this.notifier = context.notifier();
        selection.domains().addListener(onSelectionChange);
        selection.domains().forEach(d -> d.stateProperty().addListener(onStateChange));
        for (DomainCommand c : DomainCommand.values()) {
            enabled.put(c, Bindings.createBooleanBinding(
                    () -> selection.domains().stream().anyMatch(d -> c.allows(d.getState())),
                    selection.domains(), selectedStateChanges));
        }
    }

    /** @return every domain of every connection */
    ObservableList<DomainModel> domains() {
        return domains;
    }

    /** @return the shared selection, which the view writes */
    ObservableList<DomainModel> selected() {
        return selection.domains();
    }

    /** @param command a command @return whether it applies to at least one selected domain */
    BooleanBinding enabled(DomainCommand command) {
        return enabled.get(command);
    }

    /**
     * Runs a command on each selected domain it applies to, each on its own connection's worker,
     * then refreshes those connections and reports each result.
     *
     * @param command the command
     * @return completes on the JavaFX thread when every domain is done; never fails (failures are
     *     reported through the notifier)
     */
    CompletableFuture<Void> execute(DomainCommand command) {
        List<DomainModel> targets = selection.domains().stream().filter(d -> command.allows(d.getState())).toList();
        return CompletableFuture.allOf(targets.stream().map(d -> perform(command, d))
                .toArray(CompletableFuture[]::new));
    }

    private CompletableFuture<Void> perform(DomainCommand command, DomainModel domain) {
        String uuid = domain.uuid();
        String name = domain.getName();
        return domain.connection().call(connect -> {
            try (Domain d = connect.lookupDomainByUuidString(uuid)) {
                command.apply(d);
            }
            return null;
        }).thenCompose(ignored -> domain.connection().refresh()).handle((ignored, failure) -> {
            if (failure == null) {
                notifier.info(command.done() + " " + name);
            } else {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                notifier.error("Could not " + command.verb().toLowerCase(Locale.ROOT) + " " + name, cause);
            }
            return null;
        });
    }

    private void followSelection(ListChangeListener.Change<? extends DomainModel> change) {
        while (change.next()) {
            change.getRemoved().forEach(d -> d.stateProperty().removeListener(onStateChange));
            change.getAddedSubList().forEach(d -> d.stateProperty().addListener(onStateChange));
        }
    }

    /** Stops following the selection. */
    @Override
    public void close() {
        selection.domains().removeListener(onSelectionChange);
        selection.domains().forEach(d -> d.stateProperty().removeListener(onStateChange));
        enabled.values().forEach(BooleanBinding::dispose);
    }
}
