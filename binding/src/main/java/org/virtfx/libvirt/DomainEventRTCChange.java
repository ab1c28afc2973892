package org.virtfx.libvirt;

/**
 * The event sent when the guest changed its real-time clock: the data of the {@code VIR_DOMAIN_EVENT_ID_RTC_CHANGE} event ({@link DomainEventID#RTC_CHANGE}).
 *
 * <p>An immutable copy of libvirt's callback arguments, made on the event-loop thread.
 *
 * @param domainName the domain's name
 * @param domainUuid the domain's UUID
 * @param utcOffset the new RTC offset from UTC, in seconds
 */
public record DomainEventRTCChange(String domainName, String domainUuid, long utcOffset) implements DomainEvent {}
