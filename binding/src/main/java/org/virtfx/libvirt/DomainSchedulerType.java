package org.virtfx.libvirt;

/**
 * A domain's scheduler, from {@code virDomainGetSchedulerType}. Immutable.
 *
 * @param type the scheduler's name, such as {@code posix} or {@code fair}
 * @param nparams how many scheduler parameters it has
 */
public record DomainSchedulerType(String type, int nparams) {
}
