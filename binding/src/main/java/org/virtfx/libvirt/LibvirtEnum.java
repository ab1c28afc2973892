package org.virtfx.libvirt;

import java.util.Arrays;

/**
 * A Java enum that stands for a C enum of libvirt.
 *
 * <p>Decoding is total: a value that a newer libvirt sends and this build does not know becomes
 * the enum's {@code UNKNOWN} constant, and is logged once.
 */
public interface LibvirtEnum {

    /**
     * Returns the C value of this constant.
     *
     * @return the value libvirt uses; {@code -1} for {@code UNKNOWN}
     */
    int value();

    /**
     * Builds a lookup table from C value to constant for an enum whose values are small and
     * non-negative. The first constant wins where libvirt defines aliases.
     *
     * @param <E> the enum type
     * @param constants all constants of the enum, {@code values()}
     * @return an array indexed by C value; holes are {@code null}
     */
    static <E extends Enum<E> & LibvirtEnum> E[] index(E[] constants) {
        int max = 0;
        for (E e : constants) {
            max = Math.max(max, e.value());
        }
        E[] table = Arrays.copyOf(constants, max + 1);
        Arrays.fill(table, null);
        for (E e : constants) {
            if (e.value() >= 0 && table[e.value()] == null) {
                table[e.value()] = e;
            }
        }
        return table;
    }

    /**
     * Decodes a C value with a table from {@link #index}.
     *
     * @param <E> the enum type
     * @param table the lookup table
     * @param value the C value
     * @param unknown the constant for values the table lacks
     * @return the constant, never {@code null}
     */
    static <E extends Enum<E> & LibvirtEnum> E decode(E[] table, int value, E unknown) {
        if (value >= 0 && value < table.length) {
            E e = table[value];
            if (e != null) {
                return e;
            }
        } else {
            // The few negative constants (VIR_NODE_CPU_STATS_ALL_CPUS = -1) are not in the table.
            for (E e : unknown.getDeclaringClass().getEnumConstants()) {
                if (e.value() == value && e != unknown) {
                    return e;
                }
            }
        }
        UnknownValues.report(unknown.getDeclaringClass(), value);
        return unknown;
    }
}
