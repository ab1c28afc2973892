package org.virtfx.libvirt;

import java.util.ArrayList;
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
    private static final TypedParams EMPTY = new TypedParams(List.of());

    private final List<TypedParam> params;

    private TypedParams(List<TypedParam> params) {
        this.params = params;
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
        return params.isEmpty() ? EMPTY : new TypedParams(List.copyOf(params));
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
        return params;
    }

    /** @return how many parameters there are */
    public int size() {
        return params.size();
    }

    /** @return true when there are none */
    public boolean isEmpty() {
        return params.isEmpty();
    }

    @Override
    public Iterator<TypedParam> iterator() {
        return params.iterator();
    }

    /**
     * Finds the first parameter with this name.
     *
     * @param field the name
     * @return the parameter, or empty
     */
    public Optional<TypedParam> get(String field) {
        for (TypedParam p : params) {
            if (p.field().equals(field)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * Reads an {@code INT} parameter.
     *
     * @param field the name
     * @return its value, or empty when absent or of another type
     */
    public OptionalInt getInt(String field) {
        Optional<TypedParam> p = get(field);
        return p.isPresent() && p.get().value() instanceof Integer i ? OptionalInt.of(i) : OptionalInt.empty();
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
        Optional<TypedParam> p = get(field);
        if (p.isPresent() && (p.get().value() instanceof Integer || p.get().value() instanceof Long)) {
            return OptionalLong.of(p.get().longValue());
        }
        return OptionalLong.empty();
    }

    /**
     * Reads a {@code DOUBLE} parameter.
     *
     * @param field the name
     * @return its value, or empty when absent or of another type
     */
    public OptionalDouble getDouble(String field) {
        Optional<TypedParam> p = get(field);
        return p.isPresent() && p.get().value() instanceof Double d ? OptionalDouble.of(d) : OptionalDouble.empty();
    }

    /**
     * Reads a {@code BOOLEAN} parameter.
     *
     * @param field the name
     * @return its value, or empty when absent or of another type
     */
    public Optional<Boolean> getBoolean(String field) {
        return get(field).map(TypedParam::value).filter(Boolean.class::isInstance).map(Boolean.class::cast);
    }

    /**
     * Reads a {@code STRING} parameter.
     *
     * @param field the name
     * @return its value, or empty when absent or of another type
     */
    public Optional<String> getString(String field) {
        return get(field).map(TypedParam::value).filter(String.class::isInstance).map(String.class::cast);
    }

    /**
     * Reads every {@code STRING} parameter with this name, in order.
     *
     * @param field the name
     * @return the values; empty when there are none
     */
    public List<String> getStrings(String field) {
        List<String> out = new ArrayList<>();
        for (TypedParam p : params) {
            if (p.field().equals(field) && p.value() instanceof String s) {
                out.add(s);
            }
        }
        return Collections.unmodifiableList(out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TypedParams t && t.params.equals(params);
    }

    @Override
    public int hashCode() {
        return params.hashCode();
    }

    @Override
    public String toString() {
        return params.toString();
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
