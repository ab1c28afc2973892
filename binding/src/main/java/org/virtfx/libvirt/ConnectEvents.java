package org.virtfx.libvirt;

import com.sun.jna.Callback;
import com.sun.jna.CallbackReference;
import com.sun.jna.Pointer;
import java.util.Objects;
import java.util.function.ToIntFunction;

/**
 * Event registration for every kind of object, and the close callback.
 *
 * <p>One layer of {@link Connect}'s API: the methods are public and reached through
 * {@code Connect}; the class is package-private so that each area of libvirt gets a file of its
 * own. Thread-safe.
 *
 * <p>Events need libvirt's event loop: call {@link EventLoop#start()} before opening the
 * connection. Listeners run on the loop's thread, must not block, and get immutable records.
 * Each registration method returns an {@link EventRegistration}; closing it (or this
 * connection) deregisters the listener. The listener stays strongly reachable until libvirt has
 * released it, so it keeps working however much garbage is collected.
 */
abstract class ConnectEvents extends ConnectDevices {

    ConnectEvents(Pointer pointer) {
        super(pointer);
    }

    /** {@code virConnectXEventRegisterAny(conn, obj, eventID, cb, opaque, freecb)} with the ID bound. */
    @FunctionalInterface
    interface RegisterCall {
        int call(Pointer conn, Pointer obj, Pointer fn, Pointer opaque);
    }

    /** {@code virConnectXEventDeregisterAny(conn, callbackID)}. */
    @FunctionalInterface
    interface DeregisterCall {
        int call(Pointer conn, int callbackId);
    }

    final EventRegistration registerDomain(Domain dom, DomainEventID id, Callback cb, Object listener) {
        return registerObject(dom, EventRegistrations.Kind.DOMAIN, cb, listener, "virConnectDomainEventRegisterAny",
                (p, o, fn, op) -> CDomain.virConnectDomainEventRegisterAny(p, o, id.value(), fn, op,
                        CallbackRegistry.FREE_POINTER),
                CDomain::virConnectDomainEventDeregisterAny);
    }

    final EventRegistration registerObject(Handle obj, EventRegistrations.Kind kind, Callback cb, Object listener,
            String function, RegisterCall register, DeregisterCall deregister) {
        Objects.requireNonNull(listener, "listener");
        EventLoop.requireRunning();
        Pointer o = obj == null ? null : obj.acquire();
        try {
            return register(kind, cb, listener, function,
                    (p, fn, op) -> register.call(p, o, fn, op), deregister::call);
        } finally {
            if (obj != null) {
                obj.release();
            }
        }
    }

    /** A registration call without the object. */
    @FunctionalInterface
    private interface Call3 {
        int call(Pointer conn, Pointer fn, Pointer opaque);
    }

    private EventRegistration register(EventRegistrations.Kind kind, Callback cb, Object listener, String function,
            Call3 register, DeregisterCall deregister) {
        Pointer fn = CallbackReference.getFunctionPointer(cb);
        Pointer opaque = CallbackRegistry.pin(cb, listener);
        Pointer p = acquire();
        try {
            int id = register.call(p, fn, opaque);
            if (id < 0) {
                LibvirtException e = ErrorCapture.lastError(function);
                CallbackRegistry.unpin(opaque);
                throw e;
            }
            // The legacy and close registrations return 0, not an id: they are found by function.
            boolean byId = kind != EventRegistrations.Kind.DOMAIN_LEGACY && kind != EventRegistrations.Kind.CLOSE;
            return registrations().add(kind, byId ? id : -1,
                    byId ? c -> deregister.call(c, id) : c -> deregisterByFunction(kind, c, fn));
        } finally {
            release();
        }
    }

    private static int deregisterByFunction(EventRegistrations.Kind kind, Pointer conn, Pointer fn) {
        return kind == EventRegistrations.Kind.CLOSE ? CHost.virConnectUnregisterCloseCallback(conn, fn)
                : CDomain.virConnectDomainEventDeregister(conn, fn);
    }

    private void deregisterAny(EventRegistrations.Kind kind, String function, int callbackId,
            ToIntFunction<Pointer> call) {
        synchronized (registrations().lock()) {
            callInt(function, call);
            registrations().forget(kind, callbackId);
        }
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
     * Registers a listener for {@link DomainEventIOError} events ({@code VIR_DOMAIN_EVENT_ID_IO_ERROR}).
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
    public EventRegistration domainEventIoErrorRegister(Domain dom, EventListener<? super DomainEventIOError> listener) {
        return registerDomain(dom, DomainEventID.IO_ERROR, DomainEvents.ioError(listener), listener);
    }

    /**
     * Registers a listener for {@link DomainEventGraphics} events ({@code VIR_DOMAIN_EVENT_ID_GRAPHICS}).
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
    public EventRegistration domainEventGraphicsRegister(Domain dom, EventListener<? super DomainEventGraphics> listener) {
        return registerDomain(dom, DomainEventID.GRAPHICS, DomainEvents.graphics(listener), listener);
    }

    /**
     * Registers a listener for {@link DomainEventIOErrorReason} events ({@code VIR_DOMAIN_EVENT_ID_IO_ERROR_REASON}).
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
    public EventRegistration domainEventIoErrorReasonRegister(Domain dom, EventListener<? super DomainEventIOErrorReason> listener) {
        return registerDomain(dom, DomainEventID.IO_ERROR_REASON, DomainEvents.ioErrorReason(listener), listener);
    }

    /**
     * Registers a listener for {@link DomainEventControlError} events ({@code VIR_DOMAIN_EVENT_ID_CONTROL_ERROR}).
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
    public EventRegistration domainEventControlErrorRegister(Domain dom, EventListener<? super DomainEventControlError> listener) {
        return registerDomain(dom, DomainEventID.CONTROL_ERROR, DomainEvents.controlError(listener), listener);
    }

    /**
     * Registers a listener for {@link DomainEventBlockJob} events ({@code VIR_DOMAIN_EVENT_ID_BLOCK_JOB}; the disk is named by its file path).
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
    public EventRegistration domainEventBlockJobRegister(Domain dom, EventListener<? super DomainEventBlockJob> listener) {
        return registerDomain(dom, DomainEventID.BLOCK_JOB, DomainEvents.blockJob(listener), listener);
    }

    /**
     * Registers a listener for {@link DomainEventDiskChange} events ({@code VIR_DOMAIN_EVENT_ID_DISK_CHANGE}).
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
    public EventRegistration domainEventDiskChangeRegister(Domain dom, EventListener<? super DomainEventDiskChange> listener) {
        return registerDomain(dom, DomainEventID.DISK_CHANGE, DomainEvents.diskChange(listener), listener);
    }

    /**
     * Registers a listener for {@link DomainEventTrayChange} events ({@code VIR_DOMAIN_EVENT_ID_TRAY_CHANGE}).
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
    public EventRegistration domainEventTrayChangeRegister(Domain dom, EventListener<? super DomainEventTrayChange> listener) {
        return registerDomain(dom, DomainEventID.TRAY_CHANGE, DomainEvents.trayChange(listener), listener);
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
     * Registers a listener for {@link DomainEventDeviceRemoved} events ({@code VIR_DOMAIN_EVENT_ID_DEVICE_REMOVED}).
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
    public EventRegistration domainEventDeviceRemovedRegister(Domain dom, EventListener<? super DomainEventDeviceRemoved> listener) {
        return registerDomain(dom, DomainEventID.DEVICE_REMOVED, DomainEvents.deviceRemoved(listener), listener);
    }

    /**
     * Registers a listener for {@link DomainEventBlockJob} events ({@code VIR_DOMAIN_EVENT_ID_BLOCK_JOB_2}; the disk is named by its target, such as {@code vda}).
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
    public EventRegistration domainEventBlockJob2Register(Domain dom, EventListener<? super DomainEventBlockJob> listener) {
        return registerDomain(dom, DomainEventID.BLOCK_JOB_2, DomainEvents.blockJob(listener), listener);
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
     * Registers a listener for {@link DomainEventDeviceAdded} events ({@code VIR_DOMAIN_EVENT_ID_DEVICE_ADDED}).
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
    public EventRegistration domainEventDeviceAddedRegister(Domain dom, EventListener<? super DomainEventDeviceAdded> listener) {
        return registerDomain(dom, DomainEventID.DEVICE_ADDED, DomainEvents.deviceAdded(listener), listener);
    }

    /**
     * Registers a listener for {@link DomainEventMigrationIteration} events ({@code VIR_DOMAIN_EVENT_ID_MIGRATION_ITERATION}).
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
    public EventRegistration domainEventMigrationIterationRegister(Domain dom, EventListener<? super DomainEventMigrationIteration> listener) {
        return registerDomain(dom, DomainEventID.MIGRATION_ITERATION, DomainEvents.migrationIteration(listener), listener);
    }

    /**
     * Registers a listener for {@link DomainEventJobCompleted} events ({@code VIR_DOMAIN_EVENT_ID_JOB_COMPLETED}).
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
    public EventRegistration domainEventJobCompletedRegister(Domain dom, EventListener<? super DomainEventJobCompleted> listener) {
        return registerDomain(dom, DomainEventID.JOB_COMPLETED, DomainEvents.jobCompleted(listener), listener);
    }

    /**
     * Registers a listener for {@link DomainEventDeviceRemovalFailed} events ({@code VIR_DOMAIN_EVENT_ID_DEVICE_REMOVAL_FAILED}).
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
    public EventRegistration domainEventDeviceRemovalFailedRegister(Domain dom, EventListener<? super DomainEventDeviceRemovalFailed> listener) {
        return registerDomain(dom, DomainEventID.DEVICE_REMOVAL_FAILED, DomainEvents.deviceRemovalFailed(listener), listener);
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
     * Registers a listener for {@link DomainEventBlockThreshold} events ({@code VIR_DOMAIN_EVENT_ID_BLOCK_THRESHOLD}).
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
    public EventRegistration domainEventBlockThresholdRegister(Domain dom, EventListener<? super DomainEventBlockThreshold> listener) {
        return registerDomain(dom, DomainEventID.BLOCK_THRESHOLD, DomainEvents.blockThreshold(listener), listener);
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
     * Registers a listener for {@link DomainEventMemoryDeviceSizeChange} events ({@code VIR_DOMAIN_EVENT_ID_MEMORY_DEVICE_SIZE_CHANGE}).
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
    public EventRegistration domainEventMemoryDeviceSizeChangeRegister(Domain dom, EventListener<? super DomainEventMemoryDeviceSizeChange> listener) {
        return registerDomain(dom, DomainEventID.MEMORY_DEVICE_SIZE_CHANGE, DomainEvents.memoryDeviceSizeChange(listener), listener);
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

    /**
     * Registers a listener for {@link NetworkEventLifecycle} events ({@code VIR_NETWORK_EVENT_ID_LIFECYCLE}).
     *
     * <p>Wraps {@code virConnectNetworkEventRegisterAny}; closing the registration wraps {@code virConnectNetworkEventDeregisterAny}.
     *
     * @param net only this network's events, or null for every network's
     * @param listener runs on the event-loop thread; must not block
     * @return the registration; close it to deregister
     * @throws IllegalStateException when the {@link EventLoop} was not started
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-network.html#virConnectNetworkEventRegisterAny">virConnectNetworkEventRegisterAny</a>
     */
    @Wraps({"virConnectNetworkEventRegisterAny", "virConnectNetworkEventDeregisterAny"})
    public EventRegistration networkEventLifecycleRegister(Network net, EventListener<? super NetworkEventLifecycle> listener) {
        return registerObject(net, EventRegistrations.Kind.NETWORK, ObjectEvents.networkLifecycle(listener), listener,
                "virConnectNetworkEventRegisterAny",
                (p, o, fn, op) -> CNetwork.virConnectNetworkEventRegisterAny(p, o, NetworkEventID.LIFECYCLE.value(), fn, op,
                        CallbackRegistry.FREE_POINTER),
                CNetwork::virConnectNetworkEventDeregisterAny);
    }

    /**
     * Registers a listener for {@link StoragePoolEventLifecycle} events ({@code VIR_STORAGE_POOL_EVENT_ID_LIFECYCLE}).
     *
     * <p>Wraps {@code virConnectStoragePoolEventRegisterAny}; closing the registration wraps {@code virConnectStoragePoolEventDeregisterAny}.
     *
     * @param pool only this pool's events, or null for every pool's
     * @param listener runs on the event-loop thread; must not block
     * @return the registration; close it to deregister
     * @throws IllegalStateException when the {@link EventLoop} was not started
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-storage.html#virConnectStoragePoolEventRegisterAny">virConnectStoragePoolEventRegisterAny</a>
     */
    @Wraps({"virConnectStoragePoolEventRegisterAny", "virConnectStoragePoolEventDeregisterAny"})
    public EventRegistration storagePoolEventLifecycleRegister(StoragePool pool, EventListener<? super StoragePoolEventLifecycle> listener) {
        return registerObject(pool, EventRegistrations.Kind.STORAGE_POOL, ObjectEvents.poolLifecycle(listener), listener,
                "virConnectStoragePoolEventRegisterAny",
                (p, o, fn, op) -> CStorage.virConnectStoragePoolEventRegisterAny(p, o, StoragePoolEventID.LIFECYCLE.value(), fn,
                        op, CallbackRegistry.FREE_POINTER),
                CStorage::virConnectStoragePoolEventDeregisterAny);
    }

    /**
     * Registers a listener for {@link StoragePoolEventRefresh} events ({@code VIR_STORAGE_POOL_EVENT_ID_REFRESH}).
     *
     * <p>Wraps {@code virConnectStoragePoolEventRegisterAny}; closing the registration wraps {@code virConnectStoragePoolEventDeregisterAny}.
     *
     * @param pool only this pool's events, or null for every pool's
     * @param listener runs on the event-loop thread; must not block
     * @return the registration; close it to deregister
     * @throws IllegalStateException when the {@link EventLoop} was not started
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-storage.html#virConnectStoragePoolEventRegisterAny">virConnectStoragePoolEventRegisterAny</a>
     */
    @Wraps({"virConnectStoragePoolEventRegisterAny", "virConnectStoragePoolEventDeregisterAny"})
    public EventRegistration storagePoolEventRefreshRegister(StoragePool pool, EventListener<? super StoragePoolEventRefresh> listener) {
        return registerObject(pool, EventRegistrations.Kind.STORAGE_POOL, ObjectEvents.poolRefresh(listener), listener,
                "virConnectStoragePoolEventRegisterAny",
                (p, o, fn, op) -> CStorage.virConnectStoragePoolEventRegisterAny(p, o, StoragePoolEventID.REFRESH.value(), fn,
                        op, CallbackRegistry.FREE_POINTER),
                CStorage::virConnectStoragePoolEventDeregisterAny);
    }

    /**
     * Registers a listener for {@link NodeDeviceEventLifecycle} events ({@code VIR_NODE_DEVICE_EVENT_ID_LIFECYCLE}).
     *
     * <p>Wraps {@code virConnectNodeDeviceEventRegisterAny}; closing the registration wraps {@code virConnectNodeDeviceEventDeregisterAny}.
     *
     * @param dev only this device's events, or null for every device's
     * @param listener runs on the event-loop thread; must not block
     * @return the registration; close it to deregister
     * @throws IllegalStateException when the {@link EventLoop} was not started
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-nodedev.html#virConnectNodeDeviceEventRegisterAny">virConnectNodeDeviceEventRegisterAny</a>
     */
    @Wraps({"virConnectNodeDeviceEventRegisterAny", "virConnectNodeDeviceEventDeregisterAny"})
    public EventRegistration nodeDeviceEventLifecycleRegister(NodeDevice dev, EventListener<? super NodeDeviceEventLifecycle> listener) {
        return registerObject(dev, EventRegistrations.Kind.NODE_DEVICE, ObjectEvents.nodeDeviceLifecycle(listener), listener,
                "virConnectNodeDeviceEventRegisterAny",
                (p, o, fn, op) -> CNodeDev.virConnectNodeDeviceEventRegisterAny(p, o, NodeDeviceEventID.LIFECYCLE.value(), fn,
                        op, CallbackRegistry.FREE_POINTER),
                CNodeDev::virConnectNodeDeviceEventDeregisterAny);
    }

    /**
     * Registers a listener for {@link NodeDeviceEventUpdate} events ({@code VIR_NODE_DEVICE_EVENT_ID_UPDATE}).
     *
     * <p>Wraps {@code virConnectNodeDeviceEventRegisterAny}; closing the registration wraps {@code virConnectNodeDeviceEventDeregisterAny}.
     *
     * @param dev only this device's events, or null for every device's
     * @param listener runs on the event-loop thread; must not block
     * @return the registration; close it to deregister
     * @throws IllegalStateException when the {@link EventLoop} was not started
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-nodedev.html#virConnectNodeDeviceEventRegisterAny">virConnectNodeDeviceEventRegisterAny</a>
     */
    @Wraps({"virConnectNodeDeviceEventRegisterAny", "virConnectNodeDeviceEventDeregisterAny"})
    public EventRegistration nodeDeviceEventUpdateRegister(NodeDevice dev, EventListener<? super NodeDeviceEventUpdate> listener) {
        return registerObject(dev, EventRegistrations.Kind.NODE_DEVICE, ObjectEvents.nodeDeviceUpdate(listener), listener,
                "virConnectNodeDeviceEventRegisterAny",
                (p, o, fn, op) -> CNodeDev.virConnectNodeDeviceEventRegisterAny(p, o, NodeDeviceEventID.UPDATE.value(), fn,
                        op, CallbackRegistry.FREE_POINTER),
                CNodeDev::virConnectNodeDeviceEventDeregisterAny);
    }

    /**
     * Registers a listener for {@link SecretEventLifecycle} events ({@code VIR_SECRET_EVENT_ID_LIFECYCLE}).
     *
     * <p>Wraps {@code virConnectSecretEventRegisterAny}; closing the registration wraps {@code virConnectSecretEventDeregisterAny}.
     *
     * @param secret only this secret's events, or null for every secret's
     * @param listener runs on the event-loop thread; must not block
     * @return the registration; close it to deregister
     * @throws IllegalStateException when the {@link EventLoop} was not started
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-secret.html#virConnectSecretEventRegisterAny">virConnectSecretEventRegisterAny</a>
     */
    @Wraps({"virConnectSecretEventRegisterAny", "virConnectSecretEventDeregisterAny"})
    public EventRegistration secretEventLifecycleRegister(Secret secret, EventListener<? super SecretEventLifecycle> listener) {
        return registerObject(secret, EventRegistrations.Kind.SECRET, ObjectEvents.secretLifecycle(listener), listener,
                "virConnectSecretEventRegisterAny",
                (p, o, fn, op) -> CSecret.virConnectSecretEventRegisterAny(p, o, SecretEventID.LIFECYCLE.value(), fn, op,
                        CallbackRegistry.FREE_POINTER),
                CSecret::virConnectSecretEventDeregisterAny);
    }

    /**
     * Registers a listener for {@link SecretEventValueChanged} events ({@code VIR_SECRET_EVENT_ID_VALUE_CHANGED}).
     *
     * <p>Wraps {@code virConnectSecretEventRegisterAny}; closing the registration wraps {@code virConnectSecretEventDeregisterAny}.
     *
     * @param secret only this secret's events, or null for every secret's
     * @param listener runs on the event-loop thread; must not block
     * @return the registration; close it to deregister
     * @throws IllegalStateException when the {@link EventLoop} was not started
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-secret.html#virConnectSecretEventRegisterAny">virConnectSecretEventRegisterAny</a>
     */
    @Wraps({"virConnectSecretEventRegisterAny", "virConnectSecretEventDeregisterAny"})
    public EventRegistration secretEventValueChangedRegister(Secret secret, EventListener<? super SecretEventValueChanged> listener) {
        return registerObject(secret, EventRegistrations.Kind.SECRET, ObjectEvents.secretValueChanged(listener), listener,
                "virConnectSecretEventRegisterAny",
                (p, o, fn, op) -> CSecret.virConnectSecretEventRegisterAny(p, o, SecretEventID.VALUE_CHANGED.value(), fn, op,
                        CallbackRegistry.FREE_POINTER),
                CSecret::virConnectSecretEventDeregisterAny);
    }


    /**
     * Registers the connection's close callback, told why a connection closed unexpectedly
     * (keepalive timeout, end of file, error). At most one per connection.
     *
     * <p>Wraps {@code virConnectRegisterCloseCallback}; closing the registration wraps
     * {@code virConnectUnregisterCloseCallback}.
     *
     * @param listener runs on the event-loop thread; must not block
     * @return the registration; close it to unregister
     * @throws IllegalStateException when the {@link EventLoop} was not started
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-host.html#virConnectRegisterCloseCallback">virConnectRegisterCloseCallback</a>
     */
    @Wraps({"virConnectRegisterCloseCallback", "virConnectUnregisterCloseCallback"})
    public EventRegistration registerCloseCallback(EventListener<? super ConnectCloseReason> listener) {
        Objects.requireNonNull(listener, "listener");
        EventLoop.requireRunning();
        return register(EventRegistrations.Kind.CLOSE, ObjectEvents.close(listener), listener,
                "virConnectRegisterCloseCallback",
                (p, fn, op) -> CHost.virConnectRegisterCloseCallback(p, fn, op, CallbackRegistry.FREE_POINTER),
                (c, id) -> 0);
    }

    /**
     * Unregisters the close callback registered through this handle, as closing its
     * registration does.
     *
     * <p>Wraps {@code virConnectUnregisterCloseCallback}.
     *
     * @throws IllegalStateException when none is registered through this handle
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-host.html#virConnectUnregisterCloseCallback">virConnectUnregisterCloseCallback</a>
     */
    @Wraps("virConnectUnregisterCloseCallback")
    public void unregisterCloseCallback() {
        if (!registrations().closeFirst(EventRegistrations.Kind.CLOSE)) {
            throw new IllegalStateException("no close callback registered through this handle");
        }
    }

    /**
     * Deregisters a domain event listener by libvirt's callback id ({@link EventRegistration#callbackId()});
     * the matching registration, if made through this handle, counts as closed afterwards.
     *
     * <p>Wraps {@code virConnectDomainEventDeregisterAny}.
     *
     * @param callbackId the id
     * @throws LibvirtException when there is no such registration
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virConnectDomainEventDeregisterAny">virConnectDomainEventDeregisterAny</a>
     */
    @Wraps("virConnectDomainEventDeregisterAny")
    public void domainEventDeregisterAny(int callbackId) {
        deregisterAny(EventRegistrations.Kind.DOMAIN, "virConnectDomainEventDeregisterAny", callbackId, p -> CDomain.virConnectDomainEventDeregisterAny(p, callbackId));
    }

    /**
     * Deregisters a network event listener by libvirt's callback id ({@link EventRegistration#callbackId()});
     * the matching registration, if made through this handle, counts as closed afterwards.
     *
     * <p>Wraps {@code virConnectNetworkEventDeregisterAny}.
     *
     * @param callbackId the id
     * @throws LibvirtException when there is no such registration
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-network.html#virConnectNetworkEventDeregisterAny">virConnectNetworkEventDeregisterAny</a>
     */
    @Wraps("virConnectNetworkEventDeregisterAny")
    public void networkEventDeregisterAny(int callbackId) {
        deregisterAny(EventRegistrations.Kind.NETWORK, "virConnectNetworkEventDeregisterAny", callbackId, p -> CNetwork.virConnectNetworkEventDeregisterAny(p, callbackId));
    }

    /**
     * Deregisters a storage pool event listener by libvirt's callback id ({@link EventRegistration#callbackId()});
     * the matching registration, if made through this handle, counts as closed afterwards.
     *
     * <p>Wraps {@code virConnectStoragePoolEventDeregisterAny}.
     *
     * @param callbackId the id
     * @throws LibvirtException when there is no such registration
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-storage.html#virConnectStoragePoolEventDeregisterAny">virConnectStoragePoolEventDeregisterAny</a>
     */
    @Wraps("virConnectStoragePoolEventDeregisterAny")
    public void storagePoolEventDeregisterAny(int callbackId) {
        deregisterAny(EventRegistrations.Kind.STORAGE_POOL, "virConnectStoragePoolEventDeregisterAny", callbackId, p -> CStorage.virConnectStoragePoolEventDeregisterAny(p, callbackId));
    }

    /**
     * Deregisters a node device event listener by libvirt's callback id ({@link EventRegistration#callbackId()});
     * the matching registration, if made through this handle, counts as closed afterwards.
     *
     * <p>Wraps {@code virConnectNodeDeviceEventDeregisterAny}.
     *
     * @param callbackId the id
     * @throws LibvirtException when there is no such registration
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-nodedev.html#virConnectNodeDeviceEventDeregisterAny">virConnectNodeDeviceEventDeregisterAny</a>
     */
    @Wraps("virConnectNodeDeviceEventDeregisterAny")
    public void nodeDeviceEventDeregisterAny(int callbackId) {
        deregisterAny(EventRegistrations.Kind.NODE_DEVICE, "virConnectNodeDeviceEventDeregisterAny", callbackId, p -> CNodeDev.virConnectNodeDeviceEventDeregisterAny(p, callbackId));
    }

    /**
     * Deregisters a secret event listener by libvirt's callback id ({@link EventRegistration#callbackId()});
     * the matching registration, if made through this handle, counts as closed afterwards.
     *
     * <p>Wraps {@code virConnectSecretEventDeregisterAny}.
     *
     * @param callbackId the id
     * @throws LibvirtException when there is no such registration
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-secret.html#virConnectSecretEventDeregisterAny">virConnectSecretEventDeregisterAny</a>
     */
    @Wraps("virConnectSecretEventDeregisterAny")
    public void secretEventDeregisterAny(int callbackId) {
        deregisterAny(EventRegistrations.Kind.SECRET, "virConnectSecretEventDeregisterAny", callbackId, p -> CSecret.virConnectSecretEventDeregisterAny(p, callbackId));
    }
}
