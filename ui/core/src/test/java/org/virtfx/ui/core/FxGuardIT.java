package org.virtfx.ui.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.virtfx.libvirt.Connect;

/** The guard that every UI test runs under: a libvirt call on the JavaFX thread throws. */
class FxGuardIT {

    @BeforeAll
    static void startFx() throws InterruptedException {
        CoreTestDriver.uri(); // libvirt is required
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            started.complete(null);
        }
        started.orTimeout(30, TimeUnit.SECONDS).join();
    }

    @Test
    void aLibvirtCallOnTheFxThreadFailsAndElsewhereWorks() {
        String uri = CoreTestDriver.uri();
        CompletableFuture<Throwable> onFx = new CompletableFuture<>();
        Platform.runLater(() -> {
            try (Connect c = Connect.open(uri)) {
                onFx.complete(null);
            } catch (Throwable e) {
                onFx.complete(e);
            }
        });
        assertThat(onFx.orTimeout(10, TimeUnit.SECONDS).join())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("JavaFX Application Thread");
        try (Connect c = Connect.open(uri)) {
            assertThat(c.numOfDomains()).isEqualTo(2);
        }
    }
}
