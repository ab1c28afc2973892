package org.virtfx.libvirt;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import java.util.Objects;
import java.util.Set;
import org.virtfx.libvirt.internal.NativeStrings;
import org.virtfx.libvirt.internal.Scratch;

/**
 * Screenshots, keys, signals, NMIs, console, channel and graphics connections, file descriptors
 * handed to the domain, and the guest agent's timeout.
 *
 * <p>One layer of {@link Domain}'s API: the methods are public and reached through
 * {@code Domain}; the class is package-private so that each area of libvirt gets a file of its
 * own. Thread-safe.
 */
abstract class DomainConsoles extends DomainJobs {

    /** {@code VIR_DOMAIN_SEND_KEY_MAX_KEYS}. */
    static final int SEND_KEY_MAX_KEYS = 16;

    DomainConsoles(Pointer pointer) {
        super(pointer);
    }

    /**
     * Takes a screenshot of one of the domain's screens into a stream the caller made.
     *
     * <p>Wraps {@code virDomainScreenshot}.
     *
     * @param stream a new stream on this domain's connection, which then delivers the image
     * @param screen the screen, numbered from 0 (heads before graphics cards)
     * @return the image's MIME type
     * @throws IllegalArgumentException when {@code screen} is negative
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainScreenshot">virDomainScreenshot</a>
     */
    @Wraps("virDomainScreenshot")
    public String screenshot(Stream stream, int screen) {
        Objects.requireNonNull(stream, "stream");
        requireNonNegative(screen, "screen");
        return withStream(stream, (p, s) -> NativeStrings.takeUtf8(
                ErrorCapture.check(CDomain.virDomainScreenshot(p, s, screen, 0), "virDomainScreenshot")).orElseThrow());
    }

    /**
     * Takes a screenshot of one of the domain's screens, into a new stream.
     *
     * <p>Wraps {@code virStreamNew} and {@code virDomainScreenshot}.
     *
     * @param screen the screen, numbered from 0 (heads before graphics cards)
     * @return the stream delivering the image, and its MIME type; the caller closes it
     * @throws IllegalArgumentException when {@code screen} is negative
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainScreenshot">virDomainScreenshot</a>
     */
    @Wraps({"virDomainScreenshot", "virStreamNew"})
    public DomainScreenshot screenshot(int screen) {
        requireNonNegative(screen, "screen");
        Stream stream = call(p -> {
            // The domain holds its connection; the borrowed pointer is valid during this call.
            Pointer conn = ErrorCapture.check(CDomain.virDomainGetConnect(p), "virDomainGetConnect");
            return new Stream(ErrorCapture.check(CStream.virStreamNew(conn, 0), "virStreamNew"));
        });
        try {
            return new DomainScreenshot(stream, screenshot(stream, screen));
        } catch (RuntimeException e) {
            stream.close();
            throw e;
        }
    }

    /**
     * Sends key strokes to the guest, pressed together and then released.
     *
     * <p>Wraps {@code virDomainSendKey}.
     *
     * @param codeset the key codes' set
     * @param holdtimeMs how long to hold the keys, in milliseconds; 0 for the default
     * @param keycodes 1 to 16 key codes
     * @throws IllegalArgumentException on an unknown code set, a negative hold time, or no or
     *     more than 16 key codes
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainSendKey">virDomainSendKey</a>
     */
    @Wraps("virDomainSendKey")
    public void sendKey(KeycodeSet codeset, int holdtimeMs, int... keycodes) {
        Objects.requireNonNull(codeset, "codeset");
        Objects.requireNonNull(keycodes, "keycodes");
        if (codeset == KeycodeSet.UNKNOWN) {
            throw new IllegalArgumentException("not a key code set: UNKNOWN");
        }
        requireNonNegative(holdtimeMs, "holdtimeMs");
        if (keycodes.length == 0 || keycodes.length > SEND_KEY_MAX_KEYS) {
            throw new IllegalArgumentException("1 to " + SEND_KEY_MAX_KEYS + " key codes, not " + keycodes.length);
        }
        int[] codes = keycodes.clone();
        callInt("virDomainSendKey", p -> {
            Pointer array = Scratch.get(4 * SEND_KEY_MAX_KEYS);
            array.write(0, codes, 0, codes.length);
            return CDomain.virDomainSendKey(p, codeset.value(), holdtimeMs, array, codes.length, 0);
        });
    }

    /**
     * Sends a signal to a process in the guest (through the guest agent or container driver).
     *
     * <p>Wraps {@code virDomainSendProcessSignal}.
     *
     * @param pid a process ID (positive) or process group ID (negative), in the guest
     * @param signal the signal; {@link DomainProcessSignal#NOP} only checks that the process runs
     * @throws IllegalArgumentException when {@code pid} is 0 or the signal is UNKNOWN
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainSendProcessSignal">virDomainSendProcessSignal</a>
     */
    @Wraps("virDomainSendProcessSignal")
    public void sendProcessSignal(long pid, DomainProcessSignal signal) {
        Objects.requireNonNull(signal, "signal");
        if (pid == 0) {
            throw new IllegalArgumentException("pid must not be 0");
        }
        if (signal == DomainProcessSignal.UNKNOWN) {
            throw new IllegalArgumentException("not a signal: UNKNOWN");
        }
        callInt("virDomainSendProcessSignal", p -> CDomain.virDomainSendProcessSignal(p, pid, signal.value(), 0));
    }

    /**
     * Sends a non-maskable interrupt to the guest.
     *
     * <p>Wraps {@code virDomainInjectNMI}.
     *
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainInjectNMI">virDomainInjectNMI</a>
     */
    @Wraps("virDomainInjectNMI")
    public void injectNmi() {
        callInt("virDomainInjectNMI", p -> CDomain.virDomainInjectNMI(p, 0));
    }

    /**
     * Connects a stream to the domain's serial console or another character device.
     *
     * <p>Wraps {@code virDomainOpenConsole}.
     *
     * @param devName the device's alias, or null for the first console or serial port
     * @param stream a new stream on this domain's connection
     * @param flags {@link DomainConsoleFlags#FORCE} to take over a console another client holds
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainOpenConsole">virDomainOpenConsole</a>
     */
    @Wraps("virDomainOpenConsole")
    public void openConsole(String devName, Stream stream, Set<DomainConsoleFlags> flags) {
        Objects.requireNonNull(stream, "stream");
        int f = BitFlag.mask(flags);
        withStream(stream, (p, s) -> ErrorCapture.check(CDomain.virDomainOpenConsole(p, devName, s, f),
                "virDomainOpenConsole"));
    }

    /**
     * Connects a stream to one of the domain's channels (such as the guest agent's).
     *
     * <p>Wraps {@code virDomainOpenChannel}.
     *
     * @param name the channel's alias or target name, or null for the first channel
     * @param stream a new stream on this domain's connection
     * @param flags {@link DomainChannelFlags#FORCE} to take over a channel another client holds
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainOpenChannel">virDomainOpenChannel</a>
     */
    @Wraps("virDomainOpenChannel")
    public void openChannel(String name, Stream stream, Set<DomainChannelFlags> flags) {
        Objects.requireNonNull(stream, "stream");
        int f = BitFlag.mask(flags);
        withStream(stream, (p, s) -> ErrorCapture.check(CDomain.virDomainOpenChannel(p, name, s, f),
                "virDomainOpenChannel"));
    }

    /**
     * Connects a socket the caller opened to one of the domain's graphics servers (VNC, SPICE).
     * Works only over a local UNIX-socket connection.
     *
     * <p>Wraps {@code virDomainOpenGraphics}.
     *
     * @param idx the graphics device, numbered from 0
     * @param fd a connected UNIX socket's file descriptor; the caller keeps and closes it
     * @param flags {@link DomainOpenGraphicsFlags#SKIPAUTH} to skip authentication
     * @throws IllegalArgumentException when {@code idx} or {@code fd} is negative
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainOpenGraphics">virDomainOpenGraphics</a>
     */
    @Wraps("virDomainOpenGraphics")
    public void openGraphics(int idx, int fd, Set<DomainOpenGraphicsFlags> flags) {
        requireNonNegative(idx, "idx");
        requireNonNegative(fd, "fd");
        int f = BitFlag.mask(flags);
        callInt("virDomainOpenGraphics", p -> CDomain.virDomainOpenGraphics(p, idx, fd, f));
    }

    /**
     * Opens a socket connected to one of the domain's graphics servers (VNC, SPICE). Works only
     * over a local UNIX-socket connection.
     *
     * <p>Wraps {@code virDomainOpenGraphicsFD}.
     *
     * @param idx the graphics device, numbered from 0
     * @param flags {@link DomainOpenGraphicsFlags#SKIPAUTH} to skip authentication
     * @return the socket's file descriptor; the caller owns it and must close it
     * @throws IllegalArgumentException when {@code idx} is negative
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainOpenGraphicsFD">virDomainOpenGraphicsFD</a>
     */
    @Wraps("virDomainOpenGraphicsFD")
    public int openGraphicsFd(int idx, Set<DomainOpenGraphicsFlags> flags) {
        requireNonNegative(idx, "idx");
        int f = BitFlag.mask(flags);
        return callInt("virDomainOpenGraphicsFD", p -> CDomain.virDomainOpenGraphicsFD(p, idx, f));
    }

    /**
     * Hands file descriptors to the domain under a name, for as long as this connection lasts
     * (disks can then refer to them with {@code <source fdgroup='name'/>}).
     *
     * <p>Wraps {@code virDomainFDAssociate}.
     *
     * @param name the group's name
     * @param fds open file descriptors; libvirt duplicates them, the caller keeps and closes its own
     * @param flags security-label options
     * @throws IllegalArgumentException when {@code fds} is empty or holds a negative descriptor
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainFDAssociate">virDomainFDAssociate</a>
     */
    @Wraps("virDomainFDAssociate")
    public void fdAssociate(String name, int[] fds, Set<DomainFDAssociateFlags> flags) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(fds, "fds");
        if (fds.length == 0) {
            throw new IllegalArgumentException("no file descriptors");
        }
        int[] copy = fds.clone();
        for (int fd : copy) {
            requireNonNegative(fd, "fd");
        }
        int f = BitFlag.mask(flags);
        try (Memory array = new Memory(4L * copy.length)) {
            array.write(0, copy, 0, copy.length);
            callInt("virDomainFDAssociate", p -> CDomain.virDomainFDAssociate(p, name, copy.length, array, f));
        }
    }

    /**
     * Sets how long commands to the guest agent wait for an answer.
     *
     * <p>Wraps {@code virDomainAgentSetResponseTimeout}.
     *
     * @param timeoutSeconds a positive number of seconds, or one of
     *     {@link DomainAgentResponseTimeoutValues#BLOCK} (-2, wait forever),
     *     {@link DomainAgentResponseTimeoutValues#DEFAULT} (-1) and
     *     {@link DomainAgentResponseTimeoutValues#NOWAIT} (0)'s values
     * @throws IllegalArgumentException when {@code timeoutSeconds} is below -2
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainAgentSetResponseTimeout">virDomainAgentSetResponseTimeout</a>
     */
    @Wraps("virDomainAgentSetResponseTimeout")
    public void agentSetResponseTimeout(int timeoutSeconds) {
        if (timeoutSeconds < DomainAgentResponseTimeoutValues.BLOCK.value()) {
            throw new IllegalArgumentException("timeout below -2: " + timeoutSeconds);
        }
        callInt("virDomainAgentSetResponseTimeout",
                p -> CDomain.virDomainAgentSetResponseTimeout(p, timeoutSeconds, 0));
    }

    /** A call given this domain's and a stream's pointers. */
    @FunctionalInterface
    private interface StreamCall<R> {
        R call(Pointer domain, Pointer stream);
    }

    /** Runs a call with both this domain and the stream pinned. */
    private <R> R withStream(Stream stream, StreamCall<R> body) {
        return call(p -> {
            Pointer s = stream.acquire();
            try {
                return body.call(p, s);
            } finally {
                stream.release();
            }
        });
    }
}
