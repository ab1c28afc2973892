package org.virtfx.libvirt;

/**
 * The event sent when the guest woke up from power-management suspend: the data of the {@code VIR_DOMAIN_EVENT_ID_PMWAKEUP} event ({@link DomainEventID#PMWAKEUP}).
 *
 * <p>An immutable copy of libvirt's callback arguments, made on the event-loop thread.
 *
 * @param domainName the domain's name
 * @param domainUuid the domain's UUID
 * @param reason unused by libvirt, always 0
 */
public record DomainEventPMWakeup(String domainName, String domainUuid, int reason) implements DomainEvent {}
