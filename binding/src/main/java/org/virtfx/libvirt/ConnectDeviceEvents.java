package org.virtfx.libvirt;

import com.sun.jna.Pointer;

/**
 * Domain events about devices, disks and jobs: I/O errors, graphics, block jobs, media, hot-plug, migration.
 *
 * <p>One layer of {@link Connect}'s API: package-private so that each area of libvirt
 * gets a file of its own. Thread-safe.
 */
abstract class ConnectDeviceEvents extends ConnectDomainEvents {

    ConnectDeviceEvents(Pointer pointer) {
        super(pointer);
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
}
