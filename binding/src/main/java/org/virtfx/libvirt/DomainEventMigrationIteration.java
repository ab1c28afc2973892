package org.virtfx.libvirt;

/**
 * The event sent when a live migration began another pass over the guest's memory: the data of the {@code VIR_DOMAIN_EVENT_ID_MIGRATION_ITERATION} event ({@link DomainEventID#MIGRATION_ITERATION}).
 *
 * <p>An immutable copy of libvirt's callback arguments, made on the event-loop thread.
 *
 * @param domainName the domain's name
 * @param domainUuid the domain's UUID
 * @param iteration the pass, from 1
 */
public record DomainEventMigrationIteration(String domainName, String domainUuid, int iteration) implements DomainEvent {}
