package org.virtfx.libvirt;

/**
 * The event sent when tunable values (CPU tuning, block I/O limits, ...) changed: the data of the {@code VIR_DOMAIN_EVENT_ID_TUNABLE} event ({@link DomainEventID#TUNABLE}).
 *
 * <p>An immutable copy of libvirt's callback arguments, made on the event-loop thread.
 *
 * @param domainName the domain's name
 * @param domainUuid the domain's UUID
 * @param params the changed values, named as in the domain tuning calls (e.g. {@code cputune.vcpu0})
 */
public record DomainEventTunable(String domainName, String domainUuid, TypedParams params) implements DomainEvent {}
