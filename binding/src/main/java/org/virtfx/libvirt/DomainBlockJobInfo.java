package org.virtfx.libvirt;

import com.sun.jna.Pointer;
import org.virtfx.libvirt.internal.StructLayout;

/**
 * Progress of a block job on one disk ({@code virDomainBlockJobInfo}), as returned by
 * {@link Domain#getBlockJobInfo(String, java.util.Set)}.
 *
 * <p>{@code cur} and {@code end} are in an arbitrary unit: only their ratio means something, and
 * libvirt reports {@code end == 1} when it cannot tell the progress. Immutable.
 *
 * @param type the job's kind
 * @param bandwidth the bandwidth limit, in MiB/s, or in bytes/s when asked for with
 *     {@link DomainBlockJobInfoFlags#BANDWIDTH_BYTES}; 0 for none
 * @param cur progress so far
 * @param end progress at completion
 */
public record DomainBlockJobInfo(DomainBlockJobType type, long bandwidth, long cur, long end) {

    // struct _virDomainBlockJobInfo: int type; unsigned long bandwidth;
    // unsigned long long cur; unsigned long long end.
    private static final int TYPE;
    private static final int BANDWIDTH;
    private static final int CUR;
    private static final int END;
    static final int SIZE;

    static {
        StructLayout l = new StructLayout();
        TYPE = l.addInt();
        BANDWIDTH = l.addLong();
        CUR = l.add(8);
        END = l.add(8);
        SIZE = l.size();
    }

    /**
     * Reads a filled-in struct.
     *
     * @param p memory of at least {@link #SIZE} bytes
     * @return the record
     */
    static DomainBlockJobInfo read(Pointer p) {
        return new DomainBlockJobInfo(DomainBlockJobType.of(p.getInt(TYPE)), StructLayout.readUnsignedLong(p, BANDWIDTH),
                p.getLong(CUR), p.getLong(END));
    }
}
