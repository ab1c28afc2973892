package org.virtfx.libvirt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** {@link Connect} against the test driver on the project's fixture. */
class ConnectIT extends TestDriverFixture {

    @Test
    void libraryAndConnectionReportVersions() {
        assertThat(Libvirt.version()).isGreaterThanOrEqualTo(1_000_000L);
        assertThat(conn.getLibVersion()).isEqualTo(Libvirt.version());
        assertThat(conn.getVersion()).isPositive();
        assertThat(conn.getType()).isEqualTo("TEST");
        assertThat(conn.getUri()).isEqualTo(TestDriver.uri());
        assertThat(conn.getHostname()).isNotBlank();
        assertThat(conn.isAlive()).isTrue();
    }

    @Test
    void listsEveryFixtureDomain() {
        try (HandleList<Domain> all = conn.listAllDomains()) {
            assertThat(all).extracting(Domain::getName).containsExactlyInAnyOrder(
                    "fx-running", "fx-paused", "fx-shutoff", "fx-crashed", "fx-pmsuspended");
        }
        assertThat(conn.numOfDomains()).isEqualTo(4);
    }

    @Test
    void filtersListByFlags() {
        try (HandleList<Domain> inactive = conn.listAllDomains(EnumSet.of(ConnectListAllDomainsFlags.INACTIVE));
             HandleList<Domain> paused = conn.listAllDomains(EnumSet.of(ConnectListAllDomainsFlags.PAUSED))) {
            assertThat(inactive).extracting(Domain::getName).containsExactly("fx-shutoff");
            assertThat(paused).extracting(Domain::getName).containsExactly("fx-paused");
        }
    }

    @Test
    void closingTheListClosesItsDomains() {
        HandleList<Domain> all = conn.listAllDomains();
        all.close();
        assertThat(all).allMatch(Domain::isClosed);
        all.close(); // idempotent
    }

    @Test
    void closeIsIdempotentAndUseAfterCloseThrows() {
        conn.close();
        conn.close();
        assertThat(conn.isClosed()).isTrue();
        assertThatThrownBy(conn::numOfDomains).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRefOutlivesTheOriginalHandle() {
        try (Connect second = conn.ref()) {
            conn.close();
            assertThat(second.numOfDomains()).isEqualTo(4);
        }
    }

    @Test
    void aBadUriFailsWithLibvirtsError() {
        TestDriver.requireLibvirt();
        assertThatThrownBy(() -> Connect.open("test:///no/such/file.xml"))
                .isInstanceOfSatisfying(LibvirtException.class, e -> {
                    assertThat(e.function()).isEqualTo("virConnectOpen");
                    assertThat(e.code()).isNotEqualTo(ErrorNumber.UNKNOWN);
                    assertThat(e.libvirtMessage()).contains("/no/such/file.xml");
                });
    }

    @Test
    void theCallGuardRunsBeforeEveryCall() {
        try {
            Libvirt.setCallGuard(() -> {
                throw new IllegalStateException("no libvirt here");
            });
            assertThatThrownBy(conn::numOfDomains).hasMessage("no libvirt here");
        } finally {
            Libvirt.setCallGuard(null);
        }
        assertThat(conn.numOfDomains()).isEqualTo(4);
    }
}
