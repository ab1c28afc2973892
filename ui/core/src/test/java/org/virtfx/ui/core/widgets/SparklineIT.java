package org.virtfx.ui.core.widgets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import javafx.beans.property.SimpleLongProperty;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.virtfx.ui.api.Series;

/**
 * The sparkline in a real (headless) window: it redraws once per samples change while showing,
 * not at all while hidden or detached, lets go of the counter when cleared, and leaves gaps
 * where samples are NaN.
 */
class SparklineIT {
    private final SimpleLongProperty samples = new SimpleLongProperty();
    private final ArraySeries series = new ArraySeries(5);
    private Sparkline sparkline;
    private Pane pane;

    @BeforeEach
    void show() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        onFx(() -> {
            sparkline = new Sparkline();
            pane = new Pane(sparkline);
            stage.setScene(new Scene(pane, 200, 60));
            stage.show();
            return null;
        });
    }

    @AfterEach
    void hide() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void redrawsOncePerTickAndOnlyWhileShowing() {
        onFx(() -> {
            series.values = new double[] {10, 20, 30};
            sparkline.show(samples, 100, series);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        long start = onFx(sparkline::redrawCount);
        assertThat(start).isPositive();
        // three ticks, three redraws
        tick(3);
        assertThat(onFx(sparkline::redrawCount)).isEqualTo(start + 3);
        // hidden: ticks cost nothing; shown again: one redraw at the next layout
        onFx(() -> {
            sparkline.setVisible(false);
            return null;
        });
        tick(5);
        assertThat(onFx(sparkline::redrawCount)).isEqualTo(start + 3);
        onFx(() -> {
            sparkline.setVisible(true);
            pane.layout();
            return null;
        });
        assertThat(onFx(sparkline::redrawCount)).isEqualTo(start + 4);
        // detached from the window: nothing either
        onFx(() -> {
            pane.getChildren().clear();
            return null;
        });
        tick(5);
        assertThat(onFx(sparkline::redrawCount)).isEqualTo(start + 4);
    }

    @Test
    void aTickThatLeavesTheLineAsItWasDrawsNothing() {
        onFx(() -> {
            series.values = new double[] {0, 0, 0};
            sparkline.show(samples, 100, series);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        long start = onFx(sparkline::redrawCount);
        tickUnchanged(4);
        assertThat(onFx(sparkline::redrawCount)).isEqualTo(start);
        tick(1);
        assertThat(onFx(sparkline::redrawCount)).isEqualTo(start + 1);
        // A new colour is a new line, even on the same samples.
        onFx(() -> {
            sparkline.setStroke(Color.RED);
            return null;
        });
        assertThat(onFx(sparkline::redrawCount)).isEqualTo(start + 2);
    }

    @Test
    void clearingLetsGoOfTheCounter() {
        onFx(() -> {
            series.values = new double[] {10};
            sparkline.show(samples, 100, series);
            return null;
        });
        assertThat(onFx(sparkline::isListening)).isTrue();
        onFx(() -> {
            sparkline.clear();
            return null;
        });
        long after = onFx(sparkline::redrawCount);
        tick(3);
        assertThat(onFx(sparkline::isListening)).isFalse();
        assertThat(onFx(sparkline::redrawCount)).isEqualTo(after);
    }

    @Test
    void aNanSampleIsAGapInTheLine() {
        // 5 samples, the middle one NaN: nothing is drawn between the second and the fourth
        onFx(() -> {
            series.values = new double[] {50, 50, Double.NaN, 50, 50};
            sparkline.setStroke(Color.RED);
            sparkline.show(samples, 100, series);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = onFx(() -> {
            SnapshotParameters p = new SnapshotParameters();
            p.setFill(Color.TRANSPARENT);
            return sparkline.snapshot(p, null);
        });
        assertThat(image.getWidth()).isEqualTo(80); // its preferred size: x = 0, 19.75, 39.5, 59.25, 79
        PixelReader pixels = image.getPixelReader();
        int height = (int) image.getHeight();
        assertThat(inked(pixels, height, 10)).as("line between the first two samples").isTrue();
        assertThat(inked(pixels, height, 70)).as("line between the last two samples").isTrue();
        assertThat(inked(pixels, height, 30)).as("gap before the NaN").isFalse();
        assertThat(inked(pixels, height, 50)).as("gap after the NaN").isFalse();
    }

    private static boolean inked(PixelReader pixels, int height, int x) {
        for (int y = 0; y < height; y++) {
            if (pixels.getColor(x, y).getOpacity() > 0.3) {
                return true;
            }
        }
        return false;
    }

    /** Ticks with a new sample each time, as a busy machine's graph has. */
    private void tick(int times) {
        onFx(() -> {
            for (int i = 0; i < times; i++) {
                double[] next = java.util.Arrays.copyOf(series.values, series.values.length);
                next[next.length - 1] = (next[next.length - 1] + 7) % 100;
                series.values = next;
                samples.set(samples.get() + 1);
            }
            return null;
        });
    }

    /** Ticks whose samples draw the same line as before, as a shut-off machine's flat zero. */
    private void tickUnchanged(int times) {
        onFx(() -> {
            for (int i = 0; i < times; i++) {
                samples.set(samples.get() + 1);
            }
            return null;
        });
    }

    private static <T> T onFx(Callable<T> work) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, work);
    }

    /** A series over an array: test data, not a model. */
    private static final class ArraySeries implements Series {
        private final int capacity;
        double[] values = new double[0];

        ArraySeries(int capacity) {
            this.capacity = capacity;
        }

        @Override
        public int size() {
            return values.length;
        }

        @Override
        public int capacity() {
            return capacity;
        }

        @Override
        public double get(int index) {
            return values[index];
        }
    }
}
