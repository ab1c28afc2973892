package org.virtfx.libvirt;

/**
 * The event sent when the guest refused to release a device: the data of the {@code VIR_DOMAIN_EVENT_ID_DEVICE_REMOVAL_FAILED} event ({@link DomainEventID#DEVICE_REMOVAL_FAILED}).
 *
 * <p>An immutable copy of libvirt's callback arguments, made on the event-loop thread.
 *
 * @param domainName the domain's name
 * @param domainUuid the domain's UUID
 * @param devAlias the device alias
 */
public record DomainEventDeviceRemovalFailed(String domainName, String domainUuid, String devAlias) implements DomainEvent {}
