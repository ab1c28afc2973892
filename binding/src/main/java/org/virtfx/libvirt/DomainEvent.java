package org.virtfx.libvirt;

/**
 * A domain event: one record type per {@link DomainEventID}, each an immutable copy of what
 * libvirt reported, with the domain's name and UUID (not a handle: nothing to close).
 *
 * <p>Sealed, so a listener registered for several IDs with
 * {@link Connect#domainEventRegisterAny} can switch over the types.
 */
public sealed interface DomainEvent permits DomainEventLifecycle, DomainEventReboot, DomainEventRTCChange, DomainEventWatchdog, DomainEventIOError, DomainEventGraphics, DomainEventIOErrorReason, DomainEventControlError, DomainEventBlockJob, DomainEventDiskChange, DomainEventTrayChange, DomainEventPMWakeup, DomainEventPMSuspend, DomainEventBalloonChange, DomainEventPMSuspendDisk, DomainEventDeviceRemoved, DomainEventTunable, DomainEventAgentLifecycle, DomainEventDeviceAdded, DomainEventMigrationIteration, DomainEventJobCompleted, DomainEventDeviceRemovalFailed, DomainEventMetadataChange, DomainEventBlockThreshold, DomainEventMemoryFailure, DomainEventMemoryDeviceSizeChange {
    /** @return the domain's name */
    String domainName();

    /** @return the domain's UUID, as text */
    String domainUuid();
}
