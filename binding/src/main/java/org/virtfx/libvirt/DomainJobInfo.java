package org.virtfx.libvirt;

import com.sun.jna.Pointer;
import org.virtfx.libvirt.internal.StructLayout;

/**
 * Progress of a domain's background job ({@code virDomainJobInfo}), as returned by
 * {@link Domain#getJobInfo()}.
 *
 * <p>Times are in milliseconds, amounts in bytes. The unsigned 64-bit C fields are kept as their
 * bits (a value above {@code Long.MAX_VALUE} reads negative; none occurs in practice). Fields a
 * driver does not track are 0. Immutable.
 *
 * @param type the job's kind; {@link DomainJobType#NONE} when no job runs
 * @param timeElapsedMs time since the job started
 * @param timeRemainingMs estimated time left, for bounded jobs
 * @param dataTotal all the data to process (memory and file)
 * @param dataProcessed data processed so far
 * @param dataRemaining data still to process
 * @param memTotal memory to process
 * @param memProcessed memory processed so far
 * @param memRemaining memory still to process
 * @param fileTotal file data to process
 * @param fileProcessed file data processed so far
 * @param fileRemaining file data still to process
 */
public record DomainJobInfo(DomainJobType type, long timeElapsedMs, long timeRemainingMs, long dataTotal,
        long dataProcessed, long dataRemaining, long memTotal, long memProcessed, long memRemaining, long fileTotal,
        long fileProcessed, long fileRemaining) {

    // struct _virDomainJobInfo: int type; then eleven unsigned long long fields, in the order
    // timeElapsed, timeRemaining, dataTotal, dataProcessed, dataRemaining, memTotal,
    // memProcessed, memRemaining, fileTotal, fileProcessed, fileRemaining.
    private static final int TYPE;
    private static final int FIRST_COUNTER;
    private static final int COUNTERS = 11;
    static final int SIZE;

    static {
        StructLayout l = new StructLayout();
        TYPE = l.addInt();
        FIRST_COUNTER = l.addArray(COUNTERS, 8);
        SIZE = l.size();
    }

    /**
     * Reads a filled-in struct.
     *
     * @param p memory of at least {@link #SIZE} bytes
     * @return the record
     */
    static DomainJobInfo read(Pointer p) {
        long[] c = p.getLongArray(FIRST_COUNTER, COUNTERS);
        return new DomainJobInfo(DomainJobType.of(p.getInt(TYPE)), c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7],
                c[8], c[9], c[10]);
    }
}
