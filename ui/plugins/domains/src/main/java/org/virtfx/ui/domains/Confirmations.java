package org.virtfx.ui.domains;

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
    private final PluginPreferences preferences;
    private final Prompts prompts;

    Confirmations(PluginPreferences preferences, Prompts prompts) {
        this.preferences = preferences;
        this.prompts = prompts;
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
