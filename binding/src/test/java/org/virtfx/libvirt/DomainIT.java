package org.virtfx.libvirt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** {@link Domain} against the test driver on the project's fixture. */
class DomainIT extends TestDriverFixture {

    @Test
    void readsNameUuidIdAndInfo() {
        try (Domain d = conn.lookupDomainByName("fx-running")) {
            assertThat(d.getName()).isEqualTo("fx-running");
            assertThat(d.getUuidString()).isEqualTo("11111111-1111-4111-8111-111111111111");
            assertThat(d.getId()).isEqualTo(1);
            DomainInfo info = d.getInfo();
            assertThat(info.state()).isEqualTo(DomainState.RUNNING);
            assertThat(info.vcpus()).isEqualTo(2);
            assertThat(info.maxMemoryKiB()).isEqualTo(1_048_576);
            assertThat(info.memoryKiB()).isEqualTo(1_048_576);
        }
    }

    @Test
    void decodesEveryFixtureState() {
        assertState("fx-running", DomainState.RUNNING);
        assertState("fx-paused", DomainState.PAUSED);
        assertState("fx-shutoff", DomainState.SHUTOFF);
        assertState("fx-crashed", DomainState.CRASHED);
        assertState("fx-pmsuspended", DomainState.PMSUSPENDED);
    }

    @Test
    void lookupByUuidFindsTheSameDomain() {
        try (Domain d = conn.lookupDomainByUuidString("33333333-3333-4333-8333-333333333333")) {
            assertThat(d.getName()).isEqualTo("fx-shutoff");
            assertThat(d.getId()).isEqualTo(-1);
            assertThat(d.getInfo().vcpus()).isEqualTo(4);
        }
    }

    @Test
    void createStartsAShutOffDomainAndDestroyStopsIt() {
        try (Domain d = conn.lookupDomainByName("fx-shutoff")) {
            d.create();
            assertThat(d.getState().state()).isEqualTo(DomainState.RUNNING);
            assertThat(d.getId()).isPositive();
            d.destroy();
            assertThat(d.getState().state()).isEqualTo(DomainState.SHUTOFF);
        }
    }

    @Test
    void shutdownStopsARunningDomain() {
        try (Domain d = conn.lookupDomainByName("fx-running")) {
            d.shutdown();
            assertThat(d.getState().state()).isEqualTo(DomainState.SHUTOFF);
        }
    }

    @Test
    void suspendAndResume() {
        try (Domain d = conn.lookupDomainByName("fx-running")) {
            d.suspend();
            assertThat(d.getState().state()).isEqualTo(DomainState.PAUSED);
            d.resume();
            assertThat(d.getState().state()).isEqualTo(DomainState.RUNNING);
        }
    }

    @Test
    void startingARunningDomainFailsWithLibvirtsError() {
        try (Domain d = conn.lookupDomainByName("fx-running")) {
            assertThatThrownBy(d::create).isInstanceOfSatisfying(LibvirtException.class, e -> {
                // The test driver reports this case as an internal error (the QEMU driver: OPERATION_INVALID).
                assertThat(e.code()).isEqualTo(ErrorNumber.INTERNAL_ERROR);
                assertThat(e.libvirtMessage()).contains("'fx-running' is already running");
                assertThat(e.domain()).isEqualTo(ErrorDomain.TEST);
                assertThat(e.level()).isEqualTo(ErrorLevel.ERROR);
                assertThat(e.function()).isEqualTo("virDomainCreate");
                assertThat(e.getMessage()).startsWith("virDomainCreate: ");
            });
        }
    }

    @Test
    void aMissingDomainIsNoDomain() {
        assertThatThrownBy(() -> conn.lookupDomainByName("no-such-vm"))
                .isInstanceOfSatisfying(LibvirtException.class, e -> {
                    assertThat(e.is(ErrorNumber.NO_DOMAIN)).isTrue();
                    assertThat(e.libvirtMessage()).isEqualTo("Domain not found");
                });
    }

    @Test
    void errorsAreCapturedOnTheFailingThread() throws Exception {
        // given a failed lookup on this thread, and then another failure on another thread
        try (Domain running = conn.lookupDomainByName("fx-running")) {
            Throwable[] other = new Throwable[1];
            Thread thread = new Thread(() -> {
                try {
                    running.create();
                } catch (LibvirtException e) {
                    other[0] = e;
                }
            });
            assertThatThrownBy(() -> conn.lookupDomainByName("no-such-vm"))
                    .isInstanceOfSatisfying(LibvirtException.class, mine -> {
                        thread.start();
                        joinQuietly(thread);
                        // then each thread got its own error, not the other's
                        assertThat(mine.code()).isEqualTo(ErrorNumber.NO_DOMAIN);
                    });
            assertThat(other[0]).isInstanceOfSatisfying(LibvirtException.class,
                    e -> assertThat(e.function()).isEqualTo("virDomainCreate"));
        }
    }

    @Test
    void aDomainHandleOutlivesItsConnectionHandle() {
        Domain d = conn.lookupDomainByName("fx-paused");
        conn.close();
        try (d) {
            assertThat(d.getInfo().state()).isEqualTo(DomainState.PAUSED);
        }
    }

    @Test
    void refGivesAnIndependentHandle() {
        try (Domain d = conn.lookupDomainByName("fx-crashed")) {
            Domain second = d.ref();
            d.close();
            try (second) {
                assertThat(second.getName()).isEqualTo("fx-crashed");
            }
            assertThatThrownBy(d::getName).isInstanceOf(IllegalStateException.class);
        }
    }

    private static void joinQuietly(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void assertState(String name, DomainState expected) {
        try (Domain d = conn.lookupDomainByName(name)) {
            assertThat(d.getState().state()).as(name).isEqualTo(expected);
            assertThat(d.getInfo().state()).as(name).isEqualTo(expected);
        }
    }
}
