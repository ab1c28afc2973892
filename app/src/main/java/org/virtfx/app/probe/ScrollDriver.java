package org.virtfx.app.probe;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.skin.VirtualFlow;

/**
 * Scrolls one virtualised control, one step per JavaFX pulse, and measures every pulse with
 * public API only:
 * <ul>
 *   <li><b>frame interval</b>: between the timestamps of two consecutive pulses
 *       ({@link AnimationTimer#handle}); at 60 Hz 16.7 ms when each frame's work fits in a frame;</li>
 *   <li><b>layout</b>: from the pulse's animation step (where the scroll happens) until the scene's
 *       post-layout pulse listener, i.e. the cells' updates, CSS and layout;</li>
 *   <li><b>pulse</b>: from the animation step until a task posted then with
 *       {@link Platform#runLater} runs, i.e. the JavaFX thread's whole pulse: also the hand-over
 *       of the scene to the renderer, and any other work queued before it;</li>
 *   <li><b>CPU</b> of the JavaFX thread and of the renderer thread over the phase, as % of a
 *       core ({@link ThreadTimes}). JavaFX has no public count of frames actually rendered; the
 *       renderer's CPU time stands in for its cost.</li>
 * </ul>
 * The interval that ends a frame counts for the phase in which that frame scrolled.
 */
final class ScrollDriver extends AnimationTimer {
    /** How long the control may take to get its rows. */
    private static final long WAIT_NANOS = 300_000_000_000L;

    private enum Phase { WAIT, WARMUP, WHEEL, DRAG, DONE }

    /** One phase's figures. */
    private static final class Measures {
        final FrameStats intervals = new FrameStats();
        final FrameStats layout = new FrameStats();
        final FrameStats pulse = new FrameStats();
        long startNanos;
        long endNanos;
        double fxCpuStart;
        double fxCpuEnd;
        double renderCpuStart;
        double renderCpuEnd;
    }

    private final Scene scene;
    private final String selector;
    private final int minRows;
    private final ScrollProbe.Settings settings;
    private final Consumer<List<String>> report;
    private final Map<Phase, Measures> measures = new EnumMap<>(Phase.class);
    private final Runnable afterLayout = this::afterLayout;
    private VirtualFlow<?> flow;
    private Phase phase = Phase.WAIT;
    private long waitStart;
    private long phaseStart;
    private long lastNow;
    private long pulseStart;
    private double direction = 1;

    ScrollDriver(Scene scene, String selector, int minRows, ScrollProbe.Settings settings,
                 Consumer<List<String>> report) {
        this.scene = scene;
        this.selector = selector;
        this.minRows = minRows;
        this.settings = settings;
        this.report = report;
        measures.put(Phase.WHEEL, new Measures());
        measures.put(Phase.DRAG, new Measures());
    }

    @Override
    public void handle(long now) {
        long started = System.nanoTime();
        if (phase == Phase.WAIT) {
            waitForRows(now);
            return;
        }
        Measures m = measures.get(phase);
        if (m != null) {
            m.intervals.add((now - lastNow) / 1e6);
        }
        lastNow = now;
        double elapsed = (now - phaseStart) / 1e9;
        if (phase == Phase.WARMUP && elapsed >= settings.warmupSeconds()) {
            enter(Phase.WHEEL, now);
        } else if (phase == Phase.WHEEL && elapsed >= settings.seconds() / 2) {
            enter(Phase.DRAG, now);
        } else if (phase == Phase.DRAG && elapsed >= settings.seconds() / 2) {
            enter(Phase.DONE, now);
            finish();
            return;
        }
        scroll((now - phaseStart) / 1e9);
        if (measures.containsKey(phase)) {
            Measures current = measures.get(phase);
            pulseStart = started;
            Platform.runLater(() -> current.pulse.add((System.nanoTime() - started) / 1e6));
        }
    }

    private void waitForRows(long now) {
        if (waitStart == 0) {
            waitStart = now;
        }
        Node control = scene.lookup(selector);
        Node found = control == null ? null : control.lookup(".virtual-flow");
        if (found instanceof VirtualFlow<?> f && f.getCellCount() >= minRows && f.getHeight() > 0) {
            flow = f;
            scene.addPostLayoutPulseListener(afterLayout);
            lastNow = now;
            enter(Phase.WARMUP, now);
        } else if (now - waitStart > WAIT_NANOS) {
            stop();
            report.accept(List.of("virtfx-scroll: failed: no " + selector + " with " + minRows + " rows"));
        }
    }

    private void scroll(double elapsed) {
        switch (phase) {
            case WARMUP, WHEEL -> {
                // At either end the flow does not move: turn round, as a user would.
                if (flow.scrollPixels(direction * settings.pixelsPerFrame()) == 0) {
                    direction = -direction;
                    flow.scrollPixels(direction * settings.pixelsPerFrame());
                }
            }
            case DRAG -> {
                // The thumb goes down and back up at an even speed over the phase; the scroll bar
                // sets the flow's position the same way while it is dragged.
                double f = Math.min(1, elapsed / (settings.seconds() / 2));
                flow.setPosition(f < 0.5 ? 2 * f : 2 - 2 * f);
            }
            default -> {
            }
        }
    }

    private void afterLayout() {
        Measures m = measures.get(phase);
        if (m != null && pulseStart != 0) {
            m.layout.add((System.nanoTime() - pulseStart) / 1e6);
        }
        pulseStart = 0;
    }

    private void enter(Phase next, long now) {
        Measures ending = measures.get(phase);
        if (ending != null) {
            ending.endNanos = System.nanoTime();
            ending.fxCpuEnd = ThreadTimes.cpuMillis(ThreadTimes.FX);
            ending.renderCpuEnd = ThreadTimes.cpuMillis(ThreadTimes.RENDERER);
        }
        Measures starting = measures.get(next);
        if (starting != null) {
            starting.startNanos = System.nanoTime();
            starting.fxCpuStart = ThreadTimes.cpuMillis(ThreadTimes.FX);
            starting.renderCpuStart = ThreadTimes.cpuMillis(ThreadTimes.RENDERER);
        }
        phase = next;
        phaseStart = now;
        if (next == Phase.DRAG) {
            flow.setPosition(0);
        }
    }

    private void finish() {
        stop();
        scene.removePostLayoutPulseListener(afterLayout);
        // The last pulse's runLater tasks have to run before the figures are complete.
        Platform.runLater(() -> {
            List<String> lines = new ArrayList<>();
            FrameStats all = new FrameStats();
            for (Phase p : List.of(Phase.WHEEL, Phase.DRAG)) {
                Measures m = measures.get(p);
                all.addAll(m.intervals);
                lines.add(phaseLine(p, m));
            }
            lines.add(ScrollProbe.line("", all));
            report.accept(lines);
        });
    }

    private String phaseLine(Phase p, Measures m) {
        double wall = (m.endNanos - m.startNanos) / 1e6;
        String label = p == Phase.WHEEL
                ? String.format(Locale.ROOT, "wheel %.0f px", settings.pixelsPerFrame())
                : "drag";
        return ScrollProbe.line(label, m.intervals)
                + String.format(Locale.ROOT, ", over 100 ms %d, rows %d, visible %d, viewport %.0fx%.0f; layout %s; pulse %s; "
                        + "cpu fx %s, renderer %s",
                        m.intervals.countOver(100), flow.getCellCount(), visibleCells(), flow.getWidth(), flow.getHeight(),
                        m.layout.summary(), m.pulse.summary(),
                        share(m.fxCpuStart, m.fxCpuEnd, wall), share(m.renderCpuStart, m.renderCpuEnd, wall));
    }

    private int visibleCells() {
        var first = flow.getFirstVisibleCell();
        var last = flow.getLastVisibleCell();
        return first == null || last == null ? 0 : last.getIndex() - first.getIndex() + 1;
    }

    private static String share(double start, double end, double wallMillis) {
        if (start < 0 || end < 0 || wallMillis <= 0) {
            return "n/a";
        }
        return String.format(Locale.ROOT, "%.0f%%", 100 * (end - start) / wallMillis);
    }
}
