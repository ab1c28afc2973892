package org.virtfx.libvirt;

import java.util.Optional;

/**
 * The event sent when the domain's title, description or custom metadata changed: the data of the {@code VIR_DOMAIN_EVENT_ID_METADATA_CHANGE} event ({@link DomainEventID#METADATA_CHANGE}).
 *
 * <p>An immutable copy of libvirt's callback arguments, made on the event-loop thread.
 *
 * @param domainName the domain's name
 * @param domainUuid the domain's UUID
 * @param type which metadata
 * @param nsUri the XML namespace, for ELEMENT metadata
 */
public record DomainEventMetadataChange(String domainName, String domainUuid, DomainMetadataType type, Optional<String> nsUri) implements DomainEvent {}
