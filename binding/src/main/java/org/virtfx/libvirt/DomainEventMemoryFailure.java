package org.virtfx.libvirt;

import java.util.Set;

/**
 * The event sent when the hardware reported a memory failure: the data of the {@code VIR_DOMAIN_EVENT_ID_MEMORY_FAILURE} event ({@link DomainEventID#MEMORY_FAILURE}).
 *
 * <p>An immutable copy of libvirt's callback arguments, made on the event-loop thread.
 *
 * @param domainName the domain's name
 * @param domainUuid the domain's UUID
 * @param recipient who got it
 * @param action what was done
 * @param flags more about it
 */
public record DomainEventMemoryFailure(String domainName, String domainUuid, DomainMemoryFailureRecipientType recipient, DomainMemoryFailureActionType action, Set<DomainMemoryFailureFlags> flags) implements DomainEvent {
    /** Copies the collections. */
    public DomainEventMemoryFailure {
        flags = Set.copyOf(flags);
    }
}
