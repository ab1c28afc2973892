package org.virtfx.ui.domains;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.virtfx.libvirt.Connect;
import org.virtfx.libvirt.Domain;
import org.virtfx.libvirt.LibvirtException;
import org.virtfx.libvirt.StoragePool;
import org.virtfx.libvirt.StorageVol;
import org.virtfx.ui.api.DomainModel;
import org.virtfx.ui.api.FxThread;
import org.virtfx.ui.api.Notifier;

/**
 * Deleting machines as virt-manager does: read each machine's disks (on its worker), let the user
 * choose which storage to delete, confirm, then per machine on its worker: force it off if it
 * runs, delete the chosen volumes, undefine it with its managed save, snapshot and checkpoint
 * metadata and NVRAM. Each step is its own worker call so the results list fills as it goes, and
 * every step's result is listed: nothing is left half-done without saying so.
 */
@FxThread
final class DeleteFlow {
    private final Notifier notifier;
    private final Prompts prompts;
    private final Confirmations confirmations;

    DeleteFlow(Notifier notifier, Prompts prompts, Confirmations confirmations) {
        this.notifier = notifier;
        this.prompts = prompts;
        this.confirmations = confirmations;
    }

    /**
     * @param domains the machines to delete
     * @return completes on the JavaFX thread when done or cancelled; never fails
     */
    CompletableFuture<Void> start(List<DomainModel> domains) {
        List<CompletableFuture<DeleteTarget>> inspected = domains.stream().map(DeleteFlow::inspect).toList();
        return CompletableFuture.allOf(inspected.toArray(CompletableFuture[]::new))
                .thenCompose(i -> prompts.chooseDelete(inspected.stream().map(CompletableFuture::join).toList()))
                .thenCompose(this::confirm)
                .thenCompose(chosen -> chosen.map(this::delete).orElse(CompletableFuture.completedFuture(null)))
                .exceptionally(failure -> {
                    notifier.error("Could not delete " + BulkRun.names(domains), BulkRun.unwrap(failure));
                    return null;
                });
    }

    /** Reads a machine's disks and whether each is a pool volume, on its worker. */
    private static CompletableFuture<DeleteTarget> inspect(DomainModel domain) {
        String uuid = domain.uuid();
        return domain.connection().call(c -> {
            List<DiskChoice> disks = new ArrayList<>();
            try (Domain d = c.lookupDomainByUuidString(uuid)) {
                for (DomainDisks.Disk disk : DomainDisks.parse(d.getXmlDesc())) {
                    Optional<String> volumePath = volumePath(c, disk);
                    String path = volumePath.orElse(disk.path().isEmpty() ? disk.pool() + "/" + disk.volume() : disk.path());
                    DiskChoice choice = new DiskChoice(disk.target(), disk.device(), path, volumePath.isPresent(),
                            disk.readOnly(), disk.shareable(), false);
                    disks.add(choice.withDelete(choice.deleteByDefault()));
                }
            }
            return new DeleteTarget(domain, List.copyOf(disks));
        });
    }

    /** @return the disk's path when libvirt knows it as a pool volume */
    private static Optional<String> volumePath(Connect c, DomainDisks.Disk disk) {
        try {
            if (!disk.volume().isEmpty()) {
                try (StoragePool pool = c.lookupStoragePoolByName(disk.pool());
                     StorageVol vol = pool.lookupStorageVolByName(disk.volume())) {
                    return Optional.of(vol.getPath());
                }
            }
            try (StorageVol vol = c.lookupStorageVolByPath(disk.path())) {
                return Optional.of(vol.getPath());
            }
        } catch (LibvirtException notAVolume) {
            return Optional.empty();
        }
    }

    private CompletableFuture<Optional<List<DeleteTarget>>> confirm(Optional<List<DeleteTarget>> chosen) {
        if (chosen.isEmpty()) {
            return CompletableFuture.completedFuture(chosen);
        }
        List<DeleteTarget> targets = chosen.get();
        StringBuilder message = new StringBuilder("Delete " + targets.stream().map(t -> t.domain().getName())
                .collect(Collectors.joining(", ")) + "? This cannot be undone.");
        List<String> active = targets.stream().map(DeleteTarget::domain).filter(d -> DomainCommand.FORCE_OFF.allows(d.getState()))
                .map(DomainModel::getName).toList();
        if (!active.isEmpty()) {
            message.append("\n").append(String.join(", ", active)).append(active.size() == 1 ? " is" : " are")
                    .append(" running and will be forced off first.");
        }
        List<String> paths = targets.stream().flatMap(t -> t.chosen().stream()).map(DiskChoice::path).toList();
        message.append(paths.isEmpty() ? "\nNo storage will be deleted."
                : "\nThis storage will be deleted:\n  " + String.join("\n  ", paths));
        return confirmations.ask("confirm.delete", "Delete", message.toString(), "Delete")
                .thenApply(go -> go ? chosen : Optional.empty());
    }

    private CompletableFuture<Void> delete(List<DeleteTarget> targets) {
        Prompts.Progress progress = prompts.progress("Deleting " + (targets.size() == 1
                ? targets.get(0).domain().getName() : targets.size() + " virtual machines"));
        int[] deleted = {0};
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        for (DeleteTarget t : targets) {
            chain = chain.thenCompose(i -> deleteOne(t, progress)).thenAccept(ok -> deleted[0] += ok ? 1 : 0);
        }
        return chain.thenAccept(i -> {
            String summary = "Deleted " + deleted[0] + " of " + targets.size() + " virtual machines";
            progress.finish(summary);
            notifier.info(summary);
        });
    }

    /** @return whether the machine is gone */
    private static CompletableFuture<Boolean> deleteOne(DeleteTarget target, Prompts.Progress progress) {
        DomainModel domain = target.domain();
        String uuid = domain.uuid();
        String name = domain.getName();
        progress.step("Stopping " + name);
        CompletableFuture<Boolean> stopped = step(domain, progress, name, c -> {
            try (Domain d = c.lookupDomainByUuidString(uuid)) {
                if (!d.isActive()) {
                    return "Not running";
                }
                d.destroy();
                return "Forced off";
            }
        });
        CompletableFuture<Boolean> chain = stopped;
        for (DiskChoice disk : target.chosen()) {
            chain = chain.thenCompose(ok -> {
                if (!ok) {
                    return CompletableFuture.completedFuture(false);
                }
                progress.step("Deleting " + disk.path());
                // A disk that cannot be deleted is reported; the machine is still undefined.
                return step(domain, progress, disk.path(), c -> StorageDeletion.delete(c, disk.path()))
                        .thenApply(deletedOrNot -> true);
            });
        }
        return chain.thenCompose(ok -> {
            if (!ok) {
                progress.add(new Outcome(name, false, "Not deleted: it could not be stopped"));
                return CompletableFuture.completedFuture(false);
            }
            progress.step("Removing " + name);
            return step(domain, progress, name, c -> Undefine.undefine(c, uuid));
        }).thenCompose(ok -> domain.connection().refresh().handle((i, f) -> ok));
    }

    /** Runs one step on the domain's worker and lists its result. @return whether it worked */
    private static CompletableFuture<Boolean> step(DomainModel domain, Prompts.Progress progress, String subject,
                                                   org.virtfx.ui.api.LibvirtCall<String> call) {
        return domain.connection().call(call).handle((done, failure) -> {
            progress.add(failure == null ? new Outcome(subject, true, done)
                    : new Outcome(subject, false, BulkRun.message(failure)));
            return failure == null;
        });
    }
}
