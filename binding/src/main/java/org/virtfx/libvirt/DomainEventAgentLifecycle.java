package org.virtfx.libvirt;

/**
 * The event sent when the guest agent connected or disconnected: the data of the {@code VIR_DOMAIN_EVENT_ID_AGENT_LIFECYCLE} event ({@link DomainEventID#AGENT_LIFECYCLE}).
 *
 * <p>An immutable copy of libvirt's callback arguments, made on the event-loop thread.
 *
 * @param domainName the domain's name
 * @param domainUuid the domain's UUID
 * @param state connected or disconnected
 * @param reason why
 */
public record DomainEventAgentLifecycle(String domainName, String domainUuid, ConnectDomainEventAgentLifecycleState state, ConnectDomainEventAgentLifecycleReason reason) implements DomainEvent {}
