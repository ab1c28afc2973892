package org.virtfx.app.preferences;

import atlantafx.base.theme.Styles;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import org.virtfx.app.theme.ThemeChoice;
import org.virtfx.app.theme.Themes;
import org.virtfx.ui.api.FxThread;
import org.virtfx.ui.api.View;

/**
 * Preferences &gt; General: the theme, the same choice as View &gt; Theme (setting
 * {@code view.theme}). Both go through {@link Themes}, so each follows the other, and a choice
 * applies to every window at once.
 */
@FxThread
final class GeneralPage implements View {
    /** Follow desktop first: it is the default, and virt-manager users know it as "System". */
    private static final ThemeChoice[] ORDER = {ThemeChoice.FOLLOW_DESKTOP, ThemeChoice.LIGHT, ThemeChoice.DARK};

    private final Themes themes;
    private final Map<ThemeChoice, RadioButton> buttons = new EnumMap<>(ThemeChoice.class);
    private final ChangeListener<ThemeChoice> follow = (o, was, now) -> buttons.get(now).setSelected(true);
    private final VBox root = new VBox(8);

    /** @param themes the application's themes */
    GeneralPage(Themes themes) {
        this.themes = themes;
        Label heading = new Label("Theme");
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        root.getChildren().add(heading);
        ToggleGroup group = new ToggleGroup();
        for (ThemeChoice c : ORDER) {
            RadioButton b = new RadioButton(c == ThemeChoice.FOLLOW_DESKTOP
                    ? "_Follow the desktop (dark when it prefers dark)" : c.menuText());
            b.setId("theme-" + c.settingValue());
            b.setToggleGroup(group);
            b.setSelected(c == themes.choiceProperty().get());
            b.setUserData(c);
            buttons.put(c, b);
            root.getChildren().add(b);
        }
        // The group, not each button's action: a choice made with the arrow keys counts too.
        // Choosing what is already chosen does nothing, so following View > Theme does not loop.
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                themes.choose((ThemeChoice) now.getUserData());
            }
        });
        VBox.setMargin(heading, new Insets(0, 0, 2, 0));
        root.setPadding(new Insets(4, 0, 0, 0));
        root.setId("general-page");
        themes.choiceProperty().addListener(follow);
    }

    @Override
    public Node node() {
        return root;
    }

    /** Stops following View &gt; Theme; idempotent. */
    @Override
    public void close() {
        themes.choiceProperty().removeListener(follow);
    }
}
