package org.virtfx.app.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import org.virtfx.ui.api.FxThread;

/**
 * The application's theme: the user's {@link ThemeChoice}, saved when it changes, and the
 * desktop's preference, which arrives a little after start (it is read off the JavaFX thread).
 * Until it arrives, "Follow desktop" shows the light theme. Switching sets JavaFX's user-agent
 * stylesheet, so every window, dialog included, follows at once.
 */
@FxThread
public final class Themes {
    /** PrimerLight's user-agent stylesheet. */
    public static final String LIGHT_STYLESHEET = new PrimerLight().getUserAgentStylesheet();
    /** PrimerDark's user-agent stylesheet. */
    public static final String DARK_STYLESHEET = new PrimerDark().getUserAgentStylesheet();

    private final ReadOnlyObjectWrapper<ThemeChoice> choice = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper dark = new ReadOnlyBooleanWrapper();
    private final Consumer<ThemeChoice> save;
    private boolean desktopPrefersDark;

    /**
     * Applies the saved choice now.
     *
     * @param saved the saved choice
     * @param save saves a new choice (the settings)
     * @param desktop the desktop's preference, completing on any thread
     * @param fx runs on the JavaFX thread: {@code Platform::runLater}
     */
    public Themes(ThemeChoice saved, Consumer<ThemeChoice> save, CompletionStage<DesktopPreference> desktop,
                  Executor fx) {
        this.save = save;
        choice.set(saved);
        apply();
        desktop.thenAcceptAsync(p -> {
            desktopPrefersDark = p.dark();
            apply();
        }, fx);
    }

    /** @param next the user's new choice; applied and saved */
    public void choose(ThemeChoice next) {
        if (next == choice.get()) {
            return;
        }
        choice.set(next);
        save.accept(next);
        apply();
    }

    /** @return the user's choice */
    public ReadOnlyObjectProperty<ThemeChoice> choiceProperty() {
        return choice.getReadOnlyProperty();
    }

    /** @return whether the dark theme is in use */
    public ReadOnlyBooleanProperty darkProperty() {
        return dark.getReadOnlyProperty();
    }

    private void apply() {
        dark.set(choice.get().isDark(desktopPrefersDark));
        String wanted = dark.get() ? DARK_STYLESHEET : LIGHT_STYLESHEET;
        if (!wanted.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(wanted);
        }
    }

    /** @return View &gt; Theme: one radio item per choice, following the choice; build it once per window (it listens for good) */
    public Menu menu() {
        ToggleGroup group = new ToggleGroup();
        Menu menu = new Menu("_Theme");
        menu.setId("menu-theme");
        for (ThemeChoice c : ThemeChoice.values()) {
            RadioMenuItem item = new RadioMenuItem(c.menuText());
            item.setId("menu-theme-" + c.settingValue());
            item.setToggleGroup(group);
            item.setSelected(c == choice.get());
            item.setOnAction(e -> choose(c));
            menu.getItems().add(item);
        }
        choice.addListener((o, was, now) -> group.getToggles().forEach(t ->
                t.setSelected(((RadioMenuItem) t).getId().equals("menu-theme-" + now.settingValue()))));
        return menu;
    }
}
