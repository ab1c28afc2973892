package org.virtfx.libvirt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Decoding of the job structs and records, against memory laid out as C lays it out. */
class DomainJobRecordsTest {

    @Test
    void jobInfoHasItsCLayout() {
        // int type, 4 bytes of padding, then 11 unsigned long long fields.
        assertThat(DomainJobInfo.SIZE).isEqualTo(96);
    }

    @Test
    void jobInfoReadsEveryField() {
        try (Memory m = new Memory(DomainJobInfo.SIZE)) {
            m.clear();
            m.setInt(0, DomainJobType.BOUNDED.value());
            for (int i = 0; i < 11; i++) {
                m.setLong(8 + 8L * i, 100 + i);
            }
            DomainJobInfo info = DomainJobInfo.read(m);
            assertThat(info).isEqualTo(new DomainJobInfo(DomainJobType.BOUNDED, 100, 101, 102, 103, 104, 105, 106,
                    107, 108, 109, 110));
        }
    }

    @Test
    void jobInfoDecodesAnUnknownTypeWithoutThrowing() {
        try (Memory m = new Memory(DomainJobInfo.SIZE)) {
            m.clear();
            m.setInt(0, 99);
            assertThat(DomainJobInfo.read(m).type()).isEqualTo(DomainJobType.UNKNOWN);
        }
    }

    @Test
    void blockJobInfoHasItsCLayout() {
        assertThat(DomainBlockJobInfo.SIZE).isEqualTo(Native.LONG_SIZE == 8 ? 32 : 24);
        try (Memory m = new Memory(DomainBlockJobInfo.SIZE)) {
            m.clear();
            m.setInt(0, DomainBlockJobType.ACTIVE_COMMIT.value());
            m.setNativeLong(Native.LONG_SIZE == 8 ? 8 : 4, new com.sun.jna.NativeLong(512));
            int cur = Native.LONG_SIZE == 8 ? 16 : 8;
            m.setLong(cur, 3L << 32);
            m.setLong(cur + 8, 4L << 32);
            assertThat(DomainBlockJobInfo.read(m))
                    .isEqualTo(new DomainBlockJobInfo(DomainBlockJobType.ACTIVE_COMMIT, 512, 3L << 32, 4L << 32));
        }
    }

    @Test
    void jobStatsReadTheCommonFields() {
        TypedParams params = TypedParams.builder()
                .addInt(DomainJobStats.OPERATION, DomainJobOperation.MIGRATION_OUT.value())
                .addULLong(DomainJobStats.TIME_ELAPSED, 1500)
                .addULLong(DomainJobStats.DATA_PROCESSED, 1L << 30)
                .addULLong(DomainJobStats.DATA_REMAINING, 1L << 20)
                .addString(DomainJobStats.ERRMSG, "disk full")
                .build();
        DomainJobStats stats = new DomainJobStats(DomainJobType.UNBOUNDED, params);
        assertThat(stats.operation()).contains(DomainJobOperation.MIGRATION_OUT);
        assertThat(stats.timeElapsedMs()).hasValue(1500);
        assertThat(stats.dataProcessed()).hasValue(1L << 30);
        assertThat(stats.dataRemaining()).hasValue(1L << 20);
        assertThat(stats.errorMessage()).contains("disk full");
    }

    @Test
    void jobStatsWithoutFieldsAreEmpty() {
        DomainJobStats none = new DomainJobStats(DomainJobType.NONE, TypedParams.empty());
        assertThat(none.operation()).isEqualTo(Optional.empty());
        assertThat(none.timeElapsedMs()).isEmpty();
        assertThat(none.errorMessage()).isEmpty();
        assertThatThrownBy(() -> new DomainJobStats(null, TypedParams.empty()))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void migrateFlagsBecomeAnUnsignedLongMask() {
        assertThat(DomainMigration.migrateFlags(Set.of())).isZero();
        assertThat(DomainMigration.migrateFlags(EnumSet.of(DomainMigrateFlags.LIVE, DomainMigrateFlags.PEER2PEER,
                DomainMigrateFlags.ZEROCOPY))).isEqualTo(1L | 2L | 1_048_576L);
    }
}
