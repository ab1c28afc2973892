package org.virtfx.ui.domains;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import org.virtfx.libvirt.Domain;
import org.virtfx.libvirt.DomainState;

/**
 * A lifecycle command on domains: which states allow it, what it calls, and how it is named.
 * Enablement follows virt-manager: Run needs a shut-off domain, Force Off any active one.
 */
enum DomainCommand {
    /** {@code virDomainCreate}. */
    RUN("Run", "Started", EnumSet.of(DomainState.SHUTOFF), Domain::create),
    /** {@code virDomainSuspend}. */
    PAUSE("Pause", "Paused", EnumSet.of(DomainState.RUNNING, DomainState.BLOCKED), Domain::suspend),
    /** {@code virDomainResume}. */
    RESUME("Resume", "Resumed", EnumSet.of(DomainState.PAUSED), Domain::resume),
    /** {@code virDomainShutdown}: asks the guest; it may take a while or be ignored. */
    SHUT_DOWN("Shut Down", "Asked to shut down", EnumSet.of(DomainState.RUNNING, DomainState.BLOCKED),
            Domain::shutdown),
    /** {@code virDomainDestroy}: stops at once. */
    FORCE_OFF("Force Off", "Forced off", EnumSet.of(DomainState.RUNNING, DomainState.BLOCKED, DomainState.PAUSED,
            DomainState.CRASHED, DomainState.PMSUSPENDED, DomainState.SHUTDOWN), Domain::destroy);

    private final String verb;
    private final String done;
    private final Set<DomainState> allowedFrom;
    private final Consumer<Domain> call;

    DomainCommand(String verb, String done, Set<DomainState> allowedFrom, Consumer<Domain> call) {
        this.verb = verb;
        this.done = done;
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

    /** @param state a domain's state @return whether the command applies to it */
    boolean allows(DomainState state) {
        return state != null && allowedFrom.contains(state);
    }

    /** Runs the libvirt call; on the connection's worker. */
    void apply(Domain domain) {
        call.accept(domain);
    }
}
