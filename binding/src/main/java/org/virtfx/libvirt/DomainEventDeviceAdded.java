package org.virtfx.libvirt;

/**
 * The event sent when a device was added to the guest: the data of the {@code VIR_DOMAIN_EVENT_ID_DEVICE_ADDED} event ({@link DomainEventID#DEVICE_ADDED}).
 *
 * <p>An immutable copy of libvirt's callback arguments, made on the event-loop thread.
 *
 * @param domainName the domain's name
 * @param domainUuid the domain's UUID
 * @param devAlias the device alias
 */
public record DomainEventDeviceAdded(String domainName, String domainUuid, String devAlias) implements DomainEvent {}
