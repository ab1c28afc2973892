package org.virtfx.libvirt;

/**
 * One memory statistic of a domain, from {@code virDomainMemoryStats} ({@code virDomainMemoryStatStruct}).
 * Immutable.
 *
 * @param tag what it measures; {@code UNKNOWN} for a tag newer than this binding
 * @param rawTag the tag's number, for {@code UNKNOWN} ones
 * @param value its value: KiB for sizes, a count for faults, seconds since the epoch for
 *     {@code LAST_UPDATE} (unsigned)
 */
public record DomainMemoryStat(DomainMemoryStatTags tag, int rawTag, long value) {
}
