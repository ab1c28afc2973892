package org.virtfx.libvirt;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import java.util.Objects;
import java.util.Set;

/**
 * A domain's lifecycle with flags: start, shut down, reboot, reset, destroy, undefine, power
 * management suspend and wake-up, rename.
 *
 * <p>One layer of {@link Domain}'s API: the methods are public and reached through
 * {@code Domain}; the class is package-private so that each area of libvirt gets a file of its
 * own. Thread-safe.
 */
abstract class DomainLifecycleOps extends DomainBase {

    DomainLifecycleOps(Pointer pointer) {
        super(pointer);
    }

    /**
     * Starts a defined (shut off) domain, with flags.
     *
     * <p>Wraps {@code virDomainCreateWithFlags}.
     *
     * @param flags such as {@link DomainCreateFlags#START_PAUSED}
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainCreateWithFlags">virDomainCreateWithFlags</a>
     */
    @Wraps("virDomainCreateWithFlags")
    public void create(Set<DomainCreateFlags> flags) {
        int mask = BitFlag.mask(flags);
        callInt("virDomainCreateWithFlags", p -> CDomain.virDomainCreateWithFlags(p, mask));
    }

    /**
     * Starts a defined domain, passing it open file descriptors (containers).
     *
     * <p>Wraps {@code virDomainCreateWithFiles}.
     *
     * @param files the file descriptors, each non-negative; the caller keeps them open
     * @see #createWithFiles(int[], Set)
     */
    @Wraps("virDomainCreateWithFiles")
    public void createWithFiles(int[] files) {
        createWithFiles(files, Set.of());
    }

    /**
     * Starts a defined domain, passing it open file descriptors, with flags.
     *
     * <p>Wraps {@code virDomainCreateWithFiles}. Only container drivers (LXC) use the
     * descriptors; they appear in the guest's init process as descriptors 3 and up.
     *
     * @param files the file descriptors, each non-negative; the caller keeps them open
     * @param flags such as {@link DomainCreateFlags#START_PAUSED}
     * @throws IllegalArgumentException when a descriptor is negative
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainCreateWithFiles">virDomainCreateWithFiles</a>
     */
    @Wraps("virDomainCreateWithFiles")
    public void createWithFiles(int[] files, Set<DomainCreateFlags> flags) {
        int mask = BitFlag.mask(flags);
        try (Memory fds = HandleArrays.fdMemory(files)) {
            callInt("virDomainCreateWithFiles", p -> CDomain.virDomainCreateWithFiles(p, files.length, fds, mask));
        }
    }

    /**
     * Asks the guest to shut down, choosing how; returns before the guest has stopped.
     *
     * <p>Wraps {@code virDomainShutdownFlags}.
     *
     * @param flags the methods to try, such as {@link DomainShutdownFlagValues#ACPI_POWER_BTN};
     *     empty lets the hypervisor choose
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainShutdownFlags">virDomainShutdownFlags</a>
     */
    @Wraps("virDomainShutdownFlags")
    public void shutdown(Set<DomainShutdownFlagValues> flags) {
        int mask = BitFlag.mask(flags);
        callInt("virDomainShutdownFlags", p -> CDomain.virDomainShutdownFlags(p, mask));
    }

    /**
     * Asks the guest to reboot; the hypervisor chooses how.
     *
     * <p>Wraps {@code virDomainReboot}.
     *
     * @see #reboot(Set)
     */
    @Wraps("virDomainReboot")
    public void reboot() {
        reboot(Set.of());
    }

    /**
     * Asks the guest to reboot, choosing how; returns before the guest has rebooted.
     *
     * <p>Wraps {@code virDomainReboot}.
     *
     * @param flags the methods to try, such as {@link DomainRebootFlagValues#GUEST_AGENT}; empty
     *     lets the hypervisor choose
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainReboot">virDomainReboot</a>
     */
    @Wraps("virDomainReboot")
    public void reboot(Set<DomainRebootFlagValues> flags) {
        int mask = BitFlag.mask(flags);
        callInt("virDomainReboot", p -> CDomain.virDomainReboot(p, mask));
    }

    /**
     * Resets the domain at once, like the reset button, without a guest shutdown.
     *
     * <p>Wraps {@code virDomainReset}.
     *
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainReset">virDomainReset</a>
     */
    @Wraps("virDomainReset")
    public void reset() {
        callInt("virDomainReset", p -> CDomain.virDomainReset(p, 0));
    }

    /**
     * Stops the domain, with flags ({@link DomainDestroyFlagsValues#GRACEFUL}: only SIGTERM, no
     * SIGKILL).
     *
     * <p>Wraps {@code virDomainDestroyFlags}.
     *
     * @param flags the flags; empty is the same as {@link #destroy()}
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainDestroyFlags">virDomainDestroyFlags</a>
     */
    @Wraps("virDomainDestroyFlags")
    public void destroy(Set<DomainDestroyFlagsValues> flags) {
        int mask = BitFlag.mask(flags);
        callInt("virDomainDestroyFlags", p -> CDomain.virDomainDestroyFlags(p, mask));
    }

    /**
     * Removes the domain's persistent definition; a running domain becomes transient.
     *
     * <p>Wraps {@code virDomainUndefine}.
     *
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainUndefine">virDomainUndefine</a>
     */
    @Wraps("virDomainUndefine")
    public void undefine() {
        callInt("virDomainUndefine", CDomain::virDomainUndefine);
    }

    /**
     * Removes the domain's persistent definition, with flags saying what else to remove.
     *
     * <p>Wraps {@code virDomainUndefineFlags}.
     *
     * @param flags such as {@link DomainUndefineFlagsValues#NVRAM} or
     *     {@link DomainUndefineFlagsValues#SNAPSHOTS_METADATA}
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainUndefineFlags">virDomainUndefineFlags</a>
     */
    @Wraps("virDomainUndefineFlags")
    public void undefine(Set<DomainUndefineFlagsValues> flags) {
        int mask = BitFlag.mask(flags);
        callInt("virDomainUndefineFlags", p -> CDomain.virDomainUndefineFlags(p, mask));
    }

    /**
     * Asks the guest to enter a power-management sleep state (usually through the guest agent).
     *
     * <p>Wraps {@code virDomainPMSuspendForDuration}.
     *
     * @param target {@link NodeSuspendTarget#MEM}, {@link NodeSuspendTarget#DISK} or
     *     {@link NodeSuspendTarget#HYBRID}
     * @param durationSeconds wake up after this many seconds; 0 for no timed wake-up (some
     *     hypervisors require 0)
     * @throws IllegalArgumentException for {@link NodeSuspendTarget#UNKNOWN} or a negative duration
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainPMSuspendForDuration">virDomainPMSuspendForDuration</a>
     */
    @Wraps("virDomainPMSuspendForDuration")
    public void pmSuspendForDuration(NodeSuspendTarget target, long durationSeconds) {
        Objects.requireNonNull(target, "target");
        if (target == NodeSuspendTarget.UNKNOWN) {
            throw new IllegalArgumentException("target must be MEM, DISK or HYBRID");
        }
        if (durationSeconds < 0) {
            throw new IllegalArgumentException("negative duration: " + durationSeconds);
        }
        int value = target.value();
        callInt("virDomainPMSuspendForDuration",
                p -> CDomain.virDomainPMSuspendForDuration(p, value, durationSeconds, 0));
    }

    /**
     * Wakes up a guest that a {@link #pmSuspendForDuration} call put to sleep.
     *
     * <p>Wraps {@code virDomainPMWakeup}.
     *
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainPMWakeup">virDomainPMWakeup</a>
     */
    @Wraps("virDomainPMWakeup")
    public void pmWakeup() {
        callInt("virDomainPMWakeup", p -> CDomain.virDomainPMWakeup(p, 0));
    }

    /**
     * Renames the domain; drivers usually require it to be shut off.
     *
     * <p>Wraps {@code virDomainRename}. Names derived from the old name at definition time (disk
     * paths, for example) are not changed.
     *
     * @param newName the new name
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainRename">virDomainRename</a>
     */
    @Wraps("virDomainRename")
    public void rename(String newName) {
        Objects.requireNonNull(newName, "newName");
        callInt("virDomainRename", p -> CDomain.virDomainRename(p, newName, 0));
    }
}
