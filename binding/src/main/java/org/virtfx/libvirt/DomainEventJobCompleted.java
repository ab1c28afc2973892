package org.virtfx.libvirt;

/**
 * The event sent when a job finished, with its final statistics: the data of the {@code VIR_DOMAIN_EVENT_ID_JOB_COMPLETED} event ({@link DomainEventID#JOB_COMPLETED}).
 *
 * <p>An immutable copy of libvirt's callback arguments, made on the event-loop thread.
 *
 * @param domainName the domain's name
 * @param domainUuid the domain's UUID
 * @param info the statistics, as {@code virDomainGetJobStats} returns them
 */
public record DomainEventJobCompleted(String domainName, String domainUuid, TypedParams info) implements DomainEvent {}
