package org.virtfx.ui.domains;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.virtfx.ui.api.DomainModel;
import org.virtfx.ui.api.FxThread;
import org.virtfx.ui.api.PluginContext;
import org.virtfx.ui.api.Selection;

/**
 * State and commands of the domain list, without nodes: which commands the selection allows,
 * whether Run is Restore, and running commands (asking first where they are destructive) and
 * Delete on the domains' connections.
 */
@FxThread
final class DomainListViewModel implements AutoCloseable {
    private final ObservableList<DomainModel> domains;
    private final Selection selection;
    private final Confirmations confirmations;
    private final BulkRun bulk;
    private final DeleteFlow deleteFlow;
    /** Bumped whenever a selected domain changes state or managed save, so that enablement follows. */
    private final IntegerProperty selectedStateChanges = new SimpleIntegerProperty();
    private final InvalidationListener onStateChange = o -> selectedStateChanges.set(selectedStateChanges.get() + 1);
    private final ListChangeListener<DomainModel> onSelectionChange = this::followSelection;
    private final Map<DomainCommand, BooleanBinding> enabled = new EnumMap<>(DomainCommand.class);
    private final BooleanBinding deleteEnabled;
    private final BooleanBinding restore;

    /** @param context the plugin's context; questions are real dialogs */
    DomainListViewModel(PluginContext context) {
        this(context, new FxPrompts());
    }

    /**
     * @param context the plugin's context
     * @param prompts where confirmations, the Delete dialog and results are shown
     */
    DomainListViewModel(PluginContext context, Prompts prompts) {
        this.domains = context.connections().allDomains();
        this.selection = context.selection();
        this.confirmations = new Confirmations(context.preferences(), prompts);
        this.bulk = new BulkRun(context.notifier(), prompts);
        this.deleteFlow = new DeleteFlow(context.notifier(), prompts, confirmations);
        selection.domains().addListener(onSelectionChange);
        selection.domains().forEach(this::watch);
        for (DomainCommand c : DomainCommand.values()) {
            enabled.put(c, Bindings.createBooleanBinding(
                    () -> selection.domains().stream().anyMatch(d -> c.allows(d.getState())),
                    selection.domains(), selectedStateChanges));
        }
        deleteEnabled = Bindings.createBooleanBinding(() -> !selection.domains().isEmpty(), selection.domains());
        restore = Bindings.createBooleanBinding(() -> !selection.domains().isEmpty()
                        && selection.domains().stream().allMatch(d -> d.managedSaveProperty().get()),
                selection.domains(), selectedStateChanges);
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

    /** @return whether Delete applies: any selected domain, in any state */
    BooleanBinding deleteEnabled() {
        return deleteEnabled;
    }

    /** @return whether Run shows as Restore: every selected domain has a managed save image */
    BooleanBinding restore() {
        return restore;
    }

    /** @return the confirmations and their preferences */
    Confirmations confirmations() {
        return confirmations;
    }

    /**
     * Runs a command on each selected domain it applies to, each on its own connection's worker,
     * after asking when the command is destructive; then refreshes those connections and
     * reports each machine's result.
     *
     * @param command the command
     * @return completes on the JavaFX thread when every domain is done or the user cancelled;
     *     never fails (failures are reported)
     */
    CompletableFuture<Void> execute(DomainCommand command) {
        List<DomainModel> targets = selection.domains().stream().filter(d -> command.allows(d.getState())).toList();
        if (targets.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Boolean> go = command.asksFor(targets.size())
                ? confirmations.ask(command.confirmKey(), command.verb(), BulkRun.warning(command, targets), command.verb())
                : CompletableFuture.completedFuture(true);
        return go.thenCompose(proceed -> proceed ? bulk.run(command, targets) : CompletableFuture.completedFuture(null));
    }

    /**
     * Deletes the selected domains: the Delete dialog (disks to delete), a confirmation, then on
     * each domain's worker: force off, delete the chosen storage, undefine.
     *
     * @return completes on the JavaFX thread when done or cancelled; never fails
     */
    CompletableFuture<Void> delete() {
        if (selection.domains().isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        return deleteFlow.start(List.copyOf(selection.domains()));
    }

    private void watch(DomainModel d) {
        d.stateProperty().addListener(onStateChange);
        d.managedSaveProperty().addListener(onStateChange);
    }

    private void unwatch(DomainModel d) {
        d.stateProperty().removeListener(onStateChange);
        d.managedSaveProperty().removeListener(onStateChange);
    }

    private void followSelection(ListChangeListener.Change<? extends DomainModel> change) {
        while (change.next()) {
            change.getRemoved().forEach(this::unwatch);
            change.getAddedSubList().forEach(this::watch);
        }
    }

    /** Stops following the selection. */
    @Override
    public void close() {
        selection.domains().removeListener(onSelectionChange);
        selection.domains().forEach(this::unwatch);
        enabled.values().forEach(BooleanBinding::dispose);
        deleteEnabled.dispose();
        restore.dispose();
    }
}
