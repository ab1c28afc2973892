package org.virtfx.libvirt;

/**
 * The event sent when the guest rebooted: the data of the {@code VIR_DOMAIN_EVENT_ID_REBOOT} event ({@link DomainEventID#REBOOT}).
 *
 * <p>An immutable copy of libvirt's callback arguments, made on the event-loop thread.
 *
 * @param domainName the domain's name
 * @param domainUuid the domain's UUID
 */
public record DomainEventReboot(String domainName, String domainUuid) implements DomainEvent {}
