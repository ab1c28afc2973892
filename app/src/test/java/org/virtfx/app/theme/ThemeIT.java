package org.virtfx.app.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.virtfx.app.AppUnderTest.await;
import static org.virtfx.app.AppUnderTest.onFx;

import java.nio.file.Path;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import javafx.scene.input.MouseButton;
import org.testfx.api.FxRobot;
import org.testfx.robot.Motion;
import org.virtfx.app.AppUnderTest;
import org.virtfx.app.settings.SettingsStore;

/**
 * View &gt; Theme in the whole application: switching swaps JavaFX's user-agent stylesheet,
 * the app's own status bar follows (no light colour left in dark), and the choice survives a
 * restart.
 */
class ThemeIT {
    @TempDir
    Path config;
    private AppUnderTest app;

    @AfterEach
    void stopApp() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    private static String userAgentStylesheet() {
        return onFx(Application::getUserAgentStylesheet);
    }

    private void chooseInMenu(String itemId) {
        FxRobot robot = app.robot;
        robot.clickOn("#menu-view");
        robot.clickOn("#menu-theme");
        // Across first, then down: a diagonal path would cross the View menu's other items (the
        // column toggles) and close the submenu on the way.
        robot.clickOn("#" + itemId, Motion.HORIZONTAL_FIRST, MouseButton.PRIMARY);
    }

    private static double luminance(Paint paint) {
        Color c = (Color) paint;
        return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
    }

    private double statusBarLuminance() {
        Region bar = app.robot.lookup(".vfx-status-bar").queryAs(Region.class);
        return onFx(() -> bar.getBackground() == null ? -1 : luminance(bar.getBackground().getFills().get(0).getFill()));
    }

    private double statusTextLuminance() {
        Label message = app.robot.lookup("#status-message").queryAs(Label.class);
        return onFx(() -> luminance(message.getTextFill()));
    }

    private String savedChoice() {
        return SettingsStore.load(config, Runnable::run).get(ThemeChoice.SETTING).orElse("");
    }

    @Test
    void switchingChangesTheStylesheetAndIsRemembered() throws Exception {
        // given a first start: no saved choice, so the desktop's preference rules
        boolean desktopDark = DesktopPreference.read().dark();
        app = new AppUnderTest(config).start("--demo");
        String followed = desktopDark ? Themes.DARK_STYLESHEET : Themes.LIGHT_STYLESHEET;
        await(() -> followed.equals(userAgentStylesheet()));
        // when the user picks Dark
        chooseInMenu("menu-theme-dark");
        // then JavaFX's stylesheet is PrimerDark's, and the status bar is dark with light text
        assertThat(userAgentStylesheet()).isEqualTo(Themes.DARK_STYLESHEET);
        await(() -> statusBarLuminance() >= 0 && statusBarLuminance() < 0.3);
        assertThat(statusTextLuminance()).isGreaterThan(0.6);
        // and the choice is saved
        await(() -> savedChoice().equals("dark"));

        // when VirtFX starts again, it is dark from the start
        app.stop();
        onFx(() -> {
            Application.setUserAgentStylesheet(Themes.LIGHT_STYLESHEET);
            return null;
        });
        app.start("--demo");
        assertThat(userAgentStylesheet()).isEqualTo(Themes.DARK_STYLESHEET);
        await(() -> statusBarLuminance() >= 0 && statusBarLuminance() < 0.3);

        // and Light goes back, light bar, dark text, saved
        chooseInMenu("menu-theme-light");
        assertThat(userAgentStylesheet()).isEqualTo(Themes.LIGHT_STYLESHEET);
        await(() -> statusBarLuminance() > 0.8);
        assertThat(statusTextLuminance()).isLessThan(0.4);
        await(() -> savedChoice().equals("light"));
        assertThat(app.fxThreadErrors).isEmpty();
    }

    @Test
    void followDesktopTakesTheDesktopsAnswerWhenItArrives() throws Exception {
        // the desktop's answer arrives on another thread, after the window is up
        java.util.concurrent.CompletableFuture<DesktopPreference> desktop = new java.util.concurrent.CompletableFuture<>();
        java.util.List<ThemeChoice> saved = new java.util.concurrent.CopyOnWriteArrayList<>();
        // the toolkit alone: the application's own Themes would answer for the real desktop
        org.testfx.api.FxToolkit.registerPrimaryStage();
        Themes themes = onFx(() -> new Themes(ThemeChoice.FOLLOW_DESKTOP, saved::add, desktop, javafx.application.Platform::runLater));
        assertThat(userAgentStylesheet()).as("light until the desktop answers").isEqualTo(Themes.LIGHT_STYLESHEET);
        var executor = Executors.newSingleThreadExecutor();
        try {
            executor.execute(() -> desktop.complete(new DesktopPreference(true, "test")));
        } finally {
            executor.shutdown();
        }
        await(() -> Themes.DARK_STYLESHEET.equals(userAgentStylesheet()));
        assertThat(onFx(() -> themes.darkProperty().get())).isTrue();
        // an explicit Light overrides the desktop, and is saved
        onFx(() -> {
            themes.choose(ThemeChoice.LIGHT);
            return null;
        });
        assertThat(userAgentStylesheet()).isEqualTo(Themes.LIGHT_STYLESHEET);
        assertThat(saved).containsExactly(ThemeChoice.LIGHT);
    }
}
