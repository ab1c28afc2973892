package org.virtfx.libvirt;

/**
 * The event sent when the domain was defined, started, stopped, suspended, ...: the data of the {@code VIR_DOMAIN_EVENT_ID_LIFECYCLE} event ({@link DomainEventID#LIFECYCLE}).
 *
 * <p>An immutable copy of libvirt's callback arguments, made on the event-loop thread.
 *
 * @param domainName the domain's name
 * @param domainUuid the domain's UUID
 * @param event what happened
 * @param detail why: a value of the virDomainEvent*DetailType enum that matches {@code event} (e.g. {@link DomainEventStoppedDetailType} for STOPPED)
 */
public record DomainEventLifecycle(String domainName, String domainUuid, DomainEventType event, int detail) implements DomainEvent {}
