package org.virtfx.app;

import java.time.Duration;
import java.time.Instant;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;
import org.virtfx.ui.api.Connection;
import org.virtfx.ui.api.ConnectionState;

/**
 * With {@code -Dvirtfx.startupProbe=true}, reports when the first connection's machines are on
 * screen and exits: the launch test and the start-up benchmark use it.
 *
 * <p>"On screen" means: the connection is connected, its domains are in the model (they are
 * applied before the state changes), and the JavaFX pulse after that has laid out and rendered
 * the scene. The line printed is {@code virtfx-startup: shown <N> domains <M> ms after process start}.
 */
final class StartupProbe {
    private StartupProbe() {
    }

    static boolean enabled() {
        return Boolean.getBoolean("virtfx.startupProbe");
    }

    static void install(Connection connection, Scene scene) {
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
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                // The pulse that laid out the rows also renders them; report after it.
                Platform.runLater(() -> report(connection));
            };
            scene.addPostLayoutPulseListener(once[0]);
            Platform.requestNextPulse();
        } else {
            System.out.println("virtfx-startup: failed: " + connection.errorProperty().get());
            System.out.flush();
            Platform.exit();
        }
    }

    private static void report(Connection connection) {
        long millis = ProcessHandle.current().info().startInstant()
                .map(start -> Duration.between(start, Instant.now()).toMillis()).orElse(-1L);
        System.out.println("virtfx-startup: shown " + connection.domains().size() + " domains " + millis
                + " ms after process start");
        System.out.flush();
        Platform.exit();
    }
}
