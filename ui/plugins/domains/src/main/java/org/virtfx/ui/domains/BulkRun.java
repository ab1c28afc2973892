package org.virtfx.ui.domains;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import org.virtfx.libvirt.Domain;
import org.virtfx.ui.api.DomainModel;
import org.virtfx.ui.api.FxThread;
import org.virtfx.ui.api.Notifier;

/**
 * Runs one command on many domains at once, each on its own connection's worker (so one slow or
 * broken host does not hold up the others), and reports every machine's result: for one machine
 * in the status bar (or an error dialog), for several a summary in the status bar that names
 * them, plus a results list when any failed.
 */
@FxThread
final class BulkRun {
    private final Notifier notifier;
    private final Prompts prompts;

    /** One machine's result. */
    private record Result(DomainModel domain, String done, Throwable failure) {
        Outcome outcome() {
            return new Outcome(domain.getName() + " on " + domain.connection().displayName(), failure == null,
                    failure == null ? done : message(failure));
        }
    }

    BulkRun(Notifier notifier, Prompts prompts) {
        this.notifier = notifier;
        this.prompts = prompts;
    }

    /**
     * @param command the command
     * @param targets the domains, each in a state the command allows
     * @return the question to ask before it, naming the machines and what they lose
     */
    static String warning(DomainCommand command, List<DomainModel> targets) {
        String names = names(targets);
        return switch (command) {
            case FORCE_OFF -> "Force off " + names + "?\nThey stop at once, like pulling the plug: "
                    + "what their guests have not written to disk is lost.";
            case FORCE_RESET -> "Force reset " + names + "?\nThey restart at once, like pressing the reset "
                    + "button: what their guests have not written to disk is lost.";
            default -> command.verb().charAt(0) + command.verb().substring(1).toLowerCase(Locale.ROOT) + " "
                    + targets.size() + " virtual machines: " + names + "?";
        };
    }

    /**
     * @param command the command
     * @param targets the domains to run it on
     * @return completes on the JavaFX thread once every machine is done and reported
     */
    CompletableFuture<Void> run(DomainCommand command, List<DomainModel> targets) {
        List<CompletableFuture<Result>> results = targets.stream().map(d -> perform(command, d)).toList();
        return CompletableFuture.allOf(results.toArray(CompletableFuture[]::new))
                .thenAccept(ignored -> report(command, results.stream().map(CompletableFuture::join).toList()));
    }

    private CompletableFuture<Result> perform(DomainCommand command, DomainModel domain) {
        String uuid = domain.uuid();
        // Run on a domain with a managed save restores it: say so.
        String done = command == DomainCommand.RUN && domain.managedSaveProperty().get() ? "Restored" : command.done();
        CompletableFuture<Result> result = domain.connection().call(connect -> {
            try (Domain d = connect.lookupDomainByUuidString(uuid)) {
                command.apply(d);
            }
            return null;
        }).handle((ignored, failure) -> new Result(domain, done, unwrap(failure)));
        // Refresh even after a failure: the failure often means the row was stale.
        return result.thenCompose(r -> domain.connection().refresh().handle((i, f) -> r));
    }

    private void report(DomainCommand command, List<Result> results) {
        if (results.size() == 1) {
            Result r = results.get(0);
            if (r.failure() == null) {
                notifier.info(r.done() + " " + r.domain().getName());
            } else {
                notifier.error("Could not " + command.verb().toLowerCase(Locale.ROOT) + " " + r.domain().getName(),
                        r.failure());
            }
            return;
        }
        List<Result> failed = results.stream().filter(r -> r.failure() != null).toList();
        List<DomainModel> succeeded = results.stream().filter(r -> r.failure() == null).map(Result::domain).toList();
        if (failed.isEmpty()) {
            notifier.info(command.done() + " " + names(succeeded));
            return;
        }
        String summary = command.done() + " " + succeeded.size() + " of " + results.size()
                + " virtual machines; " + failed.size() + " failed";
        notifier.info(summary);
        Prompts.Progress list = prompts.progress(command.verb() + ": " + failed.size() + " of " + results.size()
                + " failed");
        results.forEach(r -> list.add(r.outcome()));
        list.finish(summary);
    }

    static String names(List<DomainModel> domains) {
        return domains.stream().map(DomainModel::getName).collect(Collectors.joining(", "));
    }

    static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    static String message(Throwable failure) {
        Throwable t = unwrap(failure);
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
