package org.virtfx.libvirt;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Statistics of a domain's background job, as returned by {@link Domain#getJobStats(java.util.Set)}:
 * the job's type and libvirt's typed parameters.
 *
 * <p>The fields a driver reports vary with the job and the driver, so they stay a
 * {@link TypedParams}; the constants below name the common ones ({@code VIR_DOMAIN_JOB_*}), and
 * a few accessors read them. Immutable.
 *
 * @param type the job's kind; {@link DomainJobType#NONE} when no job runs
 * @param params the statistics
 */
public record DomainJobStats(DomainJobType type, TypedParams params) {

    /** {@code VIR_DOMAIN_JOB_OPERATION}: INT, a {@link DomainJobOperation}. */
    public static final String OPERATION = "operation";
    /** {@code VIR_DOMAIN_JOB_TIME_ELAPSED}: ULLONG, milliseconds since the job started. */
    public static final String TIME_ELAPSED = "time_elapsed";
    /** {@code VIR_DOMAIN_JOB_TIME_REMAINING}: ULLONG, estimated milliseconds left. */
    public static final String TIME_REMAINING = "time_remaining";
    /** {@code VIR_DOMAIN_JOB_DOWNTIME}: ULLONG, milliseconds the guest was or will be paused. */
    public static final String DOWNTIME = "downtime";
    /** {@code VIR_DOMAIN_JOB_DATA_TOTAL}: ULLONG, bytes to transfer. */
    public static final String DATA_TOTAL = "data_total";
    /** {@code VIR_DOMAIN_JOB_DATA_PROCESSED}: ULLONG, bytes transferred. */
    public static final String DATA_PROCESSED = "data_processed";
    /** {@code VIR_DOMAIN_JOB_DATA_REMAINING}: ULLONG, bytes left. */
    public static final String DATA_REMAINING = "data_remaining";
    /** {@code VIR_DOMAIN_JOB_MEMORY_TOTAL}: ULLONG, bytes of guest memory to transfer. */
    public static final String MEMORY_TOTAL = "memory_total";
    /** {@code VIR_DOMAIN_JOB_MEMORY_PROCESSED}: ULLONG, bytes of guest memory transferred. */
    public static final String MEMORY_PROCESSED = "memory_processed";
    /** {@code VIR_DOMAIN_JOB_MEMORY_REMAINING}: ULLONG, bytes of guest memory left. */
    public static final String MEMORY_REMAINING = "memory_remaining";
    /** {@code VIR_DOMAIN_JOB_MEMORY_BPS}: ULLONG, memory transfer speed in bytes per second. */
    public static final String MEMORY_BPS = "memory_bps";
    /** {@code VIR_DOMAIN_JOB_DISK_TOTAL}: ULLONG, bytes of disk to transfer. */
    public static final String DISK_TOTAL = "disk_total";
    /** {@code VIR_DOMAIN_JOB_DISK_PROCESSED}: ULLONG, bytes of disk transferred. */
    public static final String DISK_PROCESSED = "disk_processed";
    /** {@code VIR_DOMAIN_JOB_DISK_REMAINING}: ULLONG, bytes of disk left. */
    public static final String DISK_REMAINING = "disk_remaining";
    /** {@code VIR_DOMAIN_JOB_SUCCESS}: BOOLEAN, whether a completed job succeeded. */
    public static final String SUCCESS = "success";
    /** {@code VIR_DOMAIN_JOB_ERRMSG}: STRING, why a job failed. */
    public static final String ERRMSG = "errmsg";

    /**
     * Checks the components.
     *
     * @throws NullPointerException when one is null
     */
    public DomainJobStats {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(params, "params");
    }

    /** @return the operation the job is part of, when reported */
    public Optional<DomainJobOperation> operation() {
        OptionalLong op = params.getLong(OPERATION);
        return op.isPresent() ? Optional.of(DomainJobOperation.of((int) op.getAsLong())) : Optional.empty();
    }

    /** @return milliseconds since the job started, when reported */
    public OptionalLong timeElapsedMs() {
        return params.getLong(TIME_ELAPSED);
    }

    /** @return bytes processed so far, when reported */
    public OptionalLong dataProcessed() {
        return params.getLong(DATA_PROCESSED);
    }

    /** @return bytes still to process, when reported */
    public OptionalLong dataRemaining() {
        return params.getLong(DATA_REMAINING);
    }

    /** @return the error of a failed job, when reported */
    public Optional<String> errorMessage() {
        return params.getString(ERRMSG);
    }
}
