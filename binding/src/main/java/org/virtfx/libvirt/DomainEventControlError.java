package org.virtfx.libvirt;

/**
 * The event sent when libvirt lost control of the domain's monitor: the data of the {@code VIR_DOMAIN_EVENT_ID_CONTROL_ERROR} event ({@link DomainEventID#CONTROL_ERROR}).
 *
 * <p>An immutable copy of libvirt's callback arguments, made on the event-loop thread.
 *
 * @param domainName the domain's name
 * @param domainUuid the domain's UUID
 */
public record DomainEventControlError(String domainName, String domainUuid) implements DomainEvent {}
