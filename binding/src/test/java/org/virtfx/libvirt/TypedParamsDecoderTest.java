package org.virtfx.libvirt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.jna.Memory;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bulk decoder shares what repeats across arrays and keeps every value; no libvirt needed. */
class TypedParamsDecoderTest {

    private static TypedParams state(int state, int reason) {
        return TypedParams.builder().addInt("state.state", state).addInt("state.reason", reason).build();
    }

    @Test
    void repeatedNamesAreDecodedOnceAndEqualFieldListsShared() {
        TypedParams a = state(1, 2);
        TypedParams b = state(3, 4);
        TypedParams c = TypedParams.builder().addInt("state.state", 5).addULLong("cpu.time", 7).build();
        try (TypedParamsCodec.Packed pa = TypedParamsCodec.pack(a);
                TypedParamsCodec.Packed pb = TypedParamsCodec.pack(b);
                TypedParamsCodec.Packed pc = TypedParamsCodec.pack(c)) {
            TypedParamsDecoder decoder = new TypedParamsDecoder();

            TypedParams da = decoder.decode(pa.pointer(), 2);
            TypedParams db = decoder.decode(pb.pointer(), 2);
            TypedParams dc = decoder.decode(pc.pointer(), 2);

            assertThat(List.of(da, db, dc)).containsExactly(a, b, c);
            assertThat(db.list().get(1).field()).isSameAs(da.list().get(1).field());
            assertThat(dc.list().get(0).field()).isSameAs(da.list().get(0).field());
            assertThat(dc.getLong("cpu.time")).hasValue(7);
        }
    }

    @Test
    void manyDistinctNamesOutgrowTheFirstCacheTable() {
        TypedParams.Builder builder = TypedParams.builder();
        for (int i = 0; i < 300; i++) {
            builder.addULLong("vcpu." + i + ".time", 1000L * i);
        }
        TypedParams many = builder.build();
        try (TypedParamsCodec.Packed packed = TypedParamsCodec.pack(many)) {
            TypedParamsDecoder decoder = new TypedParamsDecoder();
            assertThat(decoder.decode(packed.pointer(), 300)).isEqualTo(many);
            TypedParams again = decoder.decode(packed.pointer(), 300);
            assertThat(again.getLong("vcpu.299.time")).hasValue(299_000L);
            assertThat(again.list().get(150).field()).isSameAs(decoder.decode(packed.pointer(), 300).list().get(150)
                    .field());
        }
    }

    @Test
    void aNullStringDecodesAsEmptyAndUtf8NamesSurvive() {
        try (Memory array = new Memory(2L * TypedParamsCodec.SIZE)) {
            array.clear();
            array.setString(TypedParamsCodec.FIELD, "pfad-ü", "UTF-8");
            array.setInt(TypedParamsCodec.TYPE, TypedParameterType.STRING.value());
            array.setString(TypedParamsCodec.SIZE + TypedParamsCodec.FIELD, "ratio");
            array.setInt(TypedParamsCodec.SIZE + TypedParamsCodec.TYPE, TypedParameterType.DOUBLE.value());
            array.setDouble(TypedParamsCodec.SIZE + TypedParamsCodec.VALUE, -0.5);

            TypedParams params = new TypedParamsDecoder().decode(array, 2);

            assertThat(params.getString("pfad-ü")).contains("");
            assertThat(params.getDouble("ratio")).hasValue(-0.5);
        }
    }

    @Test
    void columnsAndListAgree() {
        TypedParams p = TypedParams.builder().addBoolean("b", true).addString("s", "x").addLLong("l", -3)
                .addUInt("u", 4_000_000_000L).build();
        try (TypedParamsCodec.Packed packed = TypedParamsCodec.pack(p)) {
            TypedParams d = new TypedParamsDecoder().decode(packed.pointer(), packed.count());
            assertThat(d.list()).isEqualTo(p.list());
            assertThat(d).hasSameHashCodeAs(p);
            assertThat(d.get("u")).contains(new TypedParam("u", TypedParameterType.UINT, 4_000_000_000L));
            assertThat(d.getStrings("s")).containsExactly("x");
            assertThat(d.toString()).isEqualTo(p.toString());
            assertThat(d.iterator().next()).isEqualTo(new TypedParam("b", TypedParameterType.BOOLEAN, true));
            assertThatThrownBy(() -> d.list().add(null)).isInstanceOf(UnsupportedOperationException.class);
        }
    }
}
