package org.virtfx.app.probe;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import org.virtfx.ui.api.Connection;
import org.virtfx.ui.api.ConnectionState;

/**
 * With {@code -Dvirtfx.scrollProbe=<seconds>}, scrolls the manager window's domain tree the way a
 * user does once the first connection's rows are shown, measures the frames, prints a report and
 * exits: the scrolling benchmark ({@code bench/run.sh scroll}) uses it.
 *
 * <p>After the connection is connected and the tree has a row for each of its domains, it scrolls
 * for {@code virtfx.scrollProbe.warmup} seconds (default 2, not measured: the first scrolling
 * compiles the cell code), then for the given time, half of it in each of two ways:
 * <ul>
 *   <li><b>wheel</b>: a fixed number of pixels every frame ({@code virtfx.scrollProbe.pixels},
 *       default 100, about four rows: a mouse wheel spun fast), down and, at the end, back up;</li>
 *   <li><b>drag</b>: the scroll bar's thumb dragged from the top to the bottom and back at an even
 *       speed, once, through every row (each frame shows other rows than the frame before).</li>
 * </ul>
 * It prints one line per way and one for both:
 * {@code virtfx-scroll: wheel frames N, p50 X ms, p95 Y ms, p99 Z ms, max M ms, over 33 ms K%, ...}
 * and {@code virtfx-scroll: frames N, p50 ...}; see {@link ScrollDriver} for what each figure is.
 * With {@code -Dvirtfx.scrollProbe.stay=true} the app keeps running afterwards.
 */
public final class ScrollProbe {
    /** The switch, and the measured time in seconds. */
    public static final String PROPERTY = "virtfx.scrollProbe";
    /** The style id of the domains plugin's tree (found by lookup: the app does not depend on the plugin). */
    public static final String DOMAIN_TREE = "#domain-list";

    private ScrollProbe() {
    }

    /**
     * What to do.
     *
     * @param seconds the measured time, split evenly between wheel and drag scrolling
     * @param warmupSeconds scrolling before the measurement, not measured
     * @param pixelsPerFrame the wheel scrolling's step
     * @param stay whether the app keeps running after the report
     */
    public record Settings(double seconds, double warmupSeconds, double pixelsPerFrame, boolean stay) {
        /** @return the settings from {@code virtfx.scrollProbe}, {@code .warmup}, {@code .pixels}, {@code .stay} */
        public static Settings fromSystemProperties() {
            return new Settings(number(PROPERTY, 20), number(PROPERTY + ".warmup", 2),
                    number(PROPERTY + ".pixels", 100), Boolean.getBoolean(PROPERTY + ".stay"));
        }

        private static double number(String property, double otherwise) {
            String value = System.getProperty(property);
            if (value == null || value.isBlank() || value.equalsIgnoreCase("true")) {
                return otherwise;
            }
            return Double.parseDouble(value.strip());
        }
    }

    /** @return whether {@code -Dvirtfx.scrollProbe} is given */
    public static boolean enabled() {
        String value = System.getProperty(PROPERTY);
        return value != null && !value.isBlank() && !value.equalsIgnoreCase("false");
    }

    /**
     * Runs the probe on the manager window once the connection's domains are shown.
     *
     * @param connection the first connection
     * @param scene the manager window's scene
     */
    public static void install(Connection connection, Scene scene) {
        Settings settings = Settings.fromSystemProperties();
        if (connection.stateProperty().get() == ConnectionState.CONNECTED) {
            start(scene, DOMAIN_TREE, connection.domains().size(), settings, exitAfter(settings));
            return;
        }
        connection.stateProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends ConnectionState> obs, ConnectionState old,
                                ConnectionState now) {
                if (now == ConnectionState.CONNECTING || now == ConnectionState.RECONNECTING) {
                    return;
                }
                connection.stateProperty().removeListener(this);
                if (now == ConnectionState.CONNECTED) {
                    start(scene, DOMAIN_TREE, connection.domains().size(), settings, exitAfter(settings));
                } else {
                    exitAfter(settings).accept(List.of("virtfx-scroll: failed: " + connection.errorProperty().get()));
                }
            }
        });
    }

    /**
     * Scrolls a virtualised control (a TreeTableView, TableView or ListView) of a scene; the
     * benchmark's plain-table baseline calls this too, so that both are measured alike.
     *
     * @param scene the scene
     * @param selector finds the control in the scene ({@link Scene#lookup})
     * @param minRows the rows the control must have before the scrolling starts
     * @param settings what to do
     * @param report takes the report's lines, on the JavaFX thread, when the probe is done
     */
    public static void start(Scene scene, String selector, int minRows, Settings settings,
                             Consumer<List<String>> report) {
        Platform.runLater(() -> new ScrollDriver(scene, selector, minRows, settings, report).start());
    }

    /**
     * @param settings whether to stay
     * @return prints the lines, then exits the app unless it should stay
     */
    public static Consumer<List<String>> exitAfter(Settings settings) {
        return lines -> {
            lines.forEach(System.out::println);
            System.out.flush();
            if (!settings.stay()) {
                Platform.exit();
            }
        };
    }

    /**
     * @param label what was measured, or empty for the line over everything
     * @param intervals the frame intervals
     * @return {@code virtfx-scroll: [label ]frames N, p50 X ms, p95 Y ms, p99 Z ms, max M ms, over 33 ms K%}
     */
    static String line(String label, FrameStats intervals) {
        return String.format(Locale.ROOT, "virtfx-scroll: %sframes %d, %s, over 33 ms %.1f%%",
                label.isEmpty() ? "" : label + " ", intervals.count(), intervals.summary(), intervals.percentOver(33));
    }
}
