package org.virtfx.ui.domains;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The questions and reports the domain actions show: confirmations, the Delete dialog, and the
 * list of results. An interface so that the view model's flows run in tests without windows;
 * {@link FxPrompts} shows real dialogs. Every method is called on the JavaFX thread, and no
 * method waits for the user: answers come back as futures.
 */
interface Prompts {

    /** The answer to a confirmation. @param proceed go on @param dontAskAgain stop asking this */
    record Answer(boolean proceed, boolean dontAskAgain) {
    }

    /**
     * Asks before a destructive action.
     *
     * @param title e.g. {@code Force Off}
     * @param message what will happen, naming the machines
     * @param confirmText the label of the button that goes on, e.g. {@code Force Off}
     * @return the answer, when the user gives it
     */
    CompletableFuture<Answer> confirm(String title, String message, String confirmText);

    /**
     * Shows the Delete dialog: the machines and their disks, each disk with a "delete associated
     * storage" box checked as {@link DiskChoice#deleteByDefault()} says.
     *
     * @param machines the machines to delete, with their disks
     * @return the machines with the disks the user chose to delete, or empty when cancelled
     */
    CompletableFuture<Optional<List<DeleteTarget>>> chooseDelete(List<DeleteTarget> machines);

    /**
     * Opens a list of results that fills while work goes on.
     *
     * @param title e.g. {@code Deleting 2 virtual machines}
     * @return where to add results and say when all is done
     */
    Progress progress(String title);

    /** A results list being filled. */
    interface Progress {
        /** @param step what is being done now, e.g. {@code Deleting /var/lib/x.qcow2} */
        void step(String step);

        /** @param outcome one result, added to the list at once */
        void add(Outcome outcome);

        /** @param summary the last line, e.g. {@code Deleted 1 of 2}; the list can be closed now */
        void finish(String summary);
    }
}
