package org.virtfx.libvirt;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Decodes hand-made {@code virDomainStatsRecordPtr} arrays and CPU maps, without libvirt. */
class DomainStatsRecordsTest {

    private static void param(Memory array, int index, String field, TypedParameterType type, long value) {
        long base = (long) index * TypedParamsCodec.SIZE;
        byte[] name = field.getBytes(StandardCharsets.UTF_8);
        array.write(base + TypedParamsCodec.FIELD, name, 0, name.length);
        array.setInt(base + TypedParamsCodec.TYPE, type.value());
        if (type == TypedParameterType.INT || type == TypedParameterType.UINT) {
            array.setInt(base + TypedParamsCodec.VALUE, (int) value);
        } else {
            array.setLong(base + TypedParamsCodec.VALUE, value);
        }
    }

    @Test
    void decodesRecordsInOrderUntilTheCount() {
        try (Memory params1 = new Memory(2L * TypedParamsCodec.SIZE);
                Memory params2 = new Memory(TypedParamsCodec.SIZE);
                Memory rec1 = new Memory(DomainStatsRecords.SIZE);
                Memory rec2 = new Memory(DomainStatsRecords.SIZE);
                Memory rec3 = new Memory(DomainStatsRecords.SIZE);
                Memory dom1 = new Memory(8);
                Memory dom2 = new Memory(8);
                Memory array = new Memory(4L * Native.POINTER_SIZE)) {
            params1.clear();
            params2.clear();
            array.clear();
            param(params1, 0, "state.state", TypedParameterType.INT, 1);
            param(params1, 1, "cpu.time", TypedParameterType.ULLONG, 123_456_789_000L);
            param(params2, 0, "balloon.current", TypedParameterType.ULLONG, 1_048_576L);
            rec1.setPointer(DomainStatsRecords.DOM, dom1);
            rec1.setPointer(DomainStatsRecords.PARAMS, params1);
            rec1.setInt(DomainStatsRecords.NPARAMS, 2);
            rec2.setPointer(DomainStatsRecords.DOM, dom2);
            rec2.setPointer(DomainStatsRecords.PARAMS, params2);
            rec2.setInt(DomainStatsRecords.NPARAMS, 1);
            rec3.setPointer(DomainStatsRecords.DOM, dom2);
            rec3.setPointer(DomainStatsRecords.PARAMS, null);
            rec3.setInt(DomainStatsRecords.NPARAMS, 0);
            array.setPointer(0, rec1);
            array.setPointer(Native.POINTER_SIZE, rec2);
            array.setPointer(2L * Native.POINTER_SIZE, rec3);

            record Row(Pointer dom, TypedParams stats) {
            }
            List<Row> rows = DomainStatsRecords.decode(array, 3, Row::new);

            assertThat(rows).hasSize(3);
            assertThat(rows.get(0).dom()).isEqualTo(dom1);
            assertThat(rows.get(0).stats().getInt("state.state")).hasValue(1);
            assertThat(rows.get(0).stats().getLong("cpu.time")).hasValue(123_456_789_000L);
            assertThat(rows.get(1).dom()).isEqualTo(dom2);
            assertThat(rows.get(1).stats().list()).extracting(TypedParam::field).containsExactly("balloon.current");
            assertThat(rows.get(2).stats().isEmpty()).isTrue();
            // A count of 2 reads two records only.
            assertThat(DomainStatsRecords.decode(array, 2, Row::new)).hasSize(2);
        }
    }

    @Test
    void stopsAtTheNullTerminator() {
        try (Memory array = new Memory(2L * Native.POINTER_SIZE)) {
            array.clear();
            assertThat(DomainStatsRecords.decode(array, 2, (d, s) -> s)).isEmpty();
        }
    }

    @Test
    void recordLayoutIsPointerPointerInt() {
        assertThat(DomainStatsRecords.DOM).isZero();
        assertThat(DomainStatsRecords.PARAMS).isEqualTo(Native.POINTER_SIZE);
        assertThat(DomainStatsRecords.NPARAMS).isEqualTo(2 * Native.POINTER_SIZE);
        assertThat(DomainStatsRecords.SIZE).isEqualTo(Native.POINTER_SIZE == 8 ? 24 : 12);
    }

    @Test
    void cpuMapsUseLibvirtBitOrder() {
        BitSet cpus = new BitSet();
        cpus.set(0);
        cpus.set(9);
        try (Memory m = CpuMaps.pack(cpus, 12)) {
            assertThat(m.size()).isEqualTo(2);
            assertThat(m.getByte(0)).isEqualTo((byte) 0x01);
            assertThat(m.getByte(1)).isEqualTo((byte) 0x02);
            assertThat(CpuMaps.read(m, 0, 2)).isEqualTo(cpus);
        }
        assertThat(CpuMaps.mapLength(8)).isEqualTo(1);
        assertThat(CpuMaps.mapLength(9)).isEqualTo(2);
    }

    @Test
    void cpuMapRejectsEmptyAndOutOfRange() {
        BitSet beyond = new BitSet();
        beyond.set(8);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CpuMaps.pack(new BitSet(), 8))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CpuMaps.pack(beyond, 8))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
