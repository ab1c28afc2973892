package org.virtfx.libvirt;

import com.sun.jna.Callback;
import com.sun.jna.Pointer;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.virtfx.libvirt.internal.EventCallbacks;
import org.virtfx.libvirt.internal.NativeStrings;
import org.virtfx.libvirt.internal.Scratch;

/**
 * The JNA callbacks behind the domain event registrations: each copies libvirt's arguments into
 * a {@link DomainEvent} record and hands it to the listener through
 * {@link CallbackRegistry#deliver}. Runs on the event-loop thread. Stateless.
 */
final class DomainEvents {
    /** {@code VIR_UUID_STRING_BUFLEN}. */
    static final int UUID_STRING_BUFLEN = 37;

    private DomainEvents() {
    }

    static String name(Pointer dom) {
        return str(CDomain.virDomainGetName(dom));
    }

    static String uuid(Pointer dom) {
        Pointer buf = Scratch.get(UUID_STRING_BUFLEN);
        return CDomain.virDomainGetUUIDString(dom, buf) < 0 ? "" : str(buf);
    }

    /** @return the C string, or "" for NULL */
    static String str(Pointer p) {
        String s = NativeStrings.borrowUtf8(p);
        return s == null ? "" : s;
    }

    static Optional<String> opt(Pointer p) {
        return Optional.ofNullable(NativeStrings.borrowUtf8(p));
    }

    static Set<DomainMemoryFailureFlags> memoryFailureFlags(int mask) {
        Set<DomainMemoryFailureFlags> out = EnumSet.noneOf(DomainMemoryFailureFlags.class);
        for (DomainMemoryFailureFlags f : DomainMemoryFailureFlags.values()) {
            if ((mask & f.bit()) != 0) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * The callback for any event ID, delivering the sealed type.
     *
     * @param id the event ID
     * @param l the listener
     * @return the JNA callback
     */
    static Callback any(DomainEventID id, EventListener<? super DomainEvent> l) {
        return switch (id) {
            case LIFECYCLE -> lifecycle(l);
            case REBOOT -> reboot(l);
            case RTC_CHANGE -> rtcChange(l);
            case WATCHDOG -> watchdog(l);
            case IO_ERROR -> ioError(l);
            case GRAPHICS -> graphics(l);
            case IO_ERROR_REASON -> ioErrorReason(l);
            case CONTROL_ERROR -> controlError(l);
            case BLOCK_JOB -> blockJob(l);
            case DISK_CHANGE -> diskChange(l);
            case TRAY_CHANGE -> trayChange(l);
            case PMWAKEUP -> pmWakeup(l);
            case PMSUSPEND -> pmSuspend(l);
            case BALLOON_CHANGE -> balloonChange(l);
            case PMSUSPEND_DISK -> pmSuspendDisk(l);
            case DEVICE_REMOVED -> deviceRemoved(l);
            case BLOCK_JOB_2 -> blockJob(l);
            case TUNABLE -> tunable(l);
            case AGENT_LIFECYCLE -> agentLifecycle(l);
            case DEVICE_ADDED -> deviceAdded(l);
            case MIGRATION_ITERATION -> migrationIteration(l);
            case JOB_COMPLETED -> jobCompleted(l);
            case DEVICE_REMOVAL_FAILED -> deviceRemovalFailed(l);
            case METADATA_CHANGE -> metadataChange(l);
            case BLOCK_THRESHOLD -> blockThreshold(l);
            case MEMORY_FAILURE -> memoryFailure(l);
            case MEMORY_DEVICE_SIZE_CHANGE -> memoryDeviceSizeChange(l);
            case UNKNOWN -> throw new IllegalArgumentException("unknown domain event ID");
        };
    }

    static Callback lifecycle(EventListener<? super DomainEventLifecycle> l) {
        return (EventCallbacks.IntInt) (c, d, a, b, o) -> CallbackRegistry.deliver(l, () -> new DomainEventLifecycle(name(d), uuid(d), DomainEventType.of(a), b));
    }

    static Callback reboot(EventListener<? super DomainEventReboot> l) {
        return (EventCallbacks.Generic) (c, d, o) -> CallbackRegistry.deliver(l, () -> new DomainEventReboot(name(d), uuid(d)));
    }

    static Callback rtcChange(EventListener<? super DomainEventRTCChange> l) {
        return (EventCallbacks.OneLong) (c, d, a, o) -> CallbackRegistry.deliver(l, () -> new DomainEventRTCChange(name(d), uuid(d), a));
    }

    static Callback watchdog(EventListener<? super DomainEventWatchdog> l) {
        return (EventCallbacks.OneInt) (c, d, a, o) -> CallbackRegistry.deliver(l, () -> new DomainEventWatchdog(name(d), uuid(d), DomainEventWatchdogAction.of(a)));
    }

    static Callback ioError(EventListener<? super DomainEventIOError> l) {
        return (EventCallbacks.StrStrInt) (c, d, s1, s2, a, o) -> CallbackRegistry.deliver(l, () -> new DomainEventIOError(name(d), uuid(d), str(s1), str(s2), DomainEventIOErrorAction.of(a)));
    }

    static Callback graphics(EventListener<? super DomainEventGraphics> l) {
        return (EventCallbacks.Graphics) (c, d, phase, local, remote, scheme, subject, o) -> CallbackRegistry.deliver(l, () -> new DomainEventGraphics(name(d), uuid(d), DomainEventGraphicsPhase.of(phase), DomainEventGraphicsAddress.read(local), DomainEventGraphicsAddress.read(remote), str(scheme), DomainEventGraphicsAddress.subject(subject)));
    }

    static Callback ioErrorReason(EventListener<? super DomainEventIOErrorReason> l) {
        return (EventCallbacks.StrStrIntStr) (c, d, s1, s2, a, s3, o) -> CallbackRegistry.deliver(l, () -> new DomainEventIOErrorReason(name(d), uuid(d), str(s1), str(s2), DomainEventIOErrorAction.of(a), str(s3)));
    }

    static Callback controlError(EventListener<? super DomainEventControlError> l) {
        return (EventCallbacks.Generic) (c, d, o) -> CallbackRegistry.deliver(l, () -> new DomainEventControlError(name(d), uuid(d)));
    }

    static Callback blockJob(EventListener<? super DomainEventBlockJob> l) {
        return (EventCallbacks.StrIntInt) (c, d, s, a, b, o) -> CallbackRegistry.deliver(l, () -> new DomainEventBlockJob(name(d), uuid(d), str(s), DomainBlockJobType.of(a), ConnectDomainEventBlockJobStatus.of(b)));
    }

    static Callback diskChange(EventListener<? super DomainEventDiskChange> l) {
        return (EventCallbacks.StrStrStrInt) (c, d, s1, s2, s3, a, o) -> CallbackRegistry.deliver(l, () -> new DomainEventDiskChange(name(d), uuid(d), opt(s1), opt(s2), str(s3), ConnectDomainEventDiskChangeReason.of(a)));
    }

    static Callback trayChange(EventListener<? super DomainEventTrayChange> l) {
        return (EventCallbacks.PtrInt) (c, d, s, a, o) -> CallbackRegistry.deliver(l, () -> new DomainEventTrayChange(name(d), uuid(d), str(s), DomainEventTrayChangeReason.of(a)));
    }

    static Callback pmWakeup(EventListener<? super DomainEventPMWakeup> l) {
        return (EventCallbacks.OneInt) (c, d, a, o) -> CallbackRegistry.deliver(l, () -> new DomainEventPMWakeup(name(d), uuid(d), a));
    }

    static Callback pmSuspend(EventListener<? super DomainEventPMSuspend> l) {
        return (EventCallbacks.OneInt) (c, d, a, o) -> CallbackRegistry.deliver(l, () -> new DomainEventPMSuspend(name(d), uuid(d), a));
    }

    static Callback balloonChange(EventListener<? super DomainEventBalloonChange> l) {
        return (EventCallbacks.OneLong) (c, d, a, o) -> CallbackRegistry.deliver(l, () -> new DomainEventBalloonChange(name(d), uuid(d), a));
    }

    static Callback pmSuspendDisk(EventListener<? super DomainEventPMSuspendDisk> l) {
        return (EventCallbacks.OneInt) (c, d, a, o) -> CallbackRegistry.deliver(l, () -> new DomainEventPMSuspendDisk(name(d), uuid(d), a));
    }

    static Callback deviceRemoved(EventListener<? super DomainEventDeviceRemoved> l) {
        return (EventCallbacks.Str) (c, d, s, o) -> CallbackRegistry.deliver(l, () -> new DomainEventDeviceRemoved(name(d), uuid(d), str(s)));
    }

    static Callback tunable(EventListener<? super DomainEventTunable> l) {
        return (EventCallbacks.PtrInt) (c, d, p, n, o) -> CallbackRegistry.deliver(l, () -> new DomainEventTunable(name(d), uuid(d), TypedParamsCodec.unpack(p, n)));
    }

    static Callback agentLifecycle(EventListener<? super DomainEventAgentLifecycle> l) {
        return (EventCallbacks.IntInt) (c, d, a, b, o) -> CallbackRegistry.deliver(l, () -> new DomainEventAgentLifecycle(name(d), uuid(d), ConnectDomainEventAgentLifecycleState.of(a), ConnectDomainEventAgentLifecycleReason.of(b)));
    }

    static Callback deviceAdded(EventListener<? super DomainEventDeviceAdded> l) {
        return (EventCallbacks.Str) (c, d, s, o) -> CallbackRegistry.deliver(l, () -> new DomainEventDeviceAdded(name(d), uuid(d), str(s)));
    }

    static Callback migrationIteration(EventListener<? super DomainEventMigrationIteration> l) {
        return (EventCallbacks.OneInt) (c, d, a, o) -> CallbackRegistry.deliver(l, () -> new DomainEventMigrationIteration(name(d), uuid(d), a));
    }

    static Callback jobCompleted(EventListener<? super DomainEventJobCompleted> l) {
        return (EventCallbacks.PtrInt) (c, d, p, n, o) -> CallbackRegistry.deliver(l, () -> new DomainEventJobCompleted(name(d), uuid(d), TypedParamsCodec.unpack(p, n)));
    }

    static Callback deviceRemovalFailed(EventListener<? super DomainEventDeviceRemovalFailed> l) {
        return (EventCallbacks.Str) (c, d, s, o) -> CallbackRegistry.deliver(l, () -> new DomainEventDeviceRemovalFailed(name(d), uuid(d), str(s)));
    }

    static Callback metadataChange(EventListener<? super DomainEventMetadataChange> l) {
        return (EventCallbacks.IntStr) (c, d, a, s, o) -> CallbackRegistry.deliver(l, () -> new DomainEventMetadataChange(name(d), uuid(d), DomainMetadataType.of(a), opt(s)));
    }

    static Callback blockThreshold(EventListener<? super DomainEventBlockThreshold> l) {
        return (EventCallbacks.StrStrLongLong) (c, d, s1, s2, a, b, o) -> CallbackRegistry.deliver(l, () -> new DomainEventBlockThreshold(name(d), uuid(d), str(s1), opt(s2), a, b));
    }

    static Callback memoryFailure(EventListener<? super DomainEventMemoryFailure> l) {
        return (EventCallbacks.IntIntInt) (c, d, a, b, f, o) -> CallbackRegistry.deliver(l, () -> new DomainEventMemoryFailure(name(d), uuid(d), DomainMemoryFailureRecipientType.of(a), DomainMemoryFailureActionType.of(b), memoryFailureFlags(f)));
    }

    static Callback memoryDeviceSizeChange(EventListener<? super DomainEventMemoryDeviceSizeChange> l) {
        return (EventCallbacks.StrLong) (c, d, s, a, o) -> CallbackRegistry.deliver(l, () -> new DomainEventMemoryDeviceSizeChange(name(d), uuid(d), str(s), a));
    }
}
