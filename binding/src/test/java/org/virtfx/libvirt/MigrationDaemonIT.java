package org.virtfx.libvirt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.virtfx.testsupport.Guests;
import org.virtfx.testsupport.LibvirtDaemon;
import org.virtfx.testsupport.SystemDependency;

/**
 * Live migration of a real QEMU guest between two private daemons on this machine (each has its
 * own migration port range, and the data goes over 127.0.0.1), there and back, and the
 * migration settings of a running guest. The test driver cannot migrate at all.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MigrationDaemonIT extends DaemonFixture {
    private static final long MIB = 1024 * 1024;

    /** The migration's target; the fixture's {@code daemon} and {@code conn} are its source. */
    private static LibvirtDaemon target;
    private static Connect targetConn;
    private static Domain guest;
    private static String name;

    @BeforeAll
    static void startGuest() {
        SystemDependency.requireCommand(QEMU);
        target = closeAfterAll(LibvirtDaemon.start());
        targetConn = closeAfterAll(Connect.open(target.qemuUri()));
        name = Guests.uniqueName("migrate");
        guest = conn.domainCreateXml(Guests.biosGuest(name));
    }

    @AfterAll
    static void closeGuest() {
        // Not destroyed: migration moves it between the daemons, whose stop ends it wherever it is.
        if (guest != null) {
            guest.close();
        }
    }

    @Test
    @Order(1)
    void maxSpeedRoundTripsForPrecopyAndPostcopy() {
        // libvirt's "unlimited" for QEMU: the largest speed in MiB/s whose bytes/s fit a long.
        assertThat(guest.migrateGetMaxSpeed()).isEqualTo(Long.MAX_VALUE / MIB);
        guest.migrateSetMaxSpeed(100);
        assertThat(guest.migrateGetMaxSpeed()).isEqualTo(100);
        guest.migrateSetMaxSpeed(42, EnumSet.of(DomainMigrateMaxSpeedFlags.POSTCOPY));
        assertThat(guest.migrateGetMaxSpeed(EnumSet.of(DomainMigrateMaxSpeedFlags.POSTCOPY))).isEqualTo(42);
        assertThat(guest.migrateGetMaxSpeed()).isEqualTo(100);
        guest.migrateSetMaxSpeed(Long.MAX_VALUE / MIB);
    }

    @Test
    @Order(2)
    void maxDowntimeAndCompressionCacheRoundTrip() {
        guest.migrateSetMaxDowntime(321);
        assertThat(guest.migrateGetMaxDowntime()).isEqualTo(321);
        assertThat(guest.migrateGetCompressionCache()).isPositive();
        guest.migrateSetCompressionCache(128 * MIB);
        assertThat(guest.migrateGetCompressionCache()).isEqualTo(128 * MIB);
    }

    @Test
    @Order(3)
    void postCopyNeedsARunningMigration() {
        assertThatThrownBy(guest::migrateStartPostCopy).isInstanceOfSatisfying(LibvirtException.class, e -> {
            assertThat(e.function()).isEqualTo("virDomainMigrateStartPostCopy");
            assertThat(e.is(ErrorNumber.OPERATION_INVALID)).as(e.code() + ": " + e.getMessage()).isTrue();
        });
    }

    @Test
    @Order(4)
    void liveMigrationThereAndBack() {
        // There: peer-to-peer, the source daemon talks to the target daemon itself.
        TypedParams params = TypedParams.builder().addString("destination_name", name).build();
        guest.migrateToUri3(target.qemuUri(), params, EnumSet.of(DomainMigrateFlags.PEER2PEER, DomainMigrateFlags.LIVE));
        // The transient guest left the source daemon, which forgot it.
        assertThat(conn.numOfDomains()).isZero();

        try (Domain there = targetConn.lookupDomainByName(name)) {
            assertThat(there.getState().state()).isEqualTo(DomainState.RUNNING);
            DomainJobStats in = there.getJobStats(EnumSet.of(DomainGetJobStatsFlags.COMPLETED));
            assertThat(in.type()).isEqualTo(DomainJobType.COMPLETED);
            assertThat(in.operation()).contains(DomainJobOperation.MIGRATION_IN);
            assertThat(in.dataProcessed().orElseThrow()).isPositive();
            assertThat(there.getUuidString()).isEqualTo(guest.getUuidString());
            // Back: a managed direct migration driven by this client, with both connections.
            Domain back = there.migrate(conn, EnumSet.of(DomainMigrateFlags.LIVE), null, null, 0);
            guest.close();
            guest = back;
        }
        assertThat(targetConn.numOfDomains()).isZero();
        assertThat(guest.getName()).isEqualTo(name);
        assertThat(guest.getState().state()).isEqualTo(DomainState.RUNNING);
    }
}
