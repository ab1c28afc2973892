package org.virtfx.app.preferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.virtfx.app.AppUnderTest.await;
import static org.virtfx.app.AppUnderTest.onFx;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.virtfx.app.AppUnderTest;
import org.virtfx.app.settings.SettingsStore;
import org.virtfx.app.theme.Themes;
import org.virtfx.libvirt.DomainState;
import org.virtfx.ui.api.DomainModel;
import org.virtfx.ui.api.PreferencesPage;

/**
 * Edit &gt; Preferences in the whole application on the demo host: it opens from the menu and
 * with Ctrl+Comma, its pages are the app's and the domains plugin's, and what it changes takes
 * effect: a confirmation switched off is not asked (and back on, it is), a "Don't ask again"
 * shows there, the theme changes at once, a bad poll interval is refused and not saved.
 */
class PreferencesIT {
    @TempDir
    Path config;
    private AppUnderTest app;
    private FxRobot robot;

    @BeforeEach
    void start() throws Exception {
        app = new AppUnderTest(config).start("--demo");
        robot = app.robot;
        await(() -> AppUnderTest.shownDomains(robot).size() >= 12);
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
    }

    private void openByShortcut() throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
        awaitDialog();
    }

    private void awaitDialog() throws Exception {
        await(() -> !robot.lookup("#preferences-dialog").queryAll().isEmpty());
    }

    private boolean dialogShown() {
        return !robot.lookup("#preferences-dialog").queryAll().isEmpty();
    }

    private void closeWithEscape() throws Exception {
        robot.type(KeyCode.ESCAPE);
        await(() -> !dialogShown());
    }

    @SuppressWarnings("unchecked")
    private ListView<PreferencesPage> pageList() {
        return robot.lookup("#preferences-pages").queryAs(ListView.class);
    }

    /** Clicks a page's title in the list on the left. */
    private void showPage(String title) {
        Node cell = robot.from(pageList()).lookup(".list-cell")
                .match(n -> title.equals(((javafx.scene.control.ListCell<?>) n).getText())).query();
        robot.clickOn(cell);
        assertThat(robot.lookup("#preferences-page-title").queryAs(Label.class).getText()).isEqualTo(title);
    }

    private boolean ticked(String id) {
        CheckBox box = robot.lookup("#" + id).queryAs(CheckBox.class);
        return onFx(box::isSelected);
    }

    private Optional<String> saved(String key) {
        return SettingsStore.load(config, Runnable::run).get(key);
    }

    /** @return the running demo machines, by name */
    private List<String> running() {
        List<DomainModel> shown = AppUnderTest.shownDomains(robot);
        return onFx(() -> shown.stream().filter(d -> d.getState() == DomainState.RUNNING)
                .map(DomainModel::getName).sorted().toList());
    }

    private DomainState state(String name) {
        List<DomainModel> shown = AppUnderTest.shownDomains(robot);
        return onFx(() -> shown.stream().filter(d -> d.getName().equals(name)).findFirst().orElseThrow().getState());
    }

    private void forceOff(String name) {
        robot.clickOn(name);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
    }

    private void clickInConfirmation(String buttonText) {
        DialogPane pane = robot.lookup("#confirm-dialog").queryAs(DialogPane.class);
        Button b = onFx(() -> pane.getButtonTypes().stream().filter(t -> t.getText().equals(buttonText))
                .map(t -> (Button) pane.lookupButton(t)).findFirst().orElseThrow());
        robot.clickOn(b);
    }

    @Test
    void opensFromTheEditMenuAndByItsShortcutWithEveryPage() throws Exception {
        // from the menu
        robot.clickOn("#menu-edit");
        robot.clickOn("#menu-preferences");
        awaitDialog();
        // the app's pages, then the domains plugin's; General shown first
        assertThat(onFx(() -> pageList().getItems().stream().map(PreferencesPage::title).toList()))
                .containsExactly("General", "Polling", "Confirmations");
        assertThat(robot.lookup("#preferences-page-title").queryAs(Label.class).getText()).isEqualTo("General");
        assertThat(robot.lookup("#theme-follow-desktop").queryAs(RadioButton.class).isSelected()).isTrue();
        closeWithEscape();
        // and with Ctrl+Comma
        openByShortcut();
        assertThat(dialogShown()).isTrue();
        DialogPane pane = robot.lookup("#preferences-dialog").queryAs(DialogPane.class);
        robot.clickOn(onFx(() -> pane.lookupButton(ButtonType.CLOSE)));
        await(() -> !dialogShown());
        assertThat(app.fxThreadErrors).isEmpty();
    }

    @Test
    void aConfirmationSwitchedOffIsNotAskedAndBackOnItIs() throws Exception {
        List<String> running = running();
        assertThat(running).hasSizeGreaterThanOrEqualTo(2);
        // given Force Off's question switched off in Preferences
        openByShortcut();
        showPage("Confirmations");
        assertThat(ticked("ask-force-off")).isTrue();
        robot.clickOn("#ask-force-off");
        await(() -> saved("plugin.domains.confirm.force-off").equals(Optional.of("false")));
        closeWithEscape();
        // when a running machine is forced off, no question comes, and it is off
        forceOff(running.get(0));
        await(() -> state(running.get(0)) == DomainState.SHUTOFF);
        assertThat(robot.lookup("#confirm-dialog").queryAll()).isEmpty();

        // given the question switched back on
        openByShortcut();
        showPage("Confirmations");
        assertThat(ticked("ask-force-off")).isFalse();
        robot.clickOn("#ask-force-off");
        await(() -> saved("plugin.domains.confirm.force-off").isEmpty());
        closeWithEscape();
        // then Force Off asks again, and Cancel leaves the machine running
        forceOff(running.get(1));
        await(() -> !robot.lookup("#confirm-dialog").queryAll().isEmpty());
        assertThat(robot.lookup("#confirm-message").queryAs(Label.class).getText())
                .startsWith("Force off " + running.get(1) + "?");
        clickInConfirmation("Cancel");
        await(() -> robot.lookup("#confirm-dialog").queryAll().isEmpty());
        assertThat(state(running.get(1))).isEqualTo(DomainState.RUNNING);
        assertThat(app.fxThreadErrors).isEmpty();
    }

    @Test
    void aDontAskAgainShowsUntickedInPreferences() throws Exception {
        String machine = running().get(0);
        // given Force Reset's question answered with "Don't ask again"
        robot.clickOn(machine);
        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.R).release(KeyCode.R, KeyCode.ALT, KeyCode.CONTROL);
        await(() -> !robot.lookup("#confirm-dialog").queryAll().isEmpty());
        robot.clickOn("#dont-ask-again");
        clickInConfirmation("Force Reset");
        await(() -> robot.lookup("#confirm-dialog").queryAll().isEmpty());
        // then Preferences shows that question unticked, and the others still asked
        openByShortcut();
        showPage("Confirmations");
        assertThat(ticked("ask-force-reset")).isFalse();
        assertThat(ticked("ask-force-off")).isTrue();
        assertThat(ticked("ask-delete")).isTrue();
        closeWithEscape();
    }

    @Test
    void aThemeChosenThereAppliesAtOnceAndIsSaved() throws Exception {
        openByShortcut();
        robot.clickOn("#theme-dark");
        assertThat(onFx(Application::getUserAgentStylesheet)).isEqualTo(Themes.DARK_STYLESHEET);
        await(() -> saved("view.theme").equals(Optional.of("dark")));
        robot.clickOn("#theme-light");
        assertThat(onFx(Application::getUserAgentStylesheet)).isEqualTo(Themes.LIGHT_STYLESHEET);
        await(() -> saved("view.theme").equals(Optional.of("light")));
        closeWithEscape();
        // View > Theme follows, and a choice there shows in Preferences next time
        robot.clickOn("#menu-view");
        robot.clickOn("#menu-theme");
        robot.clickOn("#menu-theme-dark", org.testfx.robot.Motion.HORIZONTAL_FIRST,
                javafx.scene.input.MouseButton.PRIMARY);
        assertThat(onFx(Application::getUserAgentStylesheet)).isEqualTo(Themes.DARK_STYLESHEET);
        openByShortcut();
        assertThat(robot.lookup("#theme-dark").queryAs(RadioButton.class).isSelected()).isTrue();
        closeWithEscape();
        onFx(() -> {
            Application.setUserAgentStylesheet(Themes.LIGHT_STYLESHEET);
            return null;
        });
    }

    @Test
    void aBadPollIntervalIsRefusedAndNotSaved() throws Exception {
        openByShortcut();
        showPage("Polling");
        TextField seconds = robot.lookup("#poll-seconds").queryAs(TextField.class);
        assertThat(seconds.getText()).isEqualTo("1");
        Label problem = robot.lookup("#polling-problem").queryAs(Label.class);
        assertThat(problem.isVisible()).isFalse();
        // "abc" and Enter: a clear message, nothing saved, the window stays
        robot.doubleClickOn(seconds).eraseText(1).write("abc").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).isEqualTo("“abc” is not a number. Enter the seconds between updates as a "
                + "number from 0.5 to 600, such as 1 or 2.5.");
        assertThat(dialogShown()).isTrue();
        assertThat(saved("model.pollMillis")).isEmpty();
        // a good value replaces it: the message goes, the value is saved in milliseconds
        robot.eraseText(3).write("2.5").type(KeyCode.ENTER);
        await(() -> saved("model.pollMillis").equals(Optional.of("2500")));
        assertThat(problem.isVisible()).isFalse();
        assertThat(robot.lookup("#history-span").queryAs(Label.class).getText())
                .isEqualTo("Graphs show the last 5 minutes");
        assertThat(robot.lookup("#polling-note").queryAs(Label.class).getText()).contains("at once");
        // a graph length in range applies at once to the machines' graphs
        DomainModel machine = AppUnderTest.shownDomains(robot).get(0);
        robot.clickOn("#history-points").eraseText(3).write("30").type(KeyCode.ENTER);
        await(() -> saved("model.historyLength").equals(Optional.of("30")));
        assertThat(onFx(() -> machine.graphs().cpu().capacity())).isEqualTo(30);
        // one out of range, left with Tab, is refused
        robot.clickOn("#history-points").eraseText(3).write("1").type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(problem.getText()).startsWith("1 points is out of range.");
        closeWithEscape();
        assertThat(saved("model.historyLength")).contains("30");
    }

    @Test
    void theKeyboardAloneReachesAPageAndChangesIt() throws Exception {
        // Ctrl+Comma opens it with the focus in the list of pages
        openByShortcut();
        ListView<PreferencesPage> list = pageList();
        await(() -> onFx(list::isFocused));
        // Down twice: Confirmations; Tab: its first box; Space unticks it
        robot.type(KeyCode.DOWN, 2);
        assertThat(robot.lookup("#preferences-page-title").queryAs(Label.class).getText()).isEqualTo("Confirmations");
        robot.type(KeyCode.TAB);
        CheckBox first = robot.lookup("#ask-reboot").queryAs(CheckBox.class);
        await(() -> onFx(first::isFocused));
        robot.type(KeyCode.SPACE);
        await(() -> saved("plugin.domains.confirm.reboot").equals(Optional.of("false")));
        // Escape closes it
        closeWithEscape();
        assertThat(app.fxThreadErrors).isEmpty();
    }
}
