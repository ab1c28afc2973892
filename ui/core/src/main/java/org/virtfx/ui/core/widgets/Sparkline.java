package org.virtfx.ui.core.widgets;

import java.util.Arrays;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.virtfx.ui.api.FxThread;
import org.virtfx.ui.api.Series;

/**
 * A small line graph of a {@link Series}' recent samples, newest at the right, drawn on one
 * canvas. Made for table cells: a cell makes one and points it at another series with
 * {@link #show} as it is reused, so scrolling creates no nodes.
 *
 * <p>It redraws only when the given samples counter changes (once per poll tick) and only while
 * it is showing; a sparkline that is hidden, scrolled away or detached is only marked, and draws
 * at its first layout once shown again (at the latest, at the next tick). It does not touch its
 * canvas when the line would come out the same as the one drawn (a shut-off machine's flat zero,
 * a constant load): each drawn canvas is re-rendered by the toolkit, which for 30 rows of five
 * graphs was most of an idle window's CPU time. {@code NaN} samples are gaps in the line.
 */
@FxThread
public final class Sparkline extends Region {
    /** The accent of the light theme; still readable on the dark one. */
    private static final Color DEFAULT_STROKE = Color.web("#0969da");

    private final Canvas canvas = new Canvas();
    private final InvalidationListener onSamples = this::samplesChanged;
    private ObservableValue<?> samples;
    private Series first;
    private Series second;
    private double maximum = Double.NaN;
    private Paint stroke = DEFAULT_STROKE;
    private boolean dirty = true;
    private long redraws;
    /** The line last drawn: its points' heights in pixels ({@code NaN}: a gap), and its frame. */
    private double[] drawnY = new double[0];
    private double[] nextY = new double[0];
    private int drawnCount = -1;
    private double drawnWidth;
    private double drawnHeight;
    private double drawnStep;
    private Paint drawnStroke;

    /** An empty sparkline, 80 by 18 pixels unless laid out otherwise. */
    public Sparkline() {
        getStyleClass().add("vfx-sparkline");
        getChildren().add(canvas);
        // The canvas follows this region's size; it must not push the region to grow.
        canvas.setManaged(false);
        setPrefSize(80, 18);
        setMinSize(16, 8);
        visibleProperty().addListener((o, was, now) -> {
            if (now && dirty) {
                requestLayout();
            }
        });
    }

    /**
     * Shows one series.
     *
     * @param samplesCounter changes whenever samples were appended (a domain's
     *     {@code samplesProperty()}): the sparkline redraws then
     * @param top the value at the top edge, or {@code NaN} to scale to the highest sample shown
     * @param series the samples
     */
    public void show(ObservableValue<?> samplesCounter, double top, Series series) {
        show(samplesCounter, top, series, null);
    }

    /**
     * Shows the sum of two series (e.g. disk reads and writes), sample by sample; a sample is a
     * gap only where both are {@code NaN}.
     *
     * @param samplesCounter changes whenever samples were appended: the sparkline redraws then
     * @param top the value at the top edge, or {@code NaN} to scale to the highest sample shown
     * @param series the first samples
     * @param plus the samples added to them, or null
     */
    public void show(ObservableValue<?> samplesCounter, double top, Series series, Series plus) {
        if (samplesCounter != samples) {
            stopListening();
            samples = samplesCounter;
            samples.addListener(onSamples);
            // An invalidation listener hears again only once the value was read.
            samples.getValue();
        }
        first = series;
        second = plus;
        maximum = top;
        redrawSoon();
    }

    /** Shows nothing and stops listening: what a cell calls when it becomes empty or is reused. */
    public void clear() {
        stopListening();
        first = null;
        second = null;
        redrawSoon();
    }

    /** @param paint the colour of the line */
    public void setStroke(Paint paint) {
        stroke = paint;
        redrawSoon();
    }

    /**
     * @return how many times it has drawn so far: a measure of its cost, read by tests and
     *     benchmarks
     */
    public long redrawCount() {
        return redraws;
    }

    /** @return whether it listens to a samples counter now (a reused cell must have let go) */
    public boolean isListening() {
        return samples != null;
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double w = Math.max(0, snapSizeX(getWidth()) - in.getLeft() - in.getRight());
        double h = Math.max(0, snapSizeY(getHeight()) - in.getTop() - in.getBottom());
        canvas.relocate(in.getLeft(), in.getTop());
        if (w != canvas.getWidth() || h != canvas.getHeight()) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            dirty = true;
        }
        // A hidden sparkline is laid out too, but stays unpainted until it shows.
        if (dirty && isShowing()) {
            draw();
        }
    }

    private void samplesChanged(Observable counter) {
        // Reading the value re-arms the invalidation listener for the next tick.
        ((ObservableValue<?>) counter).getValue();
        redrawSoon();
    }

    private void stopListening() {
        if (samples != null) {
            samples.removeListener(onSamples);
            samples = null;
        }
    }

    private void redrawSoon() {
        dirty = true;
        if (isShowing()) {
            draw();
        } else {
            // Drawn at the next layout once shown again, and not before: a hidden graph costs nothing.
            requestLayout();
        }
    }

    private boolean isShowing() {
        Scene scene = getScene();
        if (scene == null || scene.getWindow() == null || !scene.getWindow().isShowing()) {
            return false;
        }
        for (Node n = this; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private void draw() {
        dirty = false;
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        int n = first == null || w < 2 || h < 2 ? 0
                : second == null ? first.size() : Math.min(first.size(), second.size());
        double step = n == 0 ? 0 : (w - 1) / Math.max(1, Math.max(first.capacity(), n) - 1);
        if (nextY.length < n) {
            nextY = new double[Math.max(n, 2 * nextY.length)];
        }
        if (n > 0) {
            double top = maximum > 0 ? maximum : highest(n);
            for (int i = 0; i < n; i++) {
                double v = value(i);
                nextY[i] = Double.isNaN(v) ? Double.NaN : h - 1 - Math.min(1, Math.max(0, v / top)) * (h - 2);
            }
        }
        if (sameAsDrawn(n, w, h, step)) {
            return;
        }
        redraws++;
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        if (n > 0) {
            g.setStroke(stroke);
            g.setLineWidth(1.25);
            g.beginPath();
            boolean drawing = false;
            for (int i = 0; i < n; i++) {
                double y = nextY[i];
                if (Double.isNaN(y)) {
                    drawing = false;
                    continue;
                }
                double x = w - 1 - (n - 1 - i) * step;
                if (drawing) {
                    g.lineTo(x, y);
                } else {
                    g.moveTo(x, y);
                    drawing = true;
                }
            }
            g.stroke();
        }
        double[] swap = drawnY;
        drawnY = nextY;
        nextY = swap;
        drawnCount = n;
        drawnWidth = w;
        drawnHeight = h;
        drawnStep = step;
        drawnStroke = stroke;
    }

    /** @return whether the line computed in {@link #nextY} is exactly the one on the canvas */
    private boolean sameAsDrawn(int n, double w, double h, double step) {
        if (n != drawnCount || w != drawnWidth || h != drawnHeight || step != drawnStep || stroke != drawnStroke) {
            return false;
        }
        // Arrays.equals compares doubles bit by bit, so NaN gaps compare equal.
        return Arrays.equals(nextY, 0, n, drawnY, 0, n);
    }

    private double value(int i) {
        double a = first.get(i);
        if (second == null) {
            return a;
        }
        double b = second.get(i);
        if (Double.isNaN(a)) {
            return b;
        }
        return Double.isNaN(b) ? a : a + b;
    }

    private double highest(int n) {
        double top = 0;
        for (int i = 0; i < n; i++) {
            double v = value(i);
            if (v > top) {
                top = v;
            }
        }
        // A flat zero line sits at the bottom rather than dividing by zero.
        return top > 0 ? top : 1;
    }
}
