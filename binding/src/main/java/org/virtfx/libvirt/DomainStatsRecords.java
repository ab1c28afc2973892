package org.virtfx.libvirt;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.util.ArrayList;
import java.util.List;
import org.virtfx.libvirt.internal.NativeStrings;
import org.virtfx.libvirt.internal.Scratch;
import org.virtfx.libvirt.internal.StructLayout;

/**
 * Decodes the {@code virDomainStatsRecordPtr} arrays of {@code virConnectGetAllDomainStats} and
 * {@code virDomainListGetStats} straight from native memory. Thread-safe: no state.
 */
final class DomainStatsRecords {
    /** {@code VIR_UUID_STRING_BUFLEN}. */
    private static final int UUID_STRING_BUFLEN = 37;

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
        for (int i = 0; i < count; i++) {
            Pointer rec = array.getPointer((long) i * Native.POINTER_SIZE);
            if (rec == null) {
                break; // the array is NULL-terminated too
            }
            int n = rec.getInt(NPARAMS);
            Pointer params = rec.getPointer(PARAMS);
            TypedParams stats = params == null || n <= 0 ? TypedParams.empty() : TypedParamsCodec.unpack(params, n);
            out.add(maker.make(rec.getPointer(DOM), stats));
        }
        return out;
    }

    /**
     * Decodes the array that a stats call left in {@code *retStats}, then frees it with
     * {@code virDomainStatsRecordListFree}, also on failure.
     *
     * @param array the array, or null
     * @param count the call's result
     * @param handles true to give each record a new reference to its domain
     * @return the list
     */
    static DomainStatsList take(Pointer array, int count, boolean handles) {
        if (array == null) {
            return new DomainStatsList(List.of());
        }
        List<Domain> made = new ArrayList<>();
        try {
            List<DomainStatsRecord> records = decode(array, count, (dom, stats) -> {
                Domain d = null;
                if (handles) {
                    // The list free drops the record's reference: take one of our own first.
                    ErrorCapture.check(CDomain.virDomainRef(dom), "virDomainRef");
                    d = new Domain(dom);
                    made.add(d);
                }
                return new DomainStatsRecord(d, name(dom), uuid(dom), stats);
            });
            made.clear();
            return new DomainStatsList(records);
        } finally {
            made.forEach(Domain::close); // only after a failure part way
            CDomain.virDomainStatsRecordListFree(array);
        }
    }

    private static String name(Pointer dom) {
        String name = NativeStrings.borrowUtf8(CDomain.virDomainGetName(dom));
        if (name == null) {
            throw ErrorCapture.lastError("virDomainGetName");
        }
        return name;
    }

    private static String uuid(Pointer dom) {
        Pointer buf = Scratch.get(UUID_STRING_BUFLEN);
        ErrorCapture.check(CDomain.virDomainGetUUIDString(dom, buf), "virDomainGetUUIDString");
        return NativeStrings.borrowUtf8(buf);
    }
}
