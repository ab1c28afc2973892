package org.virtfx.ui.core.widgets;

import org.virtfx.icons.Icon;
import org.virtfx.libvirt.DomainState;

/** How a domain state is shown: its words (virt-manager's) and its icon. */
public final class DomainStates {
    private DomainStates() {
    }

    /**
     * @param state a state, or null while unknown
     * @return the text users see, e.g. {@code Running}, {@code Shutoff}
     */
    public static String text(DomainState state) {
        if (state == null) {
            return "Unknown";
        }
        return switch (state) {
            case RUNNING -> "Running";
            case PAUSED -> "Paused";
            case SHUTOFF -> "Shutoff";
            case CRASHED -> "Crashed";
            case PMSUSPENDED -> "Suspended";
            case SHUTDOWN -> "Shutting Down";
            case BLOCKED -> "Idle";
            case NOSTATE -> "No State";
            case UNKNOWN -> "Unknown";
        };
    }

    /**
     * @param state a state, or null while unknown
     * @return its icon
     */
    public static Icon icon(DomainState state) {
        if (state == null) {
            return Icon.DOMAIN_TRANSITION;
        }
        return switch (state) {
            case RUNNING, BLOCKED -> Icon.DOMAIN_RUNNING;
            case PAUSED -> Icon.DOMAIN_PAUSED;
            case SHUTOFF -> Icon.DOMAIN_SHUTOFF;
            case CRASHED -> Icon.DOMAIN_CRASHED;
            case PMSUSPENDED -> Icon.DOMAIN_PMSUSPENDED;
            case SHUTDOWN, NOSTATE, UNKNOWN -> Icon.DOMAIN_TRANSITION;
        };
    }

    /**
     * @param state a state
     * @return true when the domain is running or paused: it holds memory and CPUs
     */
    public static boolean isActive(DomainState state) {
        return state == DomainState.RUNNING || state == DomainState.PAUSED || state == DomainState.BLOCKED
                || state == DomainState.SHUTDOWN || state == DomainState.PMSUSPENDED;
    }
}
