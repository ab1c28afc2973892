package org.virtfx.libvirt;

import java.util.Optional;

/**
 * The event sent when a disk was written beyond the threshold set with {@code virDomainSetBlockThreshold}: the data of the {@code VIR_DOMAIN_EVENT_ID_BLOCK_THRESHOLD} event ({@link DomainEventID#BLOCK_THRESHOLD}).
 *
 * <p>An immutable copy of libvirt's callback arguments, made on the event-loop thread.
 *
 * @param domainName the domain's name
 * @param domainUuid the domain's UUID
 * @param dev the disk or backing-chain element, e.g. {@code vda[1]}
 * @param path the file, for local storage
 * @param threshold the threshold, in bytes
 * @param excess bytes written beyond it, 0 if unknown
 */
public record DomainEventBlockThreshold(String domainName, String domainUuid, String dev, Optional<String> path, long threshold, long excess) implements DomainEvent {}
