package org.virtfx.ui.domains;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.virtfx.ui.api.DomainModel;
import org.virtfx.ui.api.PluginAction;
import org.virtfx.ui.core.widgets.ActionNodes;

/** The tree: its rows, columns, column switches and sorting. */
class DomainTreeIT extends TreeFixture {

    @Test
    void showsEachConnectionWithItsDomainsExpandedAndLabelled() {
        // the connections in list order, each expanded, its domains sorted by name
        assertThat(connectionRows()).containsExactly("Alpha", "Beta");
        assertThat(domainRows(alpha)).containsExactly("build", "db-1", "legacy", "web-1");
        assertThat(domainRows(beta)).containsExactly("backup", "mail");
        assertThat(onFx(() -> tree().getExpandedItemCount())).isEqualTo(2 + 4 + 2);
        // a title is shown dimmed beside its name; only the demo host has the badge
        Set<Node> titles = robot.lookup(".domain-title").queryAll();
        assertThat(titles).map(n -> ((Label) n).getText()).contains("Front web server", "Postgres primary", "Mail relay");
        Set<Node> badges = robot.lookup(".demo-badge").queryAll();
        assertThat(badges.stream().filter(Node::isVisible).count()).isEqualTo(1);
        // the connection rows show their state
        List<String> states = onFx(() -> List.of(StateCell.text(alpha), StateCell.text(beta)));
        assertThat(states).containsExactly("Connected", "Connected");
        assertThat(cellTexts()).filteredOn("Connected"::equals).hasSize(2);
        assertThat(cellTexts()).contains("Running", "Shutoff", "Paused", "4 GiB / 4 GiB");
    }

    @Test
    void aColumnSwitchedOffInTheViewMenuStaysOffInANewView() {
        // given the View menu's switch for the CPU column, shown as the host shows it
        PluginAction cpu = onFx(() -> context.action("domains.column.cpu"));
        assertThat(cpu.placement().menu()).contains("_View");
        MenuItem item = onFx(() -> ActionNodes.menuItem(cpu, "menu-"));
        assertThat(item).isInstanceOf(CheckMenuItem.class);
        assertThat(onFx(() -> ((CheckMenuItem) item).isSelected())).isTrue();
        assertThat(onFx(() -> column(DomainColumns.CPU).isVisible())).isTrue();
        // when the user unticks it (what a click on the check item does)
        onFx(() -> {
            ((CheckMenuItem) item).setSelected(false);
            item.fire();
            return null;
        });
        // then the column goes, and the choice is in the preferences
        assertThat(onFx(() -> column(DomainColumns.CPU).isVisible())).isFalse();
        assertThat(context.preferences).containsEntry("columns.cpu.visible", "false");
        // and a new view on the same preferences starts without it, its switch unticked
        showNewView();
        assertThat(onFx(() -> column(DomainColumns.CPU).isVisible())).isFalse();
        assertThat(onFx(() -> column(DomainColumns.MEMORY).isVisible())).isTrue();
        assertThat(onFx(() -> context.action("domains.column.cpu").selected().orElseThrow().get())).isFalse();
        // the old view's switches were withdrawn: one per hideable column
        assertThat(context.actions).hasSize((int) DomainColumns.ALL.stream().filter(DomainColumns.Spec::hideable).count());
    }

    @Test
    void sortingByMemoryOrdersTheDomainsOfEachConnectionAndKeepsTheConnections() {
        // when the Memory header is clicked
        robot.clickOn(header("Memory"));
        WaitForAsyncUtils.waitForFxEvents();
        // then each connection's domains go smallest first; the connections keep their order
        assertThat(domainRows(alpha)).containsExactly("legacy", "build", "web-1", "db-1");
        assertThat(domainRows(beta)).containsExactly("mail", "backup");
        assertThat(connectionRows()).containsExactly("Alpha", "Beta");
        // and a second click reverses them
        robot.clickOn(header("Memory"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(domainRows(alpha)).containsExactly("db-1", "web-1", "build", "legacy");
        assertThat(connectionRows()).containsExactly("Alpha", "Beta");
    }

    @Test
    void aSelectedDomainStaysSelectedThroughSortingAndAConnectionRowSelectsNoDomain() {
        onFx(() -> {
            tree().getSelectionModel().clearAndSelect(rowOf("web-1"));
            return null;
        });
        assertThat(selectedNames()).containsExactly("web-1");
        robot.clickOn(header("Memory"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selectedNames()).containsExactly("web-1");
        assertThat(onFx(() -> tree().getSelectionModel().getSelectedItem().getValue()))
                .isInstanceOfSatisfying(TreeRow.DomainRow.class, r -> assertThat(r.domain().getName()).isEqualTo("web-1"));
        // a connection row and a domain: only the domain is selected for the actions
        onFx(() -> {
            tree().getSelectionModel().select(view.tree().itemOf(beta));
            return null;
        });
        assertThat(selectedNames()).containsExactly("web-1");
    }

    @Test
    void recycledCellsListenOnlyToTheRowsTheyShow() {
        // when a search hides most rows, the cells that showed them are emptied or reused
        onFx(() -> {
            view.search().field().setText("mail");
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(domainRows(beta)).containsExactly("mail");
        // then a graph cell listens to a domain's ticks only while it shows that domain
        List<GraphCell> cells = robot.lookup(".tree-table-cell").queryAll().stream()
                .filter(GraphCell.class::isInstance).map(GraphCell.class::cast).toList();
        assertThat(cells).isNotEmpty();
        for (GraphCell c : cells) {
            boolean showsDomain = onFx(() -> !c.isEmpty() && c.getItem() instanceof DomainModel && c.isVisible());
            if (!showsDomain) {
                assertThat(c.sparkline().isListening()).as("cell %s", c.getIndex()).isFalse();
            }
        }
        long listening = cells.stream().filter(c -> c.sparkline().isListening()).count();
        long graphColumns = onFx(() -> tree().getVisibleLeafColumns().stream()
                .filter(col -> col.getId().equals(DomainColumns.CPU) || col.getId().equals(DomainColumns.MEMORY)
                        || col.getId().equals(DomainColumns.DISK) || col.getId().equals(DomainColumns.NETWORK)).count());
        assertThat(listening).isEqualTo(graphColumns); // one domain row shown
    }

    @Test
    void closingTheViewReleasesEveryCellAndTheColumnSwitches() {
        List<GraphCell> cells = robot.lookup(".tree-table-cell").queryAll().stream()
                .filter(GraphCell.class::isInstance).map(GraphCell.class::cast).toList();
        assertThat(cells).anyMatch(c -> c.sparkline().isListening());
        onFx(() -> {
            view.close();
            return null;
        });
        assertThat(cells).noneMatch(c -> c.sparkline().isListening());
        assertThat(context.actions).isEmpty();
        view = null;
    }

    @Test
    void aViewWithoutThePluginContextShowsTheConnectionsOfTheDomains() {
        DomainListView plain = onFx(() -> new DomainListView(new DomainListViewModel(context), List.of()));
        try {
            List<String> rows = onFx(() -> plain.tree().control().getRoot().getChildren().stream()
                    .map(i -> i.getValue().connection().displayName()).toList());
            assertThat(rows).containsExactly("Alpha", "Beta");
            // the public models are the cell values: what code outside the plugin reads
            Object first = onFx(() -> plain.tree().control().getColumns().get(0).getCellData(1));
            assertThat(first).isInstanceOfSatisfying(DomainModel.class, d -> assertThat(d.getName()).isEqualTo("build"));
        } finally {
            onFx(() -> {
                plain.close();
                return null;
            });
        }
    }

    private List<String> cellTexts() {
        return onFx(() -> robot.lookup(".tree-table-cell").queryAll().stream()
                .map(n -> ((RowCell) n).getText()).filter(java.util.Objects::nonNull).toList());
    }

    private TreeTableColumn<TreeRow, ?> column(String id) {
        return DomainColumns.find(tree().getColumns(), id);
    }

    private Node header(String title) {
        return robot.lookup(".column-header .label").queryAllAs(Label.class).stream()
                .filter(l -> title.equals(l.getText())).findFirst().orElseThrow();
    }
}
