package org.virtfx.libvirt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.jna.Memory;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Typed parameters survive packing to C memory and unpacking, for every type; no libvirt needed. */
class TypedParamsCodecTest {

    private static TypedParams roundTrip(TypedParams params) {
        try (TypedParamsCodec.Packed packed = TypedParamsCodec.pack(params)) {
            return TypedParamsCodec.unpack(packed.pointer(), packed.count());
        }
    }

    @Test
    void layoutIsTheCStruct() {
        // char field[80]; int type; union value (8 bytes, 8-aligned)
        assertThat(TypedParamsCodec.FIELD).isZero();
        assertThat(TypedParamsCodec.TYPE).isEqualTo(80);
        assertThat(TypedParamsCodec.VALUE).isEqualTo(88);
        assertThat(TypedParamsCodec.SIZE).isEqualTo(96);
    }

    @Test
    void everyTypeRoundTrips() {
        TypedParams params = TypedParams.builder()
                .addInt("weight", -7)
                .addUInt("shares", 4_294_967_295L)
                .addLLong("delta", Long.MIN_VALUE)
                .addULLong("total", -1L) // 2^64 - 1, as unsigned bits
                .addDouble("ratio", 0.125)
                .addBoolean("enabled", true)
                .addBoolean("disabled", false)
                .addString("path", "/var/lib/libvirt/images/ünïcode.qcow2")
                .build();

        TypedParams back = roundTrip(params);

        assertThat(back).isEqualTo(params);
        assertThat(back.getInt("weight")).hasValue(-7);
        assertThat(back.getLong("shares")).hasValue(4_294_967_295L);
        assertThat(Long.toUnsignedString(back.getLong("total").orElseThrow())).isEqualTo("18446744073709551615");
        assertThat(back.getDouble("ratio")).hasValue(0.125);
        assertThat(back.getBoolean("enabled")).contains(true);
        assertThat(back.getBoolean("disabled")).contains(false);
        assertThat(back.getString("path")).contains("/var/lib/libvirt/images/ünïcode.qcow2");
    }

    @Test
    void repeatedFieldsKeepTheirOrder() {
        TypedParams params = TypedParams.builder()
                .addString("migrate_disks", "vda").addString("migrate_disks", "vdb").addInt("x", 1).build();

        assertThat(roundTrip(params).getStrings("migrate_disks")).containsExactly("vda", "vdb");
        assertThat(roundTrip(params).getString("migrate_disks")).contains("vda");
    }

    @Test
    void longestFieldNameFitsWithItsNul() {
        String name = "n".repeat(TypedParam.MAX_FIELD_BYTES);
        assertThat(roundTrip(TypedParams.builder().addInt(name, 1).build()).getInt(name)).hasValue(1);
        assertThatThrownBy(() -> TypedParams.builder().addInt(name + "x", 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void emptyPacksToNull() {
        try (TypedParamsCodec.Packed packed = TypedParamsCodec.pack(TypedParams.empty())) {
            assertThat(packed.pointer()).isNull();
            assertThat(packed.count()).isZero();
        }
    }

    @Test
    void gettersOfTheWrongTypeAreEmptyNotErrors() {
        TypedParams params = TypedParams.builder().addString("s", "x").addDouble("d", 1.5).build();

        assertThat(params.getInt("s")).isEmpty();
        assertThat(params.getLong("d")).isEmpty();
        assertThat(params.getBoolean("missing")).isEmpty();
    }

    @Test
    void unknownTypesFromANewerLibvirtAreSkipped() {
        try (Memory array = new Memory(2L * TypedParamsCodec.SIZE)) {
            array.clear();
            array.setString(TypedParamsCodec.FIELD, "future");
            array.setInt(TypedParamsCodec.TYPE, 99);
            array.setString(TypedParamsCodec.SIZE + TypedParamsCodec.FIELD, "known");
            array.setInt(TypedParamsCodec.SIZE + TypedParamsCodec.TYPE, TypedParameterType.INT.value());
            array.setInt(TypedParamsCodec.SIZE + TypedParamsCodec.VALUE, 42);

            TypedParams params = TypedParamsCodec.unpack(array, 2);

            assertThat(params.list()).containsExactly(new TypedParam("known", TypedParameterType.INT, 42));
        }
    }

    @Test
    void valuesMustMatchTheirType() {
        assertThatThrownBy(() -> new TypedParam("x", TypedParameterType.INT, 1L))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TypedParams.builder().addUInt("x", -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(TypedParams.of(List.of())).isSameAs(TypedParams.empty());
    }
}
