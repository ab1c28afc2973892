package org.virtfx.libvirt;

/**
 * The event sent when a removable device's tray opened or closed: the data of the {@code VIR_DOMAIN_EVENT_ID_TRAY_CHANGE} event ({@link DomainEventID#TRAY_CHANGE}).
 *
 * <p>An immutable copy of libvirt's callback arguments, made on the event-loop thread.
 *
 * @param domainName the domain's name
 * @param domainUuid the domain's UUID
 * @param devAlias the device alias
 * @param reason open or close
 */
public record DomainEventTrayChange(String domainName, String domainUuid, String devAlias, DomainEventTrayChangeReason reason) implements DomainEvent {}
