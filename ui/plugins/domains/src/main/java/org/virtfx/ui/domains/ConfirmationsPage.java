package org.virtfx.ui.domains;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.virtfx.ui.api.FxThread;
import org.virtfx.ui.api.PluginPreferences;
import org.virtfx.ui.api.PreferencesPage;
import org.virtfx.ui.api.View;

/**
 * The plugin's page in the Preferences window: one "Ask before ..." box per question the plugin
 * asks, bound to its {@code confirm.<action>} preference, so that a "Don't ask again" can be
 * taken back. A change is saved at once.
 */
@FxThread
final class ConfirmationsPage implements View {
    /** The page's id in the Preferences window. */
    static final String ID = "domains.confirmations";

    private final VBox root = new VBox(10);

    /** @param preferences the plugin's preferences, read now and written on every change */
    ConfirmationsPage(PluginPreferences preferences) {
        Label intro = new Label("Destructive actions on virtual machines ask before they run. "
                + "Untick a question to stop it being asked.");
        intro.setWrapText(true);
        intro.setId("confirmations-intro");
        root.getChildren().add(intro);
        for (Confirmations.Question q : Confirmations.questions()) {
            CheckBox box = new CheckBox(q.text());
            box.setId("ask-" + q.key().substring(q.key().indexOf('.') + 1));
            box.setMnemonicParsing(false);
            box.setWrapText(true);
            box.setSelected(preferences.getBoolean(q.key(), true));
            // Asking is the default: ticking removes the preference rather than storing "true".
            box.selectedProperty().addListener((o, was, ask) -> {
                if (ask) {
                    preferences.remove(q.key());
                } else {
                    preferences.put(q.key(), "false");
                }
            });
            root.getChildren().add(box);
        }
        root.setPadding(new Insets(4, 0, 0, 0));
        root.setId("confirmations-page");
    }

    /**
     * @param preferences the plugin's preferences
     * @return the page, for {@link org.virtfx.ui.api.ContributionPoint#PREFERENCES_PAGE}
     */
    static PreferencesPage contribution(PluginPreferences preferences) {
        return new PreferencesPage(ID, "Confirmations", 100, () -> new ConfirmationsPage(preferences));
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void close() {
        // Nothing to release: the boxes listen to themselves only.
    }
}
