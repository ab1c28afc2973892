package org.virtfx.ui.domains;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.virtfx.ui.api.FxThread;
import org.virtfx.ui.api.PluginPreferences;

/**
 * Asks before destructive actions unless the user switched that question off: each question has
 * a preference {@code confirm.<action>} (true or missing: ask), which the dialog's "Don't ask
 * again" box sets to false.
 */
@FxThread
final class Confirmations {
    /** The preference of Delete's last question, asked once the storage to delete is chosen. */
    static final String DELETE_KEY = "confirm.delete";

    /**
     * A question the plugin asks, as the Preferences window lists it.
     *
     * @param key its preference, e.g. {@code confirm.force-off}
     * @param text the check box's text, e.g. {@code Ask before Force Off}
     */
    record Question(String key, String text) {
    }

    private final PluginPreferences preferences;
    private final Prompts prompts;

    Confirmations(PluginPreferences preferences, Prompts prompts) {
        this.preferences = preferences;
        this.prompts = prompts;
    }

    /**
     * Every question the plugin asks, in menu order: derived from the commands, so that a command
     * that starts asking shows up in Preferences by itself, then Delete's.
     *
     * @return the questions
     */
    static List<Question> questions() {
        List<Question> list = new ArrayList<>();
        for (DomainCommand c : DomainCommand.values()) {
            if (c.asksFor(1)) {
                list.add(new Question(c.confirmKey(), "Ask before " + c.verb()));
            } else if (c.asksFor(2)) {
                // Harmless for one machine, so only the bulk case asks.
                list.add(new Question(c.confirmKey(), "Ask before " + c.verb() + " of several machines at once"));
            }
        }
        list.add(new Question(DELETE_KEY, "Ask before Delete, once the storage to delete is chosen"));
        return List.copyOf(list);
    }

    /** @param key e.g. {@code confirm.force-off} @return whether that question is asked */
    boolean asks(String key) {
        return preferences.getBoolean(key, true);
    }

    /**
     * Asks, or answers yes at once when the question is switched off.
     *
     * @param key the question's preference, e.g. {@code confirm.force-off}
     * @param title the dialog's title
     * @param message what will happen
     * @param confirmText the label of the button that goes on
     * @return whether to go on
     */
    CompletableFuture<Boolean> ask(String key, String title, String message, String confirmText) {
        if (!asks(key)) {
            return CompletableFuture.completedFuture(true);
        }
        return prompts.confirm(title, message, confirmText).thenApply(answer -> {
            // "Don't ask again" with Cancel keeps asking: the box is about not being stopped.
            if (answer.proceed() && answer.dontAskAgain()) {
                preferences.put(key, "false");
            }
            return answer.proceed();
        });
    }
}
