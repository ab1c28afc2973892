package org.virtfx.ui.domains;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.virtfx.ui.api.PreferencesPage;

/**
 * The plugin's Confirmations page alone: one box per question the plugin asks, showing and
 * changing its {@code confirm.<action>} preference, by mouse and by keyboard.
 */
class ConfirmationsPageIT {
    private final FxRobot robot = new FxRobot();
    private TestContext context;
    private Stage stage;
    private ConfirmationsPage page;

    @BeforeEach
    void open() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        context = new TestContext(null);
        // a "Don't ask again" ticked earlier for Force Off
        context.preferences.put("confirm.force-off", "false");
        PreferencesPage contribution = ConfirmationsPage.contribution(context);
        assertThat(contribution.id()).isEqualTo("domains.confirmations");
        assertThat(contribution.title()).isEqualTo("Confirmations");
        onFx(() -> {
            page = (ConfirmationsPage) contribution.factory().get();
            stage.setScene(new Scene(new StackPane(page.node()), 500, 300));
            stage.show();
            stage.toFront();
            return null;
        });
    }

    @AfterEach
    void close() throws Exception {
        onFx(() -> {
            page.close();
            return null;
        });
        FxToolkit.cleanupStages();
    }

    private static <T> T onFx(Callable<T> call) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, call);
    }

    private CheckBox box(String id) {
        return robot.lookup("#" + id).queryAs(CheckBox.class);
    }

    private boolean ticked(String id) {
        CheckBox b = box(id);
        return onFx(b::isSelected);
    }

    @Test
    void listsEveryQuestionThePluginAsks() {
        // in the order the page shows them
        List<String> texts = onFx(() -> ((Pane) page.node()).getChildren().stream()
                .filter(CheckBox.class::isInstance).map(n -> ((CheckBox) n).getText()).toList());
        assertThat(texts).containsExactly(
                "Ask before Reboot of several machines at once",
                "Ask before Shut Down of several machines at once",
                "Ask before Force Reset",
                "Ask before Force Off",
                "Ask before Delete, once the storage to delete is chosen");
        // every command that can ask has its box, bound to the key it reads
        for (DomainCommand c : DomainCommand.values()) {
            boolean listed = Confirmations.questions().stream().anyMatch(q -> q.key().equals(c.confirmKey()));
            assertThat(listed).as(c.name()).isEqualTo(c.asksFor(2));
        }
    }

    @Test
    void showsAndChangesThePreferences() {
        // a question switched off shows unticked; the others ask (nothing stored: the default)
        assertThat(ticked("ask-force-off")).isFalse();
        assertThat(ticked("ask-force-reset")).isTrue();
        assertThat(ticked("ask-delete")).isTrue();
        // ticking it asks again: back to the default, nothing stored
        robot.clickOn("#ask-force-off");
        assertThat(ticked("ask-force-off")).isTrue();
        assertThat(context.preferences).doesNotContainKey("confirm.force-off");
        // unticking another stores false, as "Don't ask again" does
        robot.clickOn("#ask-delete");
        assertThat(context.preferences).containsEntry("confirm.delete", "false");
    }

    @Test
    void theKeyboardAloneTicksAndUnticks() {
        // the focus goes through the boxes with Tab, and Space switches one
        onFx(() -> {
            box("ask-reboot").requestFocus();
            return null;
        });
        robot.type(KeyCode.TAB);
        assertThat(onFx(() -> box("ask-shut-down").isFocused())).isTrue();
        robot.type(KeyCode.SPACE);
        assertThat(ticked("ask-shut-down")).isFalse();
        assertThat(context.preferences).containsEntry("confirm.shut-down", "false");
        robot.type(KeyCode.SPACE);
        assertThat(context.preferences).doesNotContainKey("confirm.shut-down");
    }
}
