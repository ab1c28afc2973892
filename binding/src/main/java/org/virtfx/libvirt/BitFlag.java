package org.virtfx.libvirt;

import java.util.Set;

/** A flag of a libvirt {@code unsigned int flags} argument; a {@code Set} of them is the argument. */
public interface BitFlag {

    /**
     * Returns the flag's bit.
     *
     * @return the C value, a power of two
     */
    int bit();

    /**
     * Combines flags into the C argument.
     *
     * @param flags the flags; empty means none
     * @return the bitwise or of their bits
     */
    static int mask(Set<? extends BitFlag> flags) {
        int mask = 0;
        for (BitFlag f : flags) {
            mask |= f.bit();
        }
        return mask;
    }
}
