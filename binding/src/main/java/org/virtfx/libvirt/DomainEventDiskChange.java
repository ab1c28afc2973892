package org.virtfx.libvirt;

import java.util.Optional;

/**
 * The event sent when a removable disk's medium changed or was dropped: the data of the {@code VIR_DOMAIN_EVENT_ID_DISK_CHANGE} event ({@link DomainEventID#DISK_CHANGE}).
 *
 * <p>An immutable copy of libvirt's callback arguments, made on the event-loop thread.
 *
 * @param domainName the domain's name
 * @param domainUuid the domain's UUID
 * @param oldSrcPath the old source, if there was one
 * @param newSrcPath the new source, if there is one
 * @param devAlias the device alias
 * @param reason why
 */
public record DomainEventDiskChange(String domainName, String domainUuid, Optional<String> oldSrcPath, Optional<String> newSrcPath, String devAlias, ConnectDomainEventDiskChangeReason reason) implements DomainEvent {}
