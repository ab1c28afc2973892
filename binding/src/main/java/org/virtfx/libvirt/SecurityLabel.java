package org.virtfx.libvirt;

/**
 * A domain's security label, from {@code virDomainGetSecurityLabel} ({@code virSecurityLabel}).
 * Immutable.
 *
 * @param label the label, such as an SELinux context; empty when the domain has none
 * @param enforcing whether the security driver enforces it
 */
public record SecurityLabel(String label, boolean enforcing) {
}
