package org.virtfx.libvirt;

/**
 * The event sent when the guest's watchdog fired: the data of the {@code VIR_DOMAIN_EVENT_ID_WATCHDOG} event ({@link DomainEventID#WATCHDOG}).
 *
 * <p>An immutable copy of libvirt's callback arguments, made on the event-loop thread.
 *
 * @param domainName the domain's name
 * @param domainUuid the domain's UUID
 * @param action what the hypervisor does about it
 */
public record DomainEventWatchdog(String domainName, String domainUuid, DomainEventWatchdogAction action) implements DomainEvent {}
