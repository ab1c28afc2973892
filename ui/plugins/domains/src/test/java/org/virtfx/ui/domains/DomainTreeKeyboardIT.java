package org.virtfx.ui.domains;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.virtfx.testsupport.Wait;
import org.virtfx.ui.api.ConnectionState;

/** The search box, the connection rows' menu, and using the tree with the keyboard alone. */
class DomainTreeKeyboardIT extends TreeFixture {

    @Test
    void theSearchFiltersEveryConnectionByNameTitleStateAndHost() {
        // a name: one domain, the other connection hidden
        robot.clickOn("#domain-search").write("WEB");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(connectionRows()).containsExactly("Alpha");
        assertThat(domainRows(alpha)).containsExactly("web-1");
        assertThat(count()).isEqualTo("1 match");
        // a state, over both connections
        search("shutoff");
        assertThat(connectionRows()).containsExactly("Alpha", "Beta");
        assertThat(domainRows(alpha)).containsExactly("build");
        assertThat(domainRows(beta)).containsExactly("backup");
        assertThat(count()).isEqualTo("2 matches");
        // a title, and a host's name
        search("postgres");
        assertThat(domainRows(alpha)).containsExactly("db-1");
        search("beta");
        assertThat(connectionRows()).containsExactly("Beta");
        assertThat(domainRows(beta)).containsExactly("backup", "mail");
        // nothing
        search("no such machine");
        assertThat(connectionRows()).isEmpty();
        assertThat(count()).isEqualTo("No match");
    }

    @Test
    void ctrlFFocusesTheSearchAndEscClearsIt() {
        // given the focus in the tree
        robot.clickOn(robot.lookup("legacy").queryAs(Node.class));
        assertThat(onFx(() -> tree().isFocused())).isTrue();
        // Ctrl+F goes to the search box
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TextField field = onFx(() -> view.search().field());
        assertThat(onFx(field::isFocused)).isTrue();
        robot.write("mail");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(connectionRows()).containsExactly("Beta");
        // Esc clears it: every row is back
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        String text = onFx(field::getText);
        assertThat(text).isEmpty();
        assertThat(connectionRows()).containsExactly("Alpha", "Beta");
        assertThat(count()).isEmpty();
        // a second Esc goes back to the tree
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> tree().isFocused())).isTrue();
    }

    @Test
    void aConnectionRowDisconnectsAndConnectsFromItsMenu() {
        // given Beta's row focused with the keyboard
        focusRow(onFx(() -> tree().getRow(view.tree().itemOf(beta))));
        // Shift+F10 opens the connection's menu; Disconnect
        robot.press(KeyCode.SHIFT, KeyCode.F10).release(KeyCode.F10, KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Disconnect");
        Wait.until("Beta disconnected", Duration.ofSeconds(10),
                () -> onFx(() -> beta.stateProperty().get()) == ConnectionState.DISCONNECTED);
        WaitForAsyncUtils.waitForFxEvents();
        // its rows stay, and its row says so
        assertThat(domainRows(beta)).containsExactly("backup", "mail");
        assertThat(cellTexts()).contains("Disconnected");
        // the context-menu key opens it again: Connect
        robot.type(KeyCode.CONTEXT_MENU);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Connect");
        Wait.until("Beta connected", Duration.ofSeconds(10),
                () -> onFx(() -> beta.stateProperty().get()) == ConnectionState.CONNECTED);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(domainRows(beta)).containsExactly("backup", "mail");
    }

    @Test
    void deleteRemovesAConnectionOnlyOnceConfirmed() {
        focusRow(onFx(() -> tree().getRow(view.tree().itemOf(beta))));
        // cancelled: nothing happens
        robot.type(KeyCode.CONTEXT_MENU);
        robot.clickOn("Delete…");
        assertThat(robot.lookup("#confirm-delete-connection").queryAll()).hasSize(1);
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(connectionRows()).containsExactly("Alpha", "Beta");
        // confirmed: the connection leaves the list, and the tree
        robot.type(KeyCode.CONTEXT_MENU);
        robot.clickOn("Delete…");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> connections.all().size())).isEqualTo(1);
        assertThat(connectionRows()).containsExactly("Alpha");
    }

    @Test
    void theTreeWorksWithTheKeyboardAlone() {
        // rows: 0 Alpha, 1 build, 2 db-1, 3 legacy, 4 web-1, 5 Beta, 6 backup, 7 mail
        focusRow(1);
        assertThat(selectedNames()).containsExactly("build");
        // arrows move, Shift extends the selection
        robot.type(KeyCode.DOWN);
        assertThat(selectedNames()).containsExactly("db-1");
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT);
        assertThat(selectedNames()).containsExactly("db-1", "legacy");
        // Ctrl moves the focus alone; Ctrl+Space adds the focused row
        robot.press(KeyCode.CONTROL).type(KeyCode.DOWN).type(KeyCode.DOWN).type(KeyCode.DOWN).type(KeyCode.SPACE)
                .release(KeyCode.CONTROL);
        assertThat(selectedNames()).containsExactlyInAnyOrder("db-1", "legacy", "backup");
        // the context-menu key opens the domain actions, and Enter runs the first
        robot.type(KeyCode.CONTEXT_MENU);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ran).hasSize(1);
        assertThat(ran.get(0)).containsExactlyInAnyOrder("db-1", "legacy", "backup");
        // Up from the first domain reaches its connection row, which selects no domain
        focusRow(1);
        robot.type(KeyCode.UP);
        assertThat(selectedNames()).isEmpty();
        assertThat(onFx(() -> tree().getSelectionModel().getSelectedIndex())).isZero();
    }

    private void focusRow(int row) {
        onFx(() -> {
            tree().requestFocus();
            tree().getSelectionModel().clearAndSelect(row);
            tree().getFocusModel().focus(row);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void search(String text) {
        onFx(() -> {
            view.search().field().setText(text);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String count() {
        return onFx(() -> robot.lookup("#domain-search-count").queryAs(Label.class).getText());
    }

    private java.util.List<String> cellTexts() {
        return onFx(() -> robot.lookup(".tree-table-cell").queryAll().stream()
                .map(n -> ((RowCell) n).getText()).filter(java.util.Objects::nonNull).toList());
    }
}
