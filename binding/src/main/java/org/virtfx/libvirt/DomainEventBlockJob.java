package org.virtfx.libvirt;

/**
 * The event sent when a block job (pull, copy, commit) finished, failed or became ready; for {@code BLOCK_JOB} the disk is a file path, for {@code BLOCK_JOB_2} a target such as {@code vda}: the data of the {@code VIR_DOMAIN_EVENT_ID_BLOCK_JOB} and {@code VIR_DOMAIN_EVENT_ID_BLOCK_JOB_2} events ({@link DomainEventID#BLOCK_JOB}).
 *
 * <p>An immutable copy of libvirt's callback arguments, made on the event-loop thread.
 *
 * @param domainName the domain's name
 * @param domainUuid the domain's UUID
 * @param disk the disk
 * @param type the job type
 * @param status the status
 */
public record DomainEventBlockJob(String domainName, String domainUuid, String disk, DomainBlockJobType type, ConnectDomainEventBlockJobStatus status) implements DomainEvent {}
