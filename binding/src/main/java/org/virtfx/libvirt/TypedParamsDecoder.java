package org.virtfx.libvirt;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.virtfx.libvirt.internal.NativeStrings;

/**
 * Decodes C {@code virTypedParameter} arrays into {@link TypedParams}, cheaply enough for the
 * thousands of records of one {@code virConnectGetAllDomainStats} call.
 *
 * <p>Each array is copied to Java with one native read (not three reads and an 80-byte copy per
 * parameter); field names, which repeat from record to record, are decoded once per decoder and
 * shared; when a record has the same fields as the one before (the usual case for statistics),
 * it shares that record's field and type arrays too. Not thread-safe: use one decoder per
 * decoding pass, on one thread.
 */
final class TypedParamsDecoder {
    private static final ByteOrder ORDER = ByteOrder.nativeOrder();
    /** Field names cached at most: statistics of a big guest have a few hundred distinct names. */
    private static final int MAX_NAMES = 4096;

    private byte[] buf = new byte[0];
    private ByteBuffer view = ByteBuffer.wrap(buf).order(ORDER);

    // Open-addressing cache of field names: the bytes and the string made of them.
    private byte[][] keys = new byte[64][];
    private String[] names = new String[64];
    private int cached;

    private String[] scratchFields = new String[0];
    private TypedParameterType[] scratchTypes = new TypedParameterType[0];
    private String[] lastFields;
    private TypedParameterType[] lastTypes;

    /**
     * Reads an array of parameters; leaves the memory alone.
     *
     * @param array the first parameter
     * @param count how many there are
     * @return them, in order; parameters of a type this build does not know are left out
     */
    TypedParams decode(Pointer array, int count) {
        if (array == null || count <= 0) {
            return TypedParams.empty();
        }
        int bytes = Math.multiplyExact(count, TypedParamsCodec.SIZE);
        fill(array, bytes);
        if (scratchFields.length < count) {
            scratchFields = new String[count];
            scratchTypes = new TypedParameterType[count];
        }
        long[] bits = new long[count];
        Object[] objects = null;
        int kept = 0;
        for (int i = 0; i < count; i++) {
            int base = i * TypedParamsCodec.SIZE;
            TypedParameterType type = TypedParameterType.of(view.getInt(base + TypedParamsCodec.TYPE));
            int at = base + TypedParamsCodec.VALUE;
            switch (type) {
                case INT -> bits[kept] = view.getInt(at);
                case UINT -> bits[kept] = view.getInt(at) & 0xffff_ffffL;
                case LLONG, ULLONG -> bits[kept] = view.getLong(at);
                case DOUBLE -> bits[kept] = Double.doubleToLongBits(view.getDouble(at));
                case BOOLEAN -> bits[kept] = view.get(at) != 0 ? 1 : 0;
                case STRING -> {
                    long p = address(at);
                    String s = p == 0 ? null : NativeStrings.borrowUtf8(new Pointer(p));
                    if (objects == null) {
                        objects = new Object[count];
                    }
                    objects[kept] = s == null ? "" : s;
                }
                case UNKNOWN -> {
                    continue; // from a newer libvirt: left out, as its value cannot be read
                }
            }
            scratchFields[kept] = field(base + TypedParamsCodec.FIELD);
            scratchTypes[kept] = type;
            kept++;
        }
        if (kept == 0) {
            return TypedParams.empty();
        }
        if (kept < count) {
            bits = Arrays.copyOf(bits, kept);
            objects = objects == null ? null : Arrays.copyOf(objects, kept);
        }
        return new TypedParams(fields(kept), types(kept), bits, objects, null);
    }

    /** The field names of the parameters just decoded: the previous record's array when equal. */
    private String[] fields(int n) {
        if (lastFields != null && lastFields.length == n && sameRefs(lastFields, scratchFields, n)) {
            return lastFields;
        }
        lastFields = Arrays.copyOf(scratchFields, n);
        return lastFields;
    }

    private TypedParameterType[] types(int n) {
        if (lastTypes != null && lastTypes.length == n && sameRefs(lastTypes, scratchTypes, n)) {
            return lastTypes;
        }
        lastTypes = Arrays.copyOf(scratchTypes, n);
        return lastTypes;
    }

    private static boolean sameRefs(Object[] a, Object[] b, int n) {
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i]) { // names come from the cache: the same name is the same object
                return false;
            }
        }
        return true;
    }

    private void fill(Pointer array, int bytes) {
        if (buf.length < bytes) {
            buf = new byte[Math.max(bytes, 2 * buf.length)];
            view = ByteBuffer.wrap(buf).order(ORDER);
        }
        array.read(0, buf, 0, bytes);
    }

    private long address(int offset) {
        return Native.POINTER_SIZE == 8 ? view.getLong(offset) : view.getInt(offset) & 0xffff_ffffL;
    }

    /** Decodes the NUL-terminated name at {@code offset}, from the cache when seen before. */
    private String field(int offset) {
        int len = 0;
        while (len < TypedParamsCodec.FIELD_LENGTH && buf[offset + len] != 0) {
            len++;
        }
        int h = 0;
        for (int k = 0; k < len; k++) {
            h = 31 * h + buf[offset + k];
        }
        int mask = keys.length - 1;
        int slot = (h ^ (h >>> 16)) & mask;
        for (byte[] key = keys[slot]; key != null; key = keys[slot]) {
            if (Arrays.equals(key, 0, key.length, buf, offset, offset + len)) {
                return names[slot];
            }
            slot = (slot + 1) & mask;
        }
        String name = new String(buf, offset, len, StandardCharsets.UTF_8);
        if (cached < MAX_NAMES) {
            keys[slot] = Arrays.copyOfRange(buf, offset, offset + len);
            names[slot] = name;
            if (++cached * 2 > keys.length) {
                grow();
            }
        }
        return name;
    }

    private void grow() {
        byte[][] oldKeys = keys;
        String[] oldNames = names;
        keys = new byte[oldKeys.length * 2][];
        names = new String[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            byte[] key = oldKeys[i];
            if (key == null) {
                continue;
            }
            int h = 0;
            for (byte b : key) {
                h = 31 * h + b;
            }
            int slot = (h ^ (h >>> 16)) & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            names[slot] = oldNames[i];
        }
    }
}
