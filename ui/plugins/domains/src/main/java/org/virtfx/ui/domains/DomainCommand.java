package org.virtfx.ui.domains;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.virtfx.libvirt.Domain;
import org.virtfx.libvirt.DomainState;

/**
 * A lifecycle command on domains: which states allow it, what it calls, how it is named, and
 * whether it asks first. Enablement follows virt-manager's: Run a shut-off or crashed domain,
 * Pause a running one, Force Off any active one, and so on. Delete is not here: it has its own
 * dialog and steps ({@link DeleteFlow}).
 */
enum DomainCommand {
    /** {@code virDomainCreate}; restores the managed save image when there is one. */
    RUN("Run", "Started", Confirm.NEVER, EnumSet.of(DomainState.SHUTOFF, DomainState.CRASHED), Domain::create),
    /** {@code virDomainSuspend}. */
    PAUSE("Pause", "Paused", Confirm.NEVER, EnumSet.of(DomainState.RUNNING, DomainState.BLOCKED), Domain::suspend),
    /** {@code virDomainResume}, or {@code virDomainPMWakeup} for a guest suspended by itself. */
    RESUME("Resume", "Resumed", Confirm.NEVER, EnumSet.of(DomainState.PAUSED, DomainState.PMSUSPENDED),
            DomainCommand::resumeOrWake),
    /** {@code virDomainReboot}: asks the guest. */
    REBOOT("Reboot", "Asked to reboot", Confirm.WHEN_MANY, EnumSet.of(DomainState.RUNNING, DomainState.BLOCKED),
            Domain::reboot),
    /** {@code virDomainShutdown}: asks the guest; it may take a while or be ignored. */
    SHUT_DOWN("Shut Down", "Asked to shut down", Confirm.WHEN_MANY,
            EnumSet.of(DomainState.RUNNING, DomainState.BLOCKED), Domain::shutdown),
    /** {@code virDomainReset}: like pressing the reset button; the guest loses what it did not write. */
    FORCE_RESET("Force Reset", "Reset", Confirm.ALWAYS, EnumSet.of(DomainState.RUNNING, DomainState.BLOCKED),
            Domain::reset),
    /** {@code virDomainDestroy}: stops at once, like pulling the plug. */
    FORCE_OFF("Force Off", "Forced off", Confirm.ALWAYS, EnumSet.of(DomainState.RUNNING, DomainState.BLOCKED,
            DomainState.PAUSED, DomainState.PMSUSPENDED, DomainState.CRASHED, DomainState.SHUTDOWN), Domain::destroy),
    /** {@code virDomainManagedSave}: memory to disk, stopped; Run restores it. */
    SAVE("Save", "Saved", Confirm.NEVER, EnumSet.of(DomainState.RUNNING, DomainState.BLOCKED, DomainState.PAUSED),
            Domain::managedSave);

    /** When a command asks before it runs (and the user has not switched that off). */
    enum Confirm {
        /** Never: harmless or undone at once. */
        NEVER,
        /** Only for more than one domain: harmless for one, a big change for many. */
        WHEN_MANY,
        /** Always: the guest loses its running state. */
        ALWAYS
    }

    private final String verb;
    private final String done;
    private final Confirm confirm;
    private final Set<DomainState> allowedFrom;
    private final Consumer<Domain> call;

    DomainCommand(String verb, String done, Confirm confirm, Set<DomainState> allowedFrom, Consumer<Domain> call) {
        this.verb = verb;
        this.done = done;
        this.confirm = confirm;
        this.allowedFrom = allowedFrom;
        this.call = call;
    }

    /** @return the command's name, e.g. {@code Force Off} */
    String verb() {
        return verb;
    }

    /** @return the past tense for the status bar, e.g. {@code Forced off} */
    String done() {
        return done;
    }

    /** @return the command's id part, e.g. {@code force-off} (action id, preference key) */
    String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** @return the preference that switches its confirmation, e.g. {@code confirm.force-off} */
    String confirmKey() {
        return "confirm." + key();
    }

    /** @param count how many domains it runs on @return whether it asks first (preference aside) */
    boolean asksFor(int count) {
        return confirm == Confirm.ALWAYS || confirm == Confirm.WHEN_MANY && count > 1;
    }

    /** @param state a domain's state @return whether the command applies to it */
    boolean allows(DomainState state) {
        return state != null && allowedFrom.contains(state);
    }

    /** Runs the libvirt call; on the connection's worker. */
    void apply(Domain domain) {
        call.accept(domain);
    }

    private static void resumeOrWake(Domain domain) {
        if (domain.getState().state() == DomainState.PMSUSPENDED) {
            domain.pmWakeup();
        } else {
            domain.resume();
        }
    }
}
