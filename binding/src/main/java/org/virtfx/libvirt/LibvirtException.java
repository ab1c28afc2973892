package org.virtfx.libvirt;

/**
 * An error reported by libvirt: its code, the part of libvirt it comes from, its level and its
 * message, copied on the failing thread right after the failing call.
 *
 * <p>Unchecked, like every failure of the binding: libvirt can fail in any call (a dropped
 * connection, a driver that lacks a function), so a checked exception would only be rethrown.
 * Immutable and thread-safe.
 */
public final class LibvirtException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int rawCode;
    private final ErrorNumber code;
    private final ErrorDomain domain;
    private final ErrorLevel level;
    private final String function;
    private final String libvirtMessage;

    LibvirtException(String function, int rawCode, int rawDomain, int rawLevel, String libvirtMessage) {
        super(function + ": " + libvirtMessage);
        this.function = function;
        this.rawCode = rawCode;
        this.code = ErrorNumber.of(rawCode);
        this.domain = ErrorDomain.of(rawDomain);
        this.level = ErrorLevel.of(rawLevel);
        this.libvirtMessage = libvirtMessage;
    }

    /**
     * Returns the error code ({@code virError.code}).
     *
     * @return the code; {@link ErrorNumber#UNKNOWN} for a code from a newer libvirt
     */
    public ErrorNumber code() {
        return code;
    }

    /**
     * Returns the error code as libvirt sent it, also for codes this build does not know.
     *
     * @return the C value of {@code virError.code}
     */
    public int rawCode() {
        return rawCode;
    }

    /**
     * Returns where the error comes from ({@code virError.domain}).
     *
     * @return the error domain
     */
    public ErrorDomain domain() {
        return domain;
    }

    /**
     * Returns the error's level ({@code virError.level}).
     *
     * @return the level
     */
    public ErrorLevel level() {
        return level;
    }

    /**
     * Returns the C function that failed.
     *
     * @return a libvirt function name, such as {@code virDomainCreate}
     */
    public String function() {
        return function;
    }

    /**
     * Returns libvirt's own message, without the function name.
     *
     * @return the message ({@code virError.message})
     */
    public String libvirtMessage() {
        return libvirtMessage;
    }

    /**
     * Tells whether this error has the given code.
     *
     * @param number the code to compare with
     * @return true when {@link #code()} is {@code number}
     */
    public boolean is(ErrorNumber number) {
        return code == number;
    }
}
