package org.virtfx.libvirt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * An ordered, immutable list of typed parameters: the binding's stand-in for libvirt's
 * {@code virTypedParameterPtr} arrays and the {@code virTypedParams*} helpers.
 *
 * <p>libvirt allows a field to repeat (migration's {@code migrate_disks}, for one);
 * {@link #getStrings(String)} returns every occurrence, the other getters the first. Getters never
 * throw on a missing field or a field of another type: they return empty, because which fields a
 * driver fills in varies with the driver and its version. Thread-safe.
 *
 * <p>Replaces {@code virTypedParamsGet*}, {@code virTypedParamsAdd*}, {@code virTypedParamsGet},
 * {@code virTypedParamsClear} and {@code virTypedParamsFree}: memory is packed and freed by the
 * binding.
 */
public final class TypedParams implements Iterable<TypedParam> {
    private static final TypedParams EMPTY = new TypedParams(new String[0], new TypedParameterType[0], new long[0],
            null, List.of());

    // Column storage: decoding statistics of many domains makes many of these, so a parameter is
    // a field name (shared, often with the whole array shared across records), a type and 8 bytes,
    // not a TypedParam and a boxed value. TypedParam objects are made only when asked for.
    private final String[] fields;
    private final TypedParameterType[] types;
    /** INT and UINT as their long value, LLONG/ULLONG bits, DOUBLE's doubleToLongBits, BOOLEAN 0/1. */
    private final long[] bits;
    /** STRING values and UNKNOWN values at their index; null when there are none. */
    private final Object[] objects;
    private volatile List<TypedParam> list;

    /**
     * Wraps columns without copying them; the caller hands them over and never changes them.
     * {@code fields} and {@code types} may be shared between instances (they are never written).
     */
    TypedParams(String[] fields, TypedParameterType[] types, long[] bits, Object[] objects, List<TypedParam> list) {
        this.fields = fields;
        this.types = types;
        this.bits = bits;
        this.objects = objects;
        this.list = list;
    }

    /**
     * Returns the empty list.
     *
     * @return no parameters
     */
    public static TypedParams empty() {
        return EMPTY;
    }

    /**
     * Wraps parameters, in order.
     *
     * @param params the parameters
     * @return them, as an immutable list
     */
    public static TypedParams of(List<TypedParam> params) {
        if (params.isEmpty()) {
            return EMPTY;
        }
        List<TypedParam> copy = List.copyOf(params);
        int n = copy.size();
        String[] fields = new String[n];
        TypedParameterType[] types = new TypedParameterType[n];
        long[] bits = new long[n];
        Object[] objects = null;
        for (int i = 0; i < n; i++) {
            TypedParam p = copy.get(i);
            fields[i] = p.field();
            types[i] = p.type();
            Object v = p.value();
            switch (p.type()) {
                case INT -> bits[i] = (Integer) v;
                case UINT, LLONG, ULLONG -> bits[i] = (Long) v;
                case DOUBLE -> bits[i] = Double.doubleToLongBits((Double) v);
                case BOOLEAN -> bits[i] = (Boolean) v ? 1 : 0;
                case STRING, UNKNOWN -> {
                    if (objects == null) {
                        objects = new Object[n];
                    }
                    objects[i] = v;
                }
            }
        }
        return new TypedParams(fields, types, bits, objects, copy);
    }

    /**
     * Starts a list of parameters, for the setters.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return every parameter, in libvirt's order */
    public List<TypedParam> list() {
        List<TypedParam> l = list;
        if (l == null) {
            TypedParam[] all = new TypedParam[fields.length];
            for (int i = 0; i < all.length; i++) {
                all[i] = param(i);
            }
            l = List.of(all);
            list = l; // a race makes an equal list twice: harmless
        }
        return l;
    }

    /** @return how many parameters there are */
    public int size() {
        return fields.length;
    }

    /** @return true when there are none */
    public boolean isEmpty() {
        return fields.length == 0;
    }

    @Override
    public Iterator<TypedParam> iterator() {
        return list().iterator();
    }

    /**
     * Finds the first parameter with this name.
     *
     * @param field the name
     * @return the parameter, or empty
     */
    public Optional<TypedParam> get(String field) {
        int i = indexOf(field);
        return i < 0 ? Optional.empty() : Optional.of(param(i));
    }

    /**
     * Reads an {@code INT} parameter.
     *
     * @param field the name
     * @return its value, or empty when absent or of another type
     */
    public OptionalInt getInt(String field) {
        int i = indexOf(field);
        return i >= 0 && types[i] == TypedParameterType.INT ? OptionalInt.of((int) bits[i]) : OptionalInt.empty();
    }

    /**
     * Reads any integer parameter ({@code INT}, {@code UINT}, {@code LLONG}, {@code ULLONG}) as a
     * long. {@code ULLONG} values above {@code Long.MAX_VALUE} come back negative: they are the
     * unsigned bits.
     *
     * @param field the name
     * @return its value, or empty when absent or not an integer
     */
    public OptionalLong getLong(String field) {
        int i = indexOf(field);
        if (i < 0) {
            return OptionalLong.empty();
        }
        return switch (types[i]) {
            case INT, UINT, LLONG, ULLONG -> OptionalLong.of(bits[i]);
            default -> OptionalLong.empty();
        };
    }

    /**
     * Reads a {@code DOUBLE} parameter.
     *
     * @param field the name
     * @return its value, or empty when absent or of another type
     */
    public OptionalDouble getDouble(String field) {
        int i = indexOf(field);
        return i >= 0 && types[i] == TypedParameterType.DOUBLE ? OptionalDouble.of(Double.longBitsToDouble(bits[i]))
                : OptionalDouble.empty();
    }

    /**
     * Reads a {@code BOOLEAN} parameter.
     *
     * @param field the name
     * @return its value, or empty when absent or of another type
     */
    public Optional<Boolean> getBoolean(String field) {
        int i = indexOf(field);
        return i >= 0 && types[i] == TypedParameterType.BOOLEAN ? Optional.of(bits[i] != 0) : Optional.empty();
    }

    /**
     * Reads a {@code STRING} parameter.
     *
     * @param field the name
     * @return its value, or empty when absent or of another type
     */
    public Optional<String> getString(String field) {
        int i = indexOf(field);
        return i >= 0 && types[i] == TypedParameterType.STRING ? Optional.of((String) objects[i]) : Optional.empty();
    }

    /**
     * Reads every {@code STRING} parameter with this name, in order.
     *
     * @param field the name
     * @return the values; empty when there are none
     */
    public List<String> getStrings(String field) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < fields.length; i++) {
            if (types[i] == TypedParameterType.STRING && fields[i].equals(field)) {
                out.add((String) objects[i]);
            }
        }
        return Collections.unmodifiableList(out);
    }

    private int indexOf(String field) {
        for (int i = 0; i < fields.length; i++) {
            if (fields[i].equals(field)) {
                return i;
            }
        }
        return -1;
    }

    private TypedParam param(int i) {
        Object value = switch (types[i]) {
            case INT -> (int) bits[i];
            case UINT, LLONG, ULLONG -> bits[i];
            case DOUBLE -> Double.longBitsToDouble(bits[i]);
            case BOOLEAN -> bits[i] != 0;
            case STRING, UNKNOWN -> objects[i];
        };
        return new TypedParam(fields[i], types[i], value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TypedParams t && Arrays.equals(t.fields, fields) && Arrays.equals(t.types, types)
                && Arrays.equals(t.bits, bits) && Arrays.equals(t.objects, objects);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(fields) + Arrays.hashCode(bits)) + Arrays.hashCode(objects);
    }

    @Override
    public String toString() {
        return list().toString();
    }

    /** Collects parameters in order; not thread-safe. */
    public static final class Builder {
        private final List<TypedParam> params = new ArrayList<>();

        private Builder() {
        }

        private Builder add(String field, TypedParameterType type, Object value) {
            params.add(new TypedParam(field, type, value));
            return this;
        }

        /** @param field the name @param value the value @return this builder */
        public Builder addInt(String field, int value) {
            return add(field, TypedParameterType.INT, value);
        }

        /** @param field the name @param value an unsigned 32-bit value, 0 to 4294967295 @return this builder */
        public Builder addUInt(String field, long value) {
            return add(field, TypedParameterType.UINT, value);
        }

        /** @param field the name @param value the value @return this builder */
        public Builder addLLong(String field, long value) {
            return add(field, TypedParameterType.LLONG, value);
        }

        /** @param field the name @param value the unsigned 64-bit value's bits @return this builder */
        public Builder addULLong(String field, long value) {
            return add(field, TypedParameterType.ULLONG, value);
        }

        /** @param field the name @param value the value @return this builder */
        public Builder addDouble(String field, double value) {
            return add(field, TypedParameterType.DOUBLE, value);
        }

        /** @param field the name @param value the value @return this builder */
        public Builder addBoolean(String field, boolean value) {
            return add(field, TypedParameterType.BOOLEAN, value);
        }

        /** @param field the name @param value the value @return this builder */
        public Builder addString(String field, String value) {
            return add(field, TypedParameterType.STRING, value);
        }

        /** @return the parameters added so far, in order */
        public TypedParams build() {
            return TypedParams.of(params);
        }
    }
}
