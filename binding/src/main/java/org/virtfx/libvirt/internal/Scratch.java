package org.virtfx.libvirt.internal;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;

/**
 * A per-thread block of native memory for out-parameters and small structs.
 *
 * <p>Allocating {@code Memory} per call costs a malloc, a free and a Cleaner registration; a
 * thread's block is reused instead. A caller owns the block only until it returns, and must not
 * call other code that uses the block meanwhile. Holds 256 bytes, enough for every struct the
 * binding reads this way.
 */
public final class Scratch {
    /** Size of each thread's block. */
    public static final int SIZE = 256;

    private static final ThreadLocal<Memory> BLOCK = ThreadLocal.withInitial(() -> new Memory(SIZE));

    private Scratch() {
    }

    /**
     * Returns this thread's block, zeroed over {@code bytes}.
     *
     * @param bytes how many bytes the caller needs, at most {@link #SIZE}
     * @return the block
     */
    public static Pointer get(int bytes) {
        if (bytes > SIZE) {
            throw new IllegalArgumentException("scratch holds " + SIZE + " bytes, not " + bytes);
        }
        Memory m = BLOCK.get();
        m.setMemory(0, bytes, (byte) 0);
        return m;
    }
}
