package org.virtfx.libvirt.internal;

import com.sun.jna.Native;
import com.sun.jna.Pointer;

/**
 * Computes C struct field offsets with the platform's natural alignment, so that structs are
 * read at fixed offsets instead of through JNA's reflective {@code Structure}.
 *
 * <p>Use: {@code StructLayout l = new StructLayout(); int a = l.add(4); int b = l.addPointer();}
 * then {@code l.size()}. Immutable offsets, mutable builder: build once, in a static initialiser.
 */
public final class StructLayout {
    private int size;
    private int alignment = 1;

    /**
     * Adds a field whose alignment equals its size (every C scalar on Linux x86_64 and aarch64).
     *
     * @param bytes the field's size
     * @return the field's offset
     */
    public int add(int bytes) {
        int offset = (size + bytes - 1) / bytes * bytes;
        size = offset + bytes;
        alignment = Math.max(alignment, bytes);
        return offset;
    }

    /**
     * Adds an array field, aligned as its elements are.
     *
     * @param count the number of elements
     * @param elementBytes each element's size
     * @return the field's offset
     */
    public int addArray(int count, int elementBytes) {
        int offset = (size + elementBytes - 1) / elementBytes * elementBytes;
        size = offset + count * elementBytes;
        alignment = Math.max(alignment, elementBytes);
        return offset;
    }

    /** @return the offset of a new {@code int} field */
    public int addInt() {
        return add(4);
    }

    /** @return the offset of a new pointer field */
    public int addPointer() {
        return add(Native.POINTER_SIZE);
    }

    /** @return the offset of a new C {@code long} field (8 bytes on LP64, 4 on ILP32) */
    public int addLong() {
        return add(Native.LONG_SIZE);
    }

    /**
     * Reads a C {@code unsigned long} (8 bytes on LP64, 4 on ILP32).
     *
     * @param p the memory
     * @param offset where the field starts
     * @return its value; never negative on ILP32, and read as signed on LP64 (libvirt's values fit)
     */
    public static long readUnsignedLong(Pointer p, long offset) {
        return Native.LONG_SIZE == 8 ? p.getLong(offset) : p.getInt(offset) & 0xffff_ffffL;
    }

    /** @return the struct's size, padded to its alignment */
    public int size() {
        return (size + alignment - 1) / alignment * alignment;
    }
}
