package org.virtfx.libvirt;

/**
 * Whether the domain's control interface (e.g. QEMU's monitor) is usable, from
 * {@code virDomainGetControlInfo} ({@code virDomainControlInfo}). Immutable.
 *
 * @param state the interface's state
 * @param details more about it; for {@code ERROR} a {@link DomainControlErrorReason} value
 * @param stateTimeMillis how long it has been in this state, in milliseconds (0 for {@code OK})
 */
public record DomainControlInfo(DomainControlState state, int details, long stateTimeMillis) {
}
