package org.virtfx.ui.domains;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.virtfx.testsupport.Wait;
import org.virtfx.ui.api.ConnectionState;
import org.virtfx.ui.api.DomainModel;

/**
 * The graph columns on a ticking model: sparklines fill as samples come, CPU sorting follows
 * the latest values, and a disconnected connection keeps its last data, greyed.
 */
class DomainTreeGraphsIT extends TreeFixture {

    @Override
    long pollMillis() {
        return 40;
    }

    @Test
    void sortingByCpuFollowsTheLatestValuesAndADisconnectedHostKeepsItsRowsGreyed() {
        // given a few samples of every domain of Alpha
        DomainModel web = onFx(() -> alpha.domains().stream().filter(d -> d.getName().equals("web-1")).findFirst().orElseThrow());
        Wait.until("four samples", Duration.ofSeconds(10), () -> onFx(() -> web.samplesProperty().get() >= 4));
        // and the sparklines on screen have drawn them
        List<GraphCell> drawn = robot.lookup(".tree-table-cell").queryAll().stream()
                .filter(GraphCell.class::isInstance).map(GraphCell.class::cast)
                .filter(c -> c.sparkline().isListening()).toList();
        assertThat(drawn).isNotEmpty().allSatisfy(c -> assertThat(c.sparkline().redrawCount()).isPositive());
        // when Alpha is disconnected, its model holds still on its last data
        onFx(alpha::disconnect).orTimeout(10, TimeUnit.SECONDS).join();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> alpha.stateProperty().get())).isEqualTo(ConnectionState.DISCONNECTED);
        assertThat(domainRows(alpha)).containsExactly("build", "db-1", "legacy", "web-1");
        // then its domain rows are greyed, and Beta's are not
        assertThat(staleRows()).containsExactlyInAnyOrder("Alpha", "build", "db-1", "legacy", "web-1");
        // and when sorted by CPU usage, highest first, the rows follow the latest values
        onFx(() -> {
            TreeTableColumn<TreeRow, ?> cpu = DomainColumns.find(tree().getColumns(), DomainColumns.CPU);
            cpu.setSortType(TreeTableColumn.SortType.DESCENDING);
            tree().getSortOrder().setAll(List.of(cpu));
            return null;
        });
        List<Double> cpu = onFx(() -> {
            List<Double> values = new ArrayList<>();
            for (TreeItem<TreeRow> i : view.tree().itemOf(alpha).getChildren()) {
                values.add(((TreeRow.DomainRow) i.getValue()).domain().graphs().cpu().latest());
            }
            return values;
        });
        // (the test driver reports no CPU time for active domains: their rate is unknown, NaN,
        // and sorts below every known value; a shut-off domain uses 0 %)
        assertThat(cpu).hasSize(4).isSortedAccordingTo((a, b) -> Double.compare(known(b), known(a)));
        assertThat(domainRows(alpha).get(0)).isEqualTo("build");
        assertThat(cpu.get(0)).isZero();
        // ascending puts the unknown first
        onFx(() -> {
            DomainColumns.find(tree().getColumns(), DomainColumns.CPU).setSortType(TreeTableColumn.SortType.ASCENDING);
            return null;
        });
        assertThat(domainRows(alpha).get(3)).isEqualTo("build");
        assertThat(connectionRows()).containsExactly("Alpha", "Beta");
    }

    private static double known(double v) {
        return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
    }

    private List<String> staleRows() {
        PseudoClass stale = PseudoClass.getPseudoClass("stale");
        return onFx(() -> {
            List<String> names = new ArrayList<>();
            for (Node n : tree().lookupAll(".tree-table-row-cell")) {
                if (n instanceof DomainTreeRow r && !r.isEmpty() && r.getPseudoClassStates().contains(stale)) {
                    TreeRow row = r.getItem();
                    names.add(row instanceof TreeRow.DomainRow d ? d.domain().getName() : row.connection().displayName());
                }
            }
            return names;
        });
    }
}
