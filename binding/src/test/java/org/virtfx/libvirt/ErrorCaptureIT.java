package org.virtfx.libvirt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** libvirt's per-thread error, read in place, becomes the exception; against the test driver. */
class ErrorCaptureIT {
    private Connect conn;

    @BeforeEach
    void open() {
        conn = TestDriver.open("/domain-b-testdriver.xml");
    }

    @AfterEach
    void close() {
        if (conn != null) {
            conn.close();
        }
    }

    @Test
    void aFailedLookupIsANotFoundErrorWithoutAStackTrace() {
        assertThatThrownBy(() -> conn.lookupDomainByName("no-such-domain"))
                .isInstanceOfSatisfying(LibvirtException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorNumber.NO_DOMAIN);
                    assertThat(e.isNotFound()).isTrue();
                    assertThat(e.function()).isEqualTo("virDomainLookupByName");
                    assertThat(e.libvirtMessage()).isEqualTo("Domain not found"); // the test driver's words
                    assertThat(e.getMessage()).isEqualTo("virDomainLookupByName: " + e.libvirtMessage());
                    assertThat(e.getStackTrace()).isEmpty();
                });
    }

    @Test
    void anUnexpectedErrorKeepsTheCallersStackTrace() {
        assertThatThrownBy(() -> conn.getAllDomainStats(EnumSet.of(DomainStatsTypes.PERF),
                EnumSet.of(ConnectGetAllDomainStatsFlags.ENFORCE_STATS)))
                .isInstanceOfSatisfying(LibvirtException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorNumber.ARGUMENT_UNSUPPORTED);
                    assertThat(e.isNotFound()).isFalse();
                    assertThat(e.function()).isEqualTo("virConnectGetAllDomainStats");
                    assertThat(Arrays.stream(e.getStackTrace()).map(StackTraceElement::getMethodName))
                            .contains("anUnexpectedErrorKeepsTheCallersStackTrace");
                });
    }

    @Test
    void eachFailureReportsItsOwnErrorNotAnEarlierOne() {
        assertThatThrownBy(() -> conn.lookupDomainByName("first-missing"))
                .isInstanceOfSatisfying(LibvirtException.class, e -> assertThat(e.code()).isEqualTo(ErrorNumber.NO_DOMAIN));
        try (Domain d = conn.lookupDomainByName("db-running")) {
            assertThat(d.getName()).isEqualTo("db-running");
        }
        assertThatThrownBy(() -> conn.getAllDomainStats(EnumSet.of(DomainStatsTypes.PERF),
                EnumSet.of(ConnectGetAllDomainStatsFlags.ENFORCE_STATS)))
                .isInstanceOfSatisfying(LibvirtException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorNumber.ARGUMENT_UNSUPPORTED);
                    assertThat(e.libvirtMessage()).isNotEqualTo("Domain not found");
                });
    }
}
