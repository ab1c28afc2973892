package org.virtfx.libvirt;

import java.util.List;

/**
 * The event sent when a graphics (VNC/SPICE) client connected, authenticated or disconnected: the data of the {@code VIR_DOMAIN_EVENT_ID_GRAPHICS} event ({@link DomainEventID#GRAPHICS}).
 *
 * <p>An immutable copy of libvirt's callback arguments, made on the event-loop thread.
 *
 * @param domainName the domain's name
 * @param domainUuid the domain's UUID
 * @param phase the phase
 * @param local the server address
 * @param remote the client address
 * @param authScheme the authentication scheme, e.g. {@code vnc} or {@code none}
 * @param subject who authenticated: (type, name) pairs such as ({@code x509dname}, ...)
 */
public record DomainEventGraphics(String domainName, String domainUuid, DomainEventGraphicsPhase phase, DomainEventGraphicsAddress local, DomainEventGraphicsAddress remote, String authScheme, List<DomainEventGraphicsAddress.Identity> subject) implements DomainEvent {
    /** Copies the collections. */
    public DomainEventGraphics {
        subject = List.copyOf(subject);
    }
}
