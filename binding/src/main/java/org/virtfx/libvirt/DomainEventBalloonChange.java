package org.virtfx.libvirt;

/**
 * The event sent when the guest's balloon changed size: the data of the {@code VIR_DOMAIN_EVENT_ID_BALLOON_CHANGE} event ({@link DomainEventID#BALLOON_CHANGE}).
 *
 * <p>An immutable copy of libvirt's callback arguments, made on the event-loop thread.
 *
 * @param domainName the domain's name
 * @param domainUuid the domain's UUID
 * @param actualKiB the new balloon level, in KiB
 */
public record DomainEventBalloonChange(String domainName, String domainUuid, long actualKiB) implements DomainEvent {}
