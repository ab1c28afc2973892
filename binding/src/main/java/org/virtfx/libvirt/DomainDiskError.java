package org.virtfx.libvirt;

/**
 * A disk with an I/O error, from {@code virDomainGetDiskErrors} ({@code virDomainDiskError}).
 * Immutable.
 *
 * @param disk the disk's target or source
 * @param error the error
 */
public record DomainDiskError(String disk, DomainDiskErrorCode error) {
}
