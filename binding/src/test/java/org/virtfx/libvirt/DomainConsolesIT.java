package org.virtfx.libvirt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.virtfx.libvirt.TestDriver.assertNoSupport;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Screenshots, keys, signals and NMIs (which the test driver implements), and console, channel,
 * graphics, FD and agent calls (which it does not: checked for validation and error mapping).
 */
class DomainConsolesIT extends TestDriverFixture {
    /** The image the test driver streams for every screenshot (libvirt's pkgdatadir). */
    private static final Path TEST_SCREENSHOT = Path.of("/usr/share/libvirt/test-screenshot.png");
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    /** Linux input key code of the A key. */
    private static final int KEY_A = 30;

    private Domain plain;

    DomainConsolesIT() {
        super("/domain-c-testdriver.xml");
    }

    @BeforeEach
    void lookUp() {
        plain = closeAfter(conn.lookupDomainByName("dc-plain"));
    }

    /** Makes a stream with the C call directly: Stream's own factory belongs to another area. */
    private Stream newStream() {
        Pointer c = conn.acquire();
        try {
            return new Stream(ErrorCapture.check(CStream.virStreamNew(c, 0), "virStreamNew"));
        } finally {
            conn.release();
        }
    }

    /** Reads a stream to its end with the C calls directly, then finishes it. */
    private static byte[] drain(Stream stream) {
        Pointer s = stream.acquire();
        try (Memory buf = new Memory(8192)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int n;
            while ((n = ErrorCapture.check(CStream.virStreamRecv(s, buf, buf.size()), "virStreamRecv")) > 0) {
                out.write(buf.getByteArray(0, n), 0, n);
            }
            ErrorCapture.check(CStream.virStreamFinish(s), "virStreamFinish");
            return out.toByteArray();
        } finally {
            stream.release();
        }
    }

    @Test
    void screenshotStreamsThePngOfTheTestDriver() throws IOException {
        byte[] image;
        try (DomainScreenshot shot = plain.screenshot(0)) {
            assertThat(shot.mimeType()).isEqualTo("image/png");
            image = drain(shot.stream());
        }
        assertThat(Arrays.copyOf(image, PNG_SIGNATURE.length)).isEqualTo(PNG_SIGNATURE);
        if (Files.exists(TEST_SCREENSHOT)) {
            assertThat(image).isEqualTo(Files.readAllBytes(TEST_SCREENSHOT));
        }
    }

    @Test
    void screenshotIntoACallersStream() {
        try (Stream stream = newStream()) {
            assertThat(plain.screenshot(stream, 0)).isEqualTo("image/png");
            assertThat(drain(stream).length).isGreaterThan(PNG_SIGNATURE.length);
        }
    }

    @Test
    void screenshotRefusesAStreamOfAnotherConnection() {
        try (Connect other = TestDriver.open("/domain-c-testdriver.xml")) {
            Stream foreign;
            Pointer c = other.acquire();
            try {
                foreign = new Stream(ErrorCapture.check(CStream.virStreamNew(c, 0), "virStreamNew"));
            } finally {
                other.release();
            }
            try (Stream s = foreign) {
                assertThatThrownBy(() -> plain.screenshot(s, 0)).isInstanceOfSatisfying(LibvirtException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorNumber.INVALID_ARG));
            }
        }
        assertThatThrownBy(() -> plain.screenshot(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> plain.screenshot(null, 0)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void sendKeyReachesARunningDomainOnly() {
        plain.sendKey(KeycodeSet.LINUX, 0, KEY_A);
        plain.sendKey(KeycodeSet.XT, 50, 30, 31);
        try (Domain off = conn.lookupDomainByName("dc-shutoff")) {
            assertThatThrownBy(() -> off.sendKey(KeycodeSet.LINUX, 0, KEY_A))
                    .isInstanceOfSatisfying(LibvirtException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorNumber.OPERATION_INVALID));
        }
    }

    @Test
    void sendKeyValidatesItsArguments() {
        assertThatThrownBy(() -> plain.sendKey(KeycodeSet.LINUX, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> plain.sendKey(KeycodeSet.LINUX, 0, new int[17]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> plain.sendKey(KeycodeSet.UNKNOWN, 0, KEY_A))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> plain.sendKey(KeycodeSet.LINUX, -1, KEY_A))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> plain.sendKey(KeycodeSet.LINUX, 0, (int[]) null))
                .isInstanceOf(NullPointerException.class);
        // 16 keys is the limit, and fits.
        int[] sixteen = new int[16];
        Arrays.fill(sixteen, KEY_A);
        plain.sendKey(KeycodeSet.LINUX, 0, sixteen);
    }

    @Test
    void sendProcessSignalToInitOnly() {
        plain.sendProcessSignal(1, DomainProcessSignal.NOP);
        plain.sendProcessSignal(1, DomainProcessSignal.TERM);
        assertThatThrownBy(() -> plain.sendProcessSignal(2, DomainProcessSignal.TERM))
                .isInstanceOfSatisfying(LibvirtException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorNumber.INVALID_ARG));
        assertThatThrownBy(() -> plain.sendProcessSignal(0, DomainProcessSignal.TERM))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> plain.sendProcessSignal(1, DomainProcessSignal.UNKNOWN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void injectNmiNeedsARunningDomain() {
        plain.injectNmi();
        try (Domain off = conn.lookupDomainByName("dc-shutoff")) {
            assertThatThrownBy(off::injectNmi).isInstanceOfSatisfying(LibvirtException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorNumber.OPERATION_INVALID));
        }
    }

    @Test
    void consoleChannelGraphicsAndAgentAreNotInTheTestDriver() {
        try (Stream stream = newStream()) {
            assertNoSupport(() -> plain.openConsole(null, stream, EnumSet.of(DomainConsoleFlags.FORCE)),
                    "virDomainOpenConsole");
            assertNoSupport(() -> plain.openChannel("org.qemu.guest_agent.0", stream, Set.of()),
                    "virDomainOpenChannel");
        }
        assertNoSupport(() -> plain.openGraphicsFd(0, EnumSet.of(DomainOpenGraphicsFlags.SKIPAUTH)),
                "virDomainOpenGraphicsFD");
        assertNoSupport(() -> plain.agentSetResponseTimeout(5), "virDomainAgentSetResponseTimeout");
        // libvirt checks the descriptor (must be a socket) or the driver before it gets anywhere.
        assertThatThrownBy(() -> plain.openGraphics(0, 0, Set.of())).isInstanceOf(LibvirtException.class);
        assertThatThrownBy(() -> plain.fdAssociate("group", new int[] {0}, Set.of()))
                .isInstanceOf(LibvirtException.class);
    }

    @Test
    void consoleAndGraphicsArgumentsAreValidated() {
        assertThatThrownBy(() -> plain.openConsole(null, null, Set.of())).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> plain.openChannel(null, null, Set.of())).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> plain.openGraphics(-1, 3, Set.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> plain.openGraphics(0, -1, Set.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> plain.openGraphicsFd(-1, Set.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> plain.fdAssociate("g", new int[0], Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> plain.fdAssociate("g", new int[] {-1}, Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> plain.agentSetResponseTimeout(-3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aClosedStreamIsRefused() {
        Stream stream = newStream();
        stream.close();
        assertThatThrownBy(() -> plain.screenshot(stream, 0)).isInstanceOf(IllegalStateException.class);
    }
}
