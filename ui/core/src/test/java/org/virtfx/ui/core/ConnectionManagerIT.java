package org.virtfx.ui.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.virtfx.ui.api.Connection;
import org.virtfx.ui.api.DomainModel;

/** Several connections feed one list of all domains. */
class ConnectionManagerIT {
    @Test
    void allDomainsFollowsEveryConnection() {
        String uri = CoreTestDriver.uri();
        try (ConnectionManager manager = new ConnectionManager(Runnable::run, 3_600_000)) {
            // given two connections to two copies of the fixture (a second URI form of the same file)
            Connection first = manager.open(uri);
            Connection second = manager.open(uri + "?second");
            // when both have been read
            first.refresh().orTimeout(10, TimeUnit.SECONDS).join();
            second.refresh().orTimeout(10, TimeUnit.SECONDS).join();
            // then the shared list holds the domains of both, and opening a URI twice reuses it
            assertThat(manager.all()).hasSize(2);
            assertThat(manager.allDomains()).hasSize(6);
            assertThat(manager.allDomains()).extracting(DomainModel::connection).containsOnly(first, second);
            assertThat(manager.open(uri)).isSameAs(first);
        }
    }
}
