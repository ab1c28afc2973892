package org.virtfx.libvirt;

/**
 * A disk's I/O counters, from {@code virDomainBlockStats} ({@code virDomainBlockStatsStruct}).
 * A counter the driver does not know is -1. Immutable.
 *
 * @param rdReq read requests
 * @param rdBytes bytes read
 * @param wrReq write requests
 * @param wrBytes bytes written
 * @param errs errors (driver-specific meaning)
 */
public record DomainBlockStats(long rdReq, long rdBytes, long wrReq, long wrBytes, long errs) {
}
