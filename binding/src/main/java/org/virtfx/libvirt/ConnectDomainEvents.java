package org.virtfx.libvirt;

import com.sun.jna.Pointer;
import java.util.Objects;

/**
 * Domain events about the guest as a whole: lifecycle, reboot, clock, watchdog, power, balloon, agent, metadata.
 *
 * <p>One layer of {@link Connect}'s API: package-private so that each area of libvirt
 * gets a file of its own. Thread-safe.
 */
abstract class ConnectDomainEvents extends ConnectEventRegistry {

    ConnectDomainEvents(Pointer pointer) {
        super(pointer);
    }

    /**
     * Registers a listener for any one domain event ID, delivering the sealed {@link DomainEvent}
     * type (the record that matches the ID).
     *
     * <p>Wraps {@code virConnectDomainEventRegisterAny}; closing the registration wraps
     * {@code virConnectDomainEventDeregisterAny}.
     *
     * @param dom only this domain's events, or null for every domain's
     * @param eventId the event ID
     * @param listener runs on the event-loop thread; must not block
     * @return the registration; close it to deregister
     * @throws IllegalStateException when the {@link EventLoop} was not started
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virConnectDomainEventRegisterAny">virConnectDomainEventRegisterAny</a>
     */
    @Wraps({"virConnectDomainEventRegisterAny", "virConnectDomainEventDeregisterAny"})
    public EventRegistration domainEventRegisterAny(Domain dom, DomainEventID eventId,
            EventListener<? super DomainEvent> listener) {
        Objects.requireNonNull(eventId, "eventId");
        if (eventId == DomainEventID.UNKNOWN) {
            throw new IllegalArgumentException("unknown domain event ID");
        }
        return registerDomain(dom, eventId, DomainEvents.any(eventId, listener), listener);
    }

    /**
     * Registers a listener for {@link DomainEventLifecycle} events ({@code VIR_DOMAIN_EVENT_ID_LIFECYCLE}).
     *
     * <p>Wraps {@code virConnectDomainEventRegisterAny}; closing the registration wraps
     * {@code virConnectDomainEventDeregisterAny}.
     *
     * @param dom only this domain's events, or null for every domain's
     * @param listener runs on the event-loop thread; must not block
     * @return the registration; close it to deregister
     * @throws IllegalStateException when the {@link EventLoop} was not started
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virConnectDomainEventRegisterAny">virConnectDomainEventRegisterAny</a>
     */
    @Wraps({"virConnectDomainEventRegisterAny", "virConnectDomainEventDeregisterAny"})
    public EventRegistration domainEventLifecycleRegister(Domain dom, EventListener<? super DomainEventLifecycle> listener) {
        return registerDomain(dom, DomainEventID.LIFECYCLE, DomainEvents.lifecycle(listener), listener);
    }

    /**
     * Registers a listener for {@link DomainEventReboot} events ({@code VIR_DOMAIN_EVENT_ID_REBOOT}).
     *
     * <p>Wraps {@code virConnectDomainEventRegisterAny}; closing the registration wraps
     * {@code virConnectDomainEventDeregisterAny}.
     *
     * @param dom only this domain's events, or null for every domain's
     * @param listener runs on the event-loop thread; must not block
     * @return the registration; close it to deregister
     * @throws IllegalStateException when the {@link EventLoop} was not started
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virConnectDomainEventRegisterAny">virConnectDomainEventRegisterAny</a>
     */
    @Wraps({"virConnectDomainEventRegisterAny", "virConnectDomainEventDeregisterAny"})
    public EventRegistration domainEventRebootRegister(Domain dom, EventListener<? super DomainEventReboot> listener) {
        return registerDomain(dom, DomainEventID.REBOOT, DomainEvents.reboot(listener), listener);
    }

    /**
     * Registers a listener for {@link DomainEventRTCChange} events ({@code VIR_DOMAIN_EVENT_ID_RTC_CHANGE}).
     *
     * <p>Wraps {@code virConnectDomainEventRegisterAny}; closing the registration wraps
     * {@code virConnectDomainEventDeregisterAny}.
     *
     * @param dom only this domain's events, or null for every domain's
     * @param listener runs on the event-loop thread; must not block
     * @return the registration; close it to deregister
     * @throws IllegalStateException when the {@link EventLoop} was not started
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virConnectDomainEventRegisterAny">virConnectDomainEventRegisterAny</a>
     */
    @Wraps({"virConnectDomainEventRegisterAny", "virConnectDomainEventDeregisterAny"})
    public EventRegistration domainEventRtcChangeRegister(Domain dom, EventListener<? super DomainEventRTCChange> listener) {
        return registerDomain(dom, DomainEventID.RTC_CHANGE, DomainEvents.rtcChange(listener), listener);
    }

    /**
     * Registers a listener for {@link DomainEventWatchdog} events ({@code VIR_DOMAIN_EVENT_ID_WATCHDOG}).
     *
     * <p>Wraps {@code virConnectDomainEventRegisterAny}; closing the registration wraps
     * {@code virConnectDomainEventDeregisterAny}.
     *
     * @param dom only this domain's events, or null for every domain's
     * @param listener runs on the event-loop thread; must not block
     * @return the registration; close it to deregister
     * @throws IllegalStateException when the {@link EventLoop} was not started
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virConnectDomainEventRegisterAny">virConnectDomainEventRegisterAny</a>
     */
    @Wraps({"virConnectDomainEventRegisterAny", "virConnectDomainEventDeregisterAny"})
    public EventRegistration domainEventWatchdogRegister(Domain dom, EventListener<? super DomainEventWatchdog> listener) {
        return registerDomain(dom, DomainEventID.WATCHDOG, DomainEvents.watchdog(listener), listener);
    }

    /**
     * Registers a listener for {@link DomainEventPMWakeup} events ({@code VIR_DOMAIN_EVENT_ID_PMWAKEUP}).
     *
     * <p>Wraps {@code virConnectDomainEventRegisterAny}; closing the registration wraps
     * {@code virConnectDomainEventDeregisterAny}.
     *
     * @param dom only this domain's events, or null for every domain's
     * @param listener runs on the event-loop thread; must not block
     * @return the registration; close it to deregister
     * @throws IllegalStateException when the {@link EventLoop} was not started
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virConnectDomainEventRegisterAny">virConnectDomainEventRegisterAny</a>
     */
    @Wraps({"virConnectDomainEventRegisterAny", "virConnectDomainEventDeregisterAny"})
    public EventRegistration domainEventPmWakeupRegister(Domain dom, EventListener<? super DomainEventPMWakeup> listener) {
        return registerDomain(dom, DomainEventID.PMWAKEUP, DomainEvents.pmWakeup(listener), listener);
    }

    /**
     * Registers a listener for {@link DomainEventPMSuspend} events ({@code VIR_DOMAIN_EVENT_ID_PMSUSPEND}).
     *
     * <p>Wraps {@code virConnectDomainEventRegisterAny}; closing the registration wraps
     * {@code virConnectDomainEventDeregisterAny}.
     *
     * @param dom only this domain's events, or null for every domain's
     * @param listener runs on the event-loop thread; must not block
     * @return the registration; close it to deregister
     * @throws IllegalStateException when the {@link EventLoop} was not started
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virConnectDomainEventRegisterAny">virConnectDomainEventRegisterAny</a>
     */
    @Wraps({"virConnectDomainEventRegisterAny", "virConnectDomainEventDeregisterAny"})
    public EventRegistration domainEventPmSuspendRegister(Domain dom, EventListener<? super DomainEventPMSuspend> listener) {
        return registerDomain(dom, DomainEventID.PMSUSPEND, DomainEvents.pmSuspend(listener), listener);
    }

    /**
     * Registers a listener for {@link DomainEventBalloonChange} events ({@code VIR_DOMAIN_EVENT_ID_BALLOON_CHANGE}).
     *
     * <p>Wraps {@code virConnectDomainEventRegisterAny}; closing the registration wraps
     * {@code virConnectDomainEventDeregisterAny}.
     *
     * @param dom only this domain's events, or null for every domain's
     * @param listener runs on the event-loop thread; must not block
     * @return the registration; close it to deregister
     * @throws IllegalStateException when the {@link EventLoop} was not started
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virConnectDomainEventRegisterAny">virConnectDomainEventRegisterAny</a>
     */
    @Wraps({"virConnectDomainEventRegisterAny", "virConnectDomainEventDeregisterAny"})
    public EventRegistration domainEventBalloonChangeRegister(Domain dom, EventListener<? super DomainEventBalloonChange> listener) {
        return registerDomain(dom, DomainEventID.BALLOON_CHANGE, DomainEvents.balloonChange(listener), listener);
    }

    /**
     * Registers a listener for {@link DomainEventPMSuspendDisk} events ({@code VIR_DOMAIN_EVENT_ID_PMSUSPEND_DISK}).
     *
     * <p>Wraps {@code virConnectDomainEventRegisterAny}; closing the registration wraps
     * {@code virConnectDomainEventDeregisterAny}.
     *
     * @param dom only this domain's events, or null for every domain's
     * @param listener runs on the event-loop thread; must not block
     * @return the registration; close it to deregister
     * @throws IllegalStateException when the {@link EventLoop} was not started
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virConnectDomainEventRegisterAny">virConnectDomainEventRegisterAny</a>
     */
    @Wraps({"virConnectDomainEventRegisterAny", "virConnectDomainEventDeregisterAny"})
    public EventRegistration domainEventPmSuspendDiskRegister(Domain dom, EventListener<? super DomainEventPMSuspendDisk> listener) {
        return registerDomain(dom, DomainEventID.PMSUSPEND_DISK, DomainEvents.pmSuspendDisk(listener), listener);
    }

    /**
     * Registers a listener for {@link DomainEventTunable} events ({@code VIR_DOMAIN_EVENT_ID_TUNABLE}).
     *
     * <p>Wraps {@code virConnectDomainEventRegisterAny}; closing the registration wraps
     * {@code virConnectDomainEventDeregisterAny}.
     *
     * @param dom only this domain's events, or null for every domain's
     * @param listener runs on the event-loop thread; must not block
     * @return the registration; close it to deregister
     * @throws IllegalStateException when the {@link EventLoop} was not started
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virConnectDomainEventRegisterAny">virConnectDomainEventRegisterAny</a>
     */
    @Wraps({"virConnectDomainEventRegisterAny", "virConnectDomainEventDeregisterAny"})
    public EventRegistration domainEventTunableRegister(Domain dom, EventListener<? super DomainEventTunable> listener) {
        return registerDomain(dom, DomainEventID.TUNABLE, DomainEvents.tunable(listener), listener);
    }

    /**
     * Registers a listener for {@link DomainEventAgentLifecycle} events ({@code VIR_DOMAIN_EVENT_ID_AGENT_LIFECYCLE}).
     *
     * <p>Wraps {@code virConnectDomainEventRegisterAny}; closing the registration wraps
     * {@code virConnectDomainEventDeregisterAny}.
     *
     * @param dom only this domain's events, or null for every domain's
     * @param listener runs on the event-loop thread; must not block
     * @return the registration; close it to deregister
     * @throws IllegalStateException when the {@link EventLoop} was not started
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virConnectDomainEventRegisterAny">virConnectDomainEventRegisterAny</a>
     */
    @Wraps({"virConnectDomainEventRegisterAny", "virConnectDomainEventDeregisterAny"})
    public EventRegistration domainEventAgentLifecycleRegister(Domain dom, EventListener<? super DomainEventAgentLifecycle> listener) {
        return registerDomain(dom, DomainEventID.AGENT_LIFECYCLE, DomainEvents.agentLifecycle(listener), listener);
    }

    /**
     * Registers a listener for {@link DomainEventMetadataChange} events ({@code VIR_DOMAIN_EVENT_ID_METADATA_CHANGE}).
     *
     * <p>Wraps {@code virConnectDomainEventRegisterAny}; closing the registration wraps
     * {@code virConnectDomainEventDeregisterAny}.
     *
     * @param dom only this domain's events, or null for every domain's
     * @param listener runs on the event-loop thread; must not block
     * @return the registration; close it to deregister
     * @throws IllegalStateException when the {@link EventLoop} was not started
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virConnectDomainEventRegisterAny">virConnectDomainEventRegisterAny</a>
     */
    @Wraps({"virConnectDomainEventRegisterAny", "virConnectDomainEventDeregisterAny"})
    public EventRegistration domainEventMetadataChangeRegister(Domain dom, EventListener<? super DomainEventMetadataChange> listener) {
        return registerDomain(dom, DomainEventID.METADATA_CHANGE, DomainEvents.metadataChange(listener), listener);
    }

    /**
     * Registers a listener for {@link DomainEventMemoryFailure} events ({@code VIR_DOMAIN_EVENT_ID_MEMORY_FAILURE}).
     *
     * <p>Wraps {@code virConnectDomainEventRegisterAny}; closing the registration wraps
     * {@code virConnectDomainEventDeregisterAny}.
     *
     * @param dom only this domain's events, or null for every domain's
     * @param listener runs on the event-loop thread; must not block
     * @return the registration; close it to deregister
     * @throws IllegalStateException when the {@link EventLoop} was not started
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virConnectDomainEventRegisterAny">virConnectDomainEventRegisterAny</a>
     */
    @Wraps({"virConnectDomainEventRegisterAny", "virConnectDomainEventDeregisterAny"})
    public EventRegistration domainEventMemoryFailureRegister(Domain dom, EventListener<? super DomainEventMemoryFailure> listener) {
        return registerDomain(dom, DomainEventID.MEMORY_FAILURE, DomainEvents.memoryFailure(listener), listener);
    }

    /**
     * Registers a listener for lifecycle events of every domain with the legacy API (superseded
     * by {@link #domainEventLifecycleRegister}).
     *
     * <p>Wraps {@code virConnectDomainEventRegister}; closing the registration wraps
     * {@code virConnectDomainEventDeregister}.
     *
     * @param listener runs on the event-loop thread; must not block
     * @return the registration; close it to deregister
     * @throws IllegalStateException when the {@link EventLoop} was not started
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virConnectDomainEventRegister">virConnectDomainEventRegister</a>
     */
    @Wraps({"virConnectDomainEventRegister", "virConnectDomainEventDeregister"})
    public EventRegistration domainEventRegister(EventListener<? super DomainEventLifecycle> listener) {
        Objects.requireNonNull(listener, "listener");
        EventLoop.requireRunning();
        return register(EventRegistrations.Kind.DOMAIN_LEGACY, ObjectEvents.legacyLifecycle(listener), listener,
                "virConnectDomainEventRegister",
                (p, fn, op) -> CDomain.virConnectDomainEventRegister(p, fn, op, CallbackRegistry.FREE_POINTER),
                (c, id) -> 0);
    }
}
