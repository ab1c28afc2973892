package org.virtfx.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import org.virtfx.ui.api.Connection;
import org.virtfx.ui.api.ConnectionState;
import org.virtfx.ui.api.DomainModel;

/**
 * With {@code -Dvirtfx.startupProbe=true}, reports when the first connection's machines are on
 * screen and exits: the launch test and the start-up benchmark use it. With
 * {@code -Dvirtfx.startupProbe=stay} it reports the same lines and keeps running, so that the
 * scale benchmark ({@code bench/scale.sh}) can then sample the process's memory and idle CPU.
 *
 * <p>It reports two moments, each after the JavaFX pulse that laid out and rendered the scene:
 * <ul>
 *   <li>{@code virtfx-startup: rows <N> domains <M> ms after process start}: the first rows are
 *       in the model, with their names, states and statistics (the first reading of a session
 *       lists every domain in one batch);</li>
 *   <li>{@code virtfx-startup: shown <N> domains <M> ms after process start}: the connection is
 *       connected, which it reports once the per-domain details (titles, and sizes where the
 *       statistics lack them) are in the model too.</li>
 * </ul>
 */
final class StartupProbe {
    private StartupProbe() {
    }

    private static final String PROPERTY = "virtfx.startupProbe";
    /** Linux's unit of /proc/self/stat's times (USER_HZ), 100 on every mainstream architecture. */
    private static final int USER_HZ = 100;

    static boolean enabled() {
        return Boolean.getBoolean(PROPERTY) || stays();
    }

    /** @return whether the app keeps running after the report ({@code -Dvirtfx.startupProbe=stay}) */
    static boolean stays() {
        return "stay".equalsIgnoreCase(System.getProperty(PROPERTY));
    }

    static void install(Connection connection, Scene scene) {
        ListChangeListener<DomainModel> onRows = new ListChangeListener<>() {
            @Override
            public void onChanged(Change<? extends DomainModel> change) {
                connection.domains().removeListener(this);
                afterNextPulse(scene, () -> report("rows", connection));
            }
        };
        if (connection.domains().isEmpty()) {
            connection.domains().addListener(onRows);
        } else {
            afterNextPulse(scene, () -> report("rows", connection)); // the first rows came before the window
        }
        ChangeListener<ConnectionState> onState = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends ConnectionState> obs,
                                ConnectionState old, ConnectionState now) {
                connection.stateProperty().removeListener(this);
                onFirstState(connection, scene, now);
            }
        };
        connection.stateProperty().addListener(onState);
    }

    private static void onFirstState(Connection connection, Scene scene, ConnectionState now) {
        if (now == ConnectionState.CONNECTED) {
            afterNextPulse(scene, () -> {
                report("shown", connection);
                if (!stays()) {
                    Platform.exit();
                }
            });
        } else {
            System.out.println("virtfx-startup: failed: " + connection.errorProperty().get());
            System.out.flush();
            Platform.exit();
        }
    }

    private static void afterNextPulse(Scene scene, Runnable then) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            // The pulse that laid out the rows also renders them; report after it.
            Platform.runLater(then);
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    private static void report(String moment, Connection connection) {
        long millis = millisSinceProcessStart();
        System.out.println("virtfx-startup: " + moment + " " + connection.domains().size() + " domains " + millis
                + " ms after process start");
        System.out.flush();
    }

    /**
     * On Linux, the process's age from {@code /proc}: its start in clock ticks after boot
     * ({@code /proc/self/stat}) against the time since boot ({@code /proc/uptime}), both to 10 ms.
     * {@link ProcessHandle.Info#startInstant()} adds the boot time, which Linux gives in whole
     * seconds only, so it is up to a second off.
     */
    private static long millisSinceProcessStart() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // After the command name in parentheses, starttime (field 22) is the 20th field.
            long startTicks = Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[19]);
            double uptime = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
            return Math.round((uptime - startTicks / (double) USER_HZ) * 1000);
        } catch (IOException | RuntimeException e) {
            return ProcessHandle.current().info().startInstant()
                    .map(start -> Duration.between(start, Instant.now()).toMillis()).orElse(-1L);
        }
    }
}
