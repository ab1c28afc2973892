package org.virtfx.ui.domains;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TreeTableColumn;
import org.virtfx.ui.api.DomainModel;
import org.virtfx.ui.core.widgets.DomainStates;
import org.virtfx.ui.core.widgets.Formats;

/**
 * The domain tree's columns: what each shows, how it sorts, and whether users may hide it.
 * Sorting compares domains only; connection rows keep the order of the connection list.
 */
final class DomainColumns {
    static final String NAME = "name";
    static final String STATE = "state";
    static final String CPU = "cpu";
    static final String HOST_CPU = "host-cpu";
    static final String MEMORY = "memory";
    static final String DISK = "disk";
    static final String NETWORK = "network";

    /**
     * One column.
     *
     * @param id the column's node id and preference key part
     * @param title its header, and its View-menu item's text
     * @param hideable whether the View menu may switch it off
     * @param shownByDefault whether it is shown before users choose
     * @param width its preferred width
     * @param cells makes its cells
     * @param order how it sorts domains
     */
    record Spec(String id, String title, boolean hideable, boolean shownByDefault, double width,
                Supplier<RowCell> cells, Comparator<DomainModel> order) {
    }

    /** Every column, in the order shown. */
    static final List<Spec> ALL = List.of(
            new Spec(NAME, "Name", false, true, 260, NameCell::new,
                    Comparator.comparing(DomainModel::getName, String.CASE_INSENSITIVE_ORDER)),
            new Spec(STATE, "State", true, true, 130, StateCell::new,
                    Comparator.comparing(d -> DomainStates.text(d.getState()))),
            new Spec(CPU, "CPU usage", true, true, 150,
                    () -> new GraphCell(g -> g.cpu(), null, 100, d -> percent(d.graphs().cpu().latest()), 44),
                    byLatest(d -> d.graphs().cpu().latest())),
            new Spec(HOST_CPU, "Host CPU", true, false, 150,
                    () -> new GraphCell(g -> g.hostCpu(), null, 100, d -> percent(d.graphs().hostCpu().latest()), 44),
                    byLatest(d -> d.graphs().hostCpu().latest())),
            new Spec(MEMORY, "Memory", true, true, 220,
                    () -> new GraphCell(g -> g.memoryPercent(), null, 100, DomainColumns::memory, 142),
                    byLatest(d -> d.memoryKiBProperty().get())),
            new Spec(DISK, "Disk I/O", true, true, 160,
                    () -> new GraphCell(g -> g.diskRead(), g -> g.diskWrite(), Double.NaN,
                            d -> rate(sum(d.graphs().diskRead().latest(), d.graphs().diskWrite().latest())), 76),
                    byLatest(d -> sum(d.graphs().diskRead().latest(), d.graphs().diskWrite().latest()))),
            new Spec(NETWORK, "Network I/O", true, true, 160,
                    () -> new GraphCell(g -> g.netRx(), g -> g.netTx(), Double.NaN,
                            d -> rate(sum(d.graphs().netRx().latest(), d.graphs().netTx().latest())), 76),
                    byLatest(d -> sum(d.graphs().netRx().latest(), d.graphs().netTx().latest()))));

    private DomainColumns() {
    }

    /** @param spec a column @return the column, its cells listening only to the rows they show */
    static TreeTableColumn<TreeRow, Object> create(Spec spec) {
        TreeTableColumn<TreeRow, Object> c = new TreeTableColumn<>(spec.title());
        c.setId(spec.id());
        c.setPrefWidth(spec.width());
        // The value is the model itself (a DomainModel or a Connection): cells need all of it, and
        // readers outside the plugin know these public types.
        c.setCellValueFactory(f -> {
            TreeRow row = f.getValue().getValue();
            return new ReadOnlyObjectWrapper<>(row == null ? null : row.model());
        });
        c.setCellFactory(col -> spec.cells().get());
        Comparator<DomainModel> order = spec.order();
        c.setComparator((a, b) -> a instanceof DomainModel x && b instanceof DomainModel y ? order.compare(x, y) : 0);
        return c;
    }

    /** @param columns some columns @param id a column id @return that column */
    static TreeTableColumn<TreeRow, ?> find(List<TreeTableColumn<TreeRow, ?>> columns, String id) {
        return columns.stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }

    /** Sorts by a number where a missing value ({@code NaN}) comes before every real one. */
    private static Comparator<DomainModel> byLatest(ToDoubleFunction<DomainModel> key) {
        Function<DomainModel, Double> known = d -> {
            double v = key.applyAsDouble(d);
            return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
        };
        return Comparator.comparing(known);
    }

    static double sum(double a, double b) {
        if (Double.isNaN(a)) {
            return b;
        }
        return Double.isNaN(b) ? a : a + b;
    }

    static String percent(double value) {
        // Concatenation, not String.format: this runs for every shown row at every tick.
        return Double.isNaN(value) ? "–" : Math.round(value) + " %";
    }

    static String memory(DomainModel d) {
        return Formats.memoryKiB(d.memoryKiBProperty().get()) + " / " + Formats.memoryKiB(d.maxMemoryKiBProperty().get());
    }

    /** @param bytesPerSecond a rate @return it as users read it: {@code 0 B/s}, {@code 1.5 MiB/s} */
    static String rate(double bytesPerSecond) {
        if (Double.isNaN(bytesPerSecond)) {
            return "–";
        }
        if (bytesPerSecond < 1024) {
            return Math.round(bytesPerSecond) + " B/s";
        }
        String[] units = {"KiB/s", "MiB/s", "GiB/s"};
        double v = bytesPerSecond / 1024;
        int u = 0;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return (v < 10 ? Math.round(v * 10) / 10.0 + " " : Math.round(v) + " ") + units[u];
    }
}
