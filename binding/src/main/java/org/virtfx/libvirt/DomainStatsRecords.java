package org.virtfx.libvirt;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.virtfx.libvirt.internal.NativeStrings;
import org.virtfx.libvirt.internal.RawDomainCalls;
import org.virtfx.libvirt.internal.StructLayout;

/**
 * Decodes the {@code virDomainStatsRecordPtr} arrays of {@code virConnectGetAllDomainStats} and
 * {@code virDomainListGetStats} straight from native memory, with few native reads per record.
 * Thread-safe: no state.
 */
final class DomainStatsRecords {
    // struct _virDomainStatsRecord { virDomainPtr dom; virTypedParameterPtr params; int nparams; }
    static final int DOM;
    static final int PARAMS;
    static final int NPARAMS;
    static final int SIZE;

    static {
        StructLayout l = new StructLayout();
        DOM = l.addPointer();
        PARAMS = l.addPointer();
        NPARAMS = l.addInt();
        SIZE = l.size();
    }

    /** Makes one result element from a record's domain pointer and its statistics. */
    @FunctionalInterface
    interface Maker<T> {
        /**
         * @param dom the record's {@code virDomainPtr}, owned by the record array
         * @param stats the record's statistics
         * @return the element
         */
        T make(Pointer dom, TypedParams stats);
    }

    private DomainStatsRecords() {
    }

    /**
     * Reads the records; leaves the memory alone.
     *
     * @param array the array of {@code count} record pointers
     * @param count how many records there are
     * @param maker builds each element
     * @param <T> the element type
     * @return the elements, in libvirt's order
     */
    static <T> List<T> decode(Pointer array, int count, Maker<T> maker) {
        List<T> out = new ArrayList<>(count);
        decode(array, count, (i, dom, stats) -> out.add(maker.make(dom, stats)));
        return out;
    }

    /** Receives record {@code i}. */
    @FunctionalInterface
    private interface Sink {
        void accept(int i, Pointer dom, TypedParams stats);
    }

    /**
     * Reads the record pointers with one native read, each record's three fields with one more,
     * and its parameters with one more (see {@link TypedParamsDecoder}).
     *
     * @return how many records there were before the count or a NULL entry
     */
    private static int decode(Pointer array, int count, Sink sink) {
        if (count <= 0) {
            return 0;
        }
        long[] recs = addresses(array, count);
        byte[] rb = new byte[SIZE];
        ByteBuffer rv = ByteBuffer.wrap(rb).order(ByteOrder.nativeOrder());
        TypedParamsDecoder params = new TypedParamsDecoder();
        for (int i = 0; i < count; i++) {
            if (recs[i] == 0) {
                return i; // the array is NULL-terminated too
            }
            new Pointer(recs[i]).read(0, rb, 0, SIZE);
            long dom = address(rv, DOM);
            long p = address(rv, PARAMS);
            int n = rv.getInt(NPARAMS);
            TypedParams stats = p == 0 || n <= 0 ? TypedParams.empty() : params.decode(new Pointer(p), n);
            sink.accept(i, dom == 0 ? null : new Pointer(dom), stats);
        }
        return count;
    }

    private static long[] addresses(Pointer array, int count) {
        if (Native.POINTER_SIZE == 8) {
            return array.getLongArray(0, count);
        }
        int[] small = array.getIntArray(0, count);
        long[] out = new long[count];
        for (int i = 0; i < count; i++) {
            out[i] = small[i] & 0xffff_ffffL;
        }
        return out;
    }

    private static long address(ByteBuffer b, int offset) {
        return Native.POINTER_SIZE == 8 ? b.getLong(offset) : b.getInt(offset) & 0xffff_ffffL;
    }

    /**
     * Decodes the array that a stats call left in {@code *retStats}. Without handles it frees the
     * array at once with {@code virDomainStatsRecordListFree}; with handles the list keeps it
     * until closed and makes each handle on demand. Frees it on failure too.
     *
     * @param array the array, or null
     * @param count the call's result
     * @param handles true for records whose {@code domain()} gives a handle
     * @return the list
     */
    static DomainStatsList take(Pointer array, int count, boolean handles) {
        if (array == null || count <= 0) {
            if (array != null) {
                CDomain.virDomainStatsRecordListFree(array);
            }
            return new DomainStatsList(new String[0], new String[0], new TypedParams[0], null);
        }
        final String[] names = new String[count];
        final TypedParams[] stats = new TypedParams[count];
        final Pointer[] doms = new Pointer[count];
        boolean kept = false;
        // Raw UUIDs are copied into one block and formatted in Java: virDomainGetUUIDString's
        // printf cost more than the rest of a record's decoding (stack profile, docs/PERFORMANCE.md).
        try (Memory uuidRaw = new Memory((long) count * Uuids.BUFLEN)) {
            int n = decode(array, count, (i, dom, s) -> {
                names[i] = name(dom);
                uuid(dom, uuidRaw, i);
                stats[i] = s;
                doms[i] = dom;
            });
            String[] uuids = uuidStrings(uuidRaw, n);
            // n < count only when libvirt's count and its NULL terminator disagree
            DomainStatsList list = new DomainStatsList(cut(names, n), uuids, cut(stats, n),
                    handles ? new DomainStatsHandles(array, cut(doms, n)) : null);
            kept = handles;
            return list;
        } finally {
            if (!kept) {
                CDomain.virDomainStatsRecordListFree(array);
            }
        }
    }

    /** Formats {@code n} raw UUIDs as libvirt does ({@code virUUIDFormat}: lower-case, 8-4-4-4-12). */
    private static String[] uuidStrings(Memory raw, int n) {
        String[] out = new String[n];
        if (n == 0) {
            return out;
        }
        // RFC 4122 order is big-endian; JNA's view comes in native order.
        ByteBuffer b = raw.getByteBuffer(0, (long) n * Uuids.BUFLEN).order(ByteOrder.BIG_ENDIAN);
        for (int i = 0; i < n; i++) {
            out[i] = new UUID(b.getLong(i * Uuids.BUFLEN), b.getLong(i * Uuids.BUFLEN + 8)).toString();
        }
        return out;
    }

    private static <T> T[] cut(T[] a, int n) {
        return n == a.length ? a : Arrays.copyOf(a, n);
    }

    private static String name(Pointer dom) {
        Pointer p;
        if (RawDomainCalls.LINKED) {
            long address = RawDomainCalls.virDomainGetName(Pointer.nativeValue(dom));
            p = address == 0 ? null : new Pointer(address);
        } else {
            p = CDomain.virDomainGetName(dom);
        }
        String name = NativeStrings.borrowUtf8(p);
        if (name == null) {
            throw ErrorCapture.lastError("virDomainGetName");
        }
        return name;
    }

    /** Copies record {@code i}'s raw UUID to its slot of {@code raw}. */
    private static void uuid(Pointer dom, Memory raw, int i) {
        long offset = (long) i * Uuids.BUFLEN;
        int rc = RawDomainCalls.LINKED
                ? RawDomainCalls.virDomainGetUUID(Pointer.nativeValue(dom), Pointer.nativeValue(raw) + offset)
                : CDomain.virDomainGetUUID(dom, raw.share(offset, Uuids.BUFLEN));
        ErrorCapture.check(rc, "virDomainGetUUID");
    }
}
