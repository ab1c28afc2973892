package org.virtfx.ui.domains;

/**
 * What happened to one machine, or to one step of a machine's deletion, for the results list.
 *
 * @param subject what it happened to, e.g. {@code dom-a on Demo host} or a disk's path
 * @param ok whether it worked
 * @param detail what was done, or libvirt's error
 */
record Outcome(String subject, boolean ok, String detail) {

    /** @return one line for lists and logs, e.g. {@code dom-a: Forced off} */
    String line() {
        return (ok ? "" : "FAILED ") + subject + ": " + detail;
    }
}
