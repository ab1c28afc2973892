package org.virtfx.libvirt;

/**
 * Where a sparse source currently is: in data or in a hole, and how many bytes are left of it.
 * The result of {@link StreamSourceHole#section()}. Immutable and thread-safe.
 *
 * @param inData true in data, false in a hole
 * @param length the bytes left in the current data section or hole; not negative
 */
public record StreamSection(boolean inData, long length) {
    /**
     * Checks the length.
     *
     * @throws IllegalArgumentException when {@code length} is negative
     */
    public StreamSection {
        if (length < 0) {
            throw new IllegalArgumentException("length must not be negative: " + length);
        }
    }
}
