package org.virtfx.libvirt;

/**
 * A domain's state and the reason for it, from {@code virDomainGetState}.
 *
 * @param state the state
 * @param reason the state's reason code; its meaning depends on the state
 *     ({@code virDomainRunningReason} for {@link DomainState#RUNNING}, {@code virDomainPausedReason}
 *     for {@link DomainState#PAUSED}, ...), as in libvirt-go
 */
public record DomainStateInfo(DomainState state, int reason) {
}
