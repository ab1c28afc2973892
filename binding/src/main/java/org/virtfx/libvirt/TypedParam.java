package org.virtfx.libvirt;

import java.util.Objects;

/**
 * One typed parameter ({@code virTypedParameter}): a field name, a type and a value.
 *
 * <p>The value's Java class follows the type: {@code INT} is an {@link Integer}; {@code UINT},
 * {@code LLONG} and {@code ULLONG} are {@link Long}s ({@code ULLONG} holds the unsigned bits, so
 * read it with {@link Long#toUnsignedString(long)} where it may exceed {@code Long.MAX_VALUE});
 * {@code DOUBLE} is a {@link Double}, {@code BOOLEAN} a {@link Boolean} and {@code STRING} a
 * {@link String}. Immutable.
 *
 * @param field the name, at most 79 bytes of UTF-8 ({@code VIR_TYPED_PARAM_FIELD_LENGTH} - 1)
 * @param type the type
 * @param value the value, of the class the type asks for
 */
public record TypedParam(String field, TypedParameterType type, Object value) {

    /** The longest field name, in bytes, that fits {@code VIR_TYPED_PARAM_FIELD_LENGTH}. */
    public static final int MAX_FIELD_BYTES = 79;

    /**
     * Checks the field and that the value's class matches the type.
     *
     * @throws IllegalArgumentException on a name too long or a value of the wrong class
     */
    public TypedParam {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        if (field.length() > MAX_FIELD_BYTES / 3 && utf8Length(field) > MAX_FIELD_BYTES) {
            throw new IllegalArgumentException("typed parameter name longer than 79 bytes: " + field);
        }
        Class<?> expected = switch (type) {
            case INT -> Integer.class;
            case UINT, LLONG, ULLONG -> Long.class;
            case DOUBLE -> Double.class;
            case BOOLEAN -> Boolean.class;
            case STRING -> String.class;
            case UNKNOWN -> Object.class;
        };
        if (!expected.isInstance(value)) {
            throw new IllegalArgumentException(type + " parameter " + field + " needs a " + expected.getSimpleName()
                    + ", not " + value.getClass().getSimpleName());
        }
        if (type == TypedParameterType.UINT && ((Long) value < 0 || (Long) value > 0xffff_ffffL)) {
            throw new IllegalArgumentException("UINT parameter " + field + " out of range: " + value);
        }
    }

    /** Counts the bytes of {@code s.getBytes(UTF_8)} without encoding it: checked for every parameter made. */
    private static int utf8Length(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                n++; // the encoder writes '?' for an unpaired surrogate
            } else {
                n += 3;
            }
        }
        return n;
    }

    /**
     * Returns the value as a number, for the integer types.
     *
     * @return the value widened to long
     * @throws IllegalStateException for a double, boolean or string
     */
    public long longValue() {
        if (value instanceof Integer i) {
            return i;
        }
        if (value instanceof Long l) {
            return l;
        }
        throw new IllegalStateException(field + " is " + type + ", not an integer");
    }
}
