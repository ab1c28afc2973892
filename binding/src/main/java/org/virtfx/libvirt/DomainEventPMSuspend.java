package org.virtfx.libvirt;

/**
 * The event sent when the guest suspended to memory: the data of the {@code VIR_DOMAIN_EVENT_ID_PMSUSPEND} event ({@link DomainEventID#PMSUSPEND}).
 *
 * <p>An immutable copy of libvirt's callback arguments, made on the event-loop thread.
 *
 * @param domainName the domain's name
 * @param domainUuid the domain's UUID
 * @param reason unused by libvirt, always 0
 */
public record DomainEventPMSuspend(String domainName, String domainUuid, int reason) implements DomainEvent {}
