package org.virtfx.libvirt;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.virtfx.libvirt.internal.Scratch;
import org.virtfx.libvirt.internal.StructLayout;

/**
 * Packs {@link TypedParams} into C {@code virTypedParameter} arrays and unpacks them, at fixed
 * offsets rather than through JNA's reflective {@code Structure}.
 *
 * <p>Thread-safe: no state but the layout.
 */
final class TypedParamsCodec {
    /** {@code VIR_TYPED_PARAM_FIELD_LENGTH}. */
    static final int FIELD_LENGTH = 80;

    // struct _virTypedParameter { char field[80]; int type; union { ... } value; }
    static final int FIELD;
    static final int TYPE;
    static final int VALUE;
    static final int SIZE;

    static {
        StructLayout l = new StructLayout();
        FIELD = l.addArray(FIELD_LENGTH, 1);
        TYPE = l.addInt();
        VALUE = l.add(8); // the union's widest members: long long, double, char *
        SIZE = l.size();
    }

    /** A call of the two-step form {@code f(..., params, &nparams, ...)}. */
    @FunctionalInterface
    interface FillCall {
        /**
         * @param params the array to fill, or null to ask for the count
         * @param nparams in: the array's length; out: the number of parameters
         * @return 0, or -1
         */
        int call(Pointer params, Pointer nparams);
    }

    private TypedParamsCodec() {
    }

    /** Native memory holding packed parameters and their strings; close it after the call. */
    static final class Packed implements AutoCloseable {
        private final Memory array;
        private final List<Memory> strings;
        private final int count;

        private Packed(Memory array, List<Memory> strings, int count) {
            this.array = array;
            this.strings = strings;
            this.count = count;
        }

        /** @return the array, or null when there are no parameters */
        Pointer pointer() {
            return array;
        }

        /** @return the number of parameters */
        int count() {
            return count;
        }

        @Override
        public void close() {
            if (array != null) {
                array.close();
            }
            strings.forEach(Memory::close);
        }
    }

    /**
     * Packs parameters into native memory the caller owns.
     *
     * @param params the parameters
     * @return the packed array; close it once the call returned
     */
    static Packed pack(TypedParams params) {
        if (params.isEmpty()) {
            return new Packed(null, List.of(), 0);
        }
        Memory array = new Memory((long) SIZE * params.size());
        array.clear();
        List<Memory> strings = new ArrayList<>();
        int i = 0;
        for (TypedParam p : params) {
            long base = (long) i * SIZE;
            byte[] name = p.field().getBytes(StandardCharsets.UTF_8);
            array.write(base + FIELD, name, 0, name.length); // NUL already there: clear() zeroed it
            array.setInt(base + TYPE, p.type().value());
            long at = base + VALUE;
            switch (p.type()) {
                case INT -> array.setInt(at, (Integer) p.value());
                case UINT -> array.setInt(at, (int) (long) (Long) p.value());
                case LLONG, ULLONG -> array.setLong(at, (Long) p.value());
                case DOUBLE -> array.setDouble(at, (Double) p.value());
                case BOOLEAN -> array.setByte(at, (byte) ((Boolean) p.value() ? 1 : 0));
                case STRING -> {
                    byte[] utf8 = ((String) p.value()).getBytes(StandardCharsets.UTF_8);
                    Memory s = new Memory(utf8.length + 1L);
                    s.write(0, utf8, 0, utf8.length);
                    s.setByte(utf8.length, (byte) 0);
                    strings.add(s);
                    array.setPointer(at, s);
                }
                case UNKNOWN -> throw new IllegalArgumentException("cannot pack a parameter of unknown type: " + p.field());
            }
            i++;
        }
        return new Packed(array, strings, params.size());
    }

    /**
     * Reads an array of parameters; leaves the memory alone.
     *
     * @param array the first parameter
     * @param count how many there are
     * @return them, in order; parameters of a type this build does not know are left out
     */
    static TypedParams unpack(Pointer array, int count) {
        return new TypedParamsDecoder().decode(array, count);
    }

    /**
     * Reads an array that libvirt allocated for the caller, then frees it and its strings with
     * {@code virTypedParamsFree}.
     *
     * @param array the array, may be null when {@code count} is 0
     * @param count how many parameters it holds
     * @return the parameters
     */
    static TypedParams take(Pointer array, int count) {
        if (array == null) {
            return TypedParams.empty();
        }
        try {
            return unpack(array, count);
        } finally {
            CTypedParams.virTypedParamsFree(array, count);
        }
    }

    /**
     * Runs a call of the two-step form: first for the count, then with an array of that size,
     * which it reads and then clears with {@code virTypedParamsClear} (freeing its strings).
     *
     * @param function the C function, for errors
     * @param call the call
     * @return the parameters
     */
    static TypedParams fetch(String function, FillCall call) {
        Pointer n = Scratch.get(4);
        ErrorCapture.check(call.call(null, n), function);
        int count = n.getInt(0);
        if (count <= 0) {
            return TypedParams.empty();
        }
        try (Memory array = new Memory((long) SIZE * count)) {
            array.clear();
            // The scratch block may have been reused by the first call's error path; set it anew.
            Pointer nparams = Scratch.get(4);
            nparams.setInt(0, count);
            ErrorCapture.check(call.call(array, nparams), function);
            int filled = nparams.getInt(0);
            try {
                return unpack(array, filled);
            } finally {
                CTypedParams.virTypedParamsClear(array, filled);
            }
        }
    }
}
