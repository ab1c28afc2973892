package org.virtfx.libvirt;

/**
 * The event sent when a memory device's current size changed (virtio-mem): the data of the {@code VIR_DOMAIN_EVENT_ID_MEMORY_DEVICE_SIZE_CHANGE} event ({@link DomainEventID#MEMORY_DEVICE_SIZE_CHANGE}).
 *
 * <p>An immutable copy of libvirt's callback arguments, made on the event-loop thread.
 *
 * @param domainName the domain's name
 * @param domainUuid the domain's UUID
 * @param alias the device alias
 * @param sizeKiB the new size, in KiB
 */
public record DomainEventMemoryDeviceSizeChange(String domainName, String domainUuid, String alias, long sizeKiB) implements DomainEvent {}
