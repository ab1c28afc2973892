package org.virtfx.ui.domains;

import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import org.virtfx.ui.api.DomainGraphs;
import org.virtfx.ui.api.DomainModel;
import org.virtfx.ui.api.Series;
import org.virtfx.ui.core.widgets.Sparkline;

/**
 * A graph column: a sparkline of one series (or of the sum of two) and the latest value as text,
 * both updated once per poll tick. Connection rows show nothing.
 */
final class GraphCell extends RowCell {
    private final Function<DomainGraphs, Series> series;
    private final Function<DomainGraphs, Series> plus;
    private final double top;
    private final Function<DomainModel, String> label;
    private final Sparkline sparkline = new Sparkline();
    private final InvalidationListener onTick = o -> refresh();

    /**
     * @param series the series drawn
     * @param plus a series added to it sample by sample, or null
     * @param top the value at the top of the graph, or NaN to scale to the highest sample
     * @param label the text beside the graph
     * @param labelWidth the room kept for that text; the graph takes the rest of the column
     */
    GraphCell(Function<DomainGraphs, Series> series, Function<DomainGraphs, Series> plus, double top,
              Function<DomainModel, String> label, double labelWidth) {
        this.series = series;
        this.plus = plus;
        this.top = top;
        this.label = label;
        // The graph is the cell's graphic and the value its own text: two nodes a row, no box.
        getStyleClass().add("graph-cell");
        setGraphicTextGap(6);
        sparkline.setMinWidth(24);
        sparkline.prefWidthProperty().bind(Bindings.max(24, widthProperty().subtract(labelWidth)));
    }

    /** @return the cell's sparkline, for tests */
    Sparkline sparkline() {
        return sparkline;
    }

    @Override
    void bind(TreeRow row) {
        if (row instanceof TreeRow.DomainRow d) {
            DomainGraphs g = d.domain().graphs();
            sparkline.show(d.domain().samplesProperty(), top, series.apply(g), plus == null ? null : plus.apply(g));
            d.domain().samplesProperty().addListener(onTick);
        }
    }

    @Override
    void unbind(TreeRow row) {
        if (row instanceof TreeRow.DomainRow d) {
            d.domain().samplesProperty().removeListener(onTick);
            sparkline.clear();
        }
    }

    @Override
    Node render(TreeRow row) {
        if (row instanceof TreeRow.DomainRow d) {
            // Reading the counter re-arms the invalidation listener for the next tick.
            d.domain().samplesProperty().get();
            setText(label.apply(d.domain()));
            return sparkline;
        }
        setText(null);
        return null;
    }
}
