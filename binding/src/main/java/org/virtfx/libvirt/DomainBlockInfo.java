package org.virtfx.libvirt;

/**
 * A disk's sizes, from {@code virDomainGetBlockInfo} ({@code virDomainBlockInfo}), in bytes.
 * Immutable.
 *
 * @param capacity the size the guest sees
 * @param allocation the host storage in use
 * @param physical the host storage reserved (file size or block device size)
 */
public record DomainBlockInfo(long capacity, long allocation, long physical) {
}
