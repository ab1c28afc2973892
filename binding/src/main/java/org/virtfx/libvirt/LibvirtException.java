package org.virtfx.libvirt;

import java.util.EnumSet;
import java.util.Set;

/**
 * An error reported by libvirt: its code, the part of libvirt it comes from, its level and its
 * message, copied on the failing thread right after the failing call.
 *
 * <p>Unchecked, like every failure of the binding: libvirt can fail in any call (a dropped
 * connection, a driver that lacks a function), so a checked exception would only be rethrown.
 * Immutable and thread-safe.
 *
 * <p><b>Stack traces.</b> An error that says "no such object" ({@link ErrorNumber#NO_DOMAIN},
 * {@link ErrorNumber#NO_NETWORK}, {@link ErrorNumber#NO_STORAGE_VOL} and the other
 * {@code NO_<object>} codes of a lookup, see {@link #isNotFound()}) carries <em>no</em> Java stack
 * trace: it is an expected answer that callers test for ("does this domain exist?") and is thrown
 * often, and filling in the trace was the largest single cost of a failed lookup. Such an
 * exception still names the C function that failed ({@link #function()}) and libvirt's message;
 * code that rethrows it as a failure should wrap it, which gives the wrapper a trace of the
 * caller. Every other error, which is unexpected by nature, keeps its full trace. Start the JVM
 * with {@code -Dvirtfx.libvirt.stackTraces=all} to get traces for not-found errors too.
 */
public final class LibvirtException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The codes of "no such object", answered by lookups and thrown without a stack trace. */
    private static final Set<ErrorNumber> NOT_FOUND = EnumSet.of(ErrorNumber.NO_DOMAIN, ErrorNumber.NO_NETWORK,
            ErrorNumber.NO_STORAGE_POOL, ErrorNumber.NO_STORAGE_VOL, ErrorNumber.NO_NODE_DEVICE,
            ErrorNumber.NO_INTERFACE, ErrorNumber.NO_NWFILTER, ErrorNumber.NO_SECRET, ErrorNumber.NO_DOMAIN_SNAPSHOT,
            ErrorNumber.NO_DOMAIN_CHECKPOINT, ErrorNumber.NO_DOMAIN_BACKUP, ErrorNumber.NO_DOMAIN_METADATA,
            ErrorNumber.NO_NWFILTER_BINDING, ErrorNumber.NO_NETWORK_PORT, ErrorNumber.NO_SERVER,
            ErrorNumber.NO_CLIENT);

    /** True when {@code -Dvirtfx.libvirt.stackTraces=all} asks for traces on every error. */
    private static final boolean ALL_TRACES = "all".equals(System.getProperty("virtfx.libvirt.stackTraces"));

    private final int rawCode;
    private final ErrorNumber code;
    private final ErrorDomain domain;
    private final ErrorLevel level;
    private final String function;
    private final String libvirtMessage;

    LibvirtException(String function, int rawCode, int rawDomain, int rawLevel, String libvirtMessage) {
        this(function, rawCode, ErrorNumber.of(rawCode), rawDomain, rawLevel, libvirtMessage);
    }

    private LibvirtException(String function, int rawCode, ErrorNumber code, int rawDomain, int rawLevel,
            String libvirtMessage) {
        // The message is built on demand (getMessage): most not-found errors are never printed.
        super(null, null, true, ALL_TRACES || !NOT_FOUND.contains(code));
        this.function = function;
        this.rawCode = rawCode;
        this.code = code;
        this.domain = ErrorDomain.of(rawDomain);
        this.level = ErrorLevel.of(rawLevel);
        this.libvirtMessage = libvirtMessage;
    }

    /**
     * Returns the C function's name and libvirt's message.
     *
     * @return {@code "<function>: <libvirt's message>"}
     */
    @Override
    public String getMessage() {
        return function + ": " + libvirtMessage;
    }

    /**
     * Tells whether this error says that an object does not exist: one of the {@code NO_<object>}
     * codes that lookups answer, such as {@link ErrorNumber#NO_DOMAIN}. Such errors carry no
     * stack trace (see the class comment).
     *
     * @return true for a not-found code
     */
    public boolean isNotFound() {
        return NOT_FOUND.contains(code);
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
