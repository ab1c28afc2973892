package org.virtfx.libvirt;

/**
 * The event sent when a disk I/O error happened: the data of the {@code VIR_DOMAIN_EVENT_ID_IO_ERROR} event ({@link DomainEventID#IO_ERROR}).
 *
 * <p>An immutable copy of libvirt's callback arguments, made on the event-loop thread.
 *
 * @param domainName the domain's name
 * @param domainUuid the domain's UUID
 * @param srcPath the host file
 * @param devAlias the guest device alias
 * @param action what the hypervisor does about it
 */
public record DomainEventIOError(String domainName, String domainUuid, String srcPath, String devAlias, DomainEventIOErrorAction action) implements DomainEvent {}
