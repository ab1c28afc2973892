package org.virtfx.ui.api;

/**
 * Tells the user what happened: short results in the status bar, errors with their details.
 *
 * @since 0.1
 */
@FxThread
public interface Notifier {

    /**
     * Shows a short message, e.g. "Started debian-12".
     *
     * @param message the message
     */
    void info(String message);

    /**
     * Shows an error with its cause (for libvirt errors: libvirt's message, code and domain).
     *
     * @param summary what failed, e.g. "Could not start debian-12"
     * @param cause why
     */
    void error(String summary, Throwable cause);
}
