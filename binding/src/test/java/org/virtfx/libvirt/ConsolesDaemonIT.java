package org.virtfx.libvirt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.virtfx.testsupport.Wait;
import org.virtfx.testsupport.Guests;

/**
 * Screenshots, the serial console and channels of a real QEMU guest, which the test driver
 * fakes (its screenshot is a fixed image, it has no console): one SeaBIOS guest with VNC, a
 * serial console on a pty and a virtio-serial channel on a unix socket.
 */
class ConsolesDaemonIT extends DaemonFixture {
    private static Domain guest;

    @BeforeAll
    static void startGuest() {
        guest = createGuest(Guests.biosGuest(Guests.uniqueName("consoles")));
    }

    @Test
    void screenshotIsAWholePortablePixmap() throws IOException {
        ByteArrayOutputStream image = new ByteArrayOutputStream();
        String mime;
        try (Stream stream = conn.newStream()) {
            mime = guest.screenshot(stream, 0);
            stream.recvAll(image::write);
            stream.finish();
        }
        // QEMU 7.1 and later write PNG; older ones a binary PPM.
        assertThat(mime).isIn("image/png", "image/x-portable-pixmap");
        Screenshots.Image parsed = Screenshots.parse(mime, image.toByteArray());
        // SeaBIOS runs the VGA card in a text mode of 720x400 or a graphics mode of 640x480 and up.
        assertThat(parsed.width()).isBetween(640, 1280);
        assertThat(parsed.height()).isBetween(400, 1024);
    }

    @Test
    void screenshotIntoANewStreamWithByteArrayReads() {
        ByteArrayOutputStream image = new ByteArrayOutputStream();
        String mime;
        try (DomainScreenshot shot = guest.screenshot(0)) {
            mime = shot.mimeType();
            byte[] chunk = new byte[4096];
            for (int n = shot.stream().recv(chunk, 0, chunk.length); n > 0;
                    n = shot.stream().recv(chunk, 0, chunk.length)) {
                image.write(chunk, 0, n);
            }
            shot.stream().finish();
        }
        assertThat(Screenshots.parse(mime, image.toByteArray()).width()).isPositive();
    }

    @Test
    void aMissingScreenFails() {
        try (Stream stream = conn.newStream()) {
            assertThatThrownBy(() -> guest.screenshot(stream, 7)).isInstanceOfSatisfying(LibvirtException.class,
                    e -> assertThat(e.function()).isEqualTo("virDomainScreenshot"));
        }
    }

    @Test
    void serialConsoleOpensSendsAndDrainsWithoutBlocking() {
        try (Stream console = conn.newStream(EnumSet.of(StreamFlags.NONBLOCK))) {
            guest.openConsole(null, console, Set.of());
            // SeaBIOS writes to the serial port only when told to, so there may be nothing to
            // read; whatever is there is drained until the stream says it would block.
            byte[] buffer = new byte[1024];
            AtomicInteger last = new AtomicInteger();
            assertThat(Wait.holds(() -> {
                last.set(console.recv(buffer, 0, buffer.length));
                return last.get() == Stream.WOULD_BLOCK;
            }, Duration.ofSeconds(10))).as("last recv: %s", last).isTrue();

            byte[] line = "virtfx\r".getBytes(StandardCharsets.US_ASCII);
            int sent = 0;
            while (sent < line.length) {
                int n = console.send(line, sent, line.length - sent);
                if (n > 0) {
                    sent += n;
                }
            }
            assertThat(sent).isEqualTo(line.length);
            console.finish();
        }
    }

    @Test
    void aHeldConsoleIsRefusedUnlessForced() {
        try (Stream first = conn.newStream(EnumSet.of(StreamFlags.NONBLOCK));
             Stream second = conn.newStream(EnumSet.of(StreamFlags.NONBLOCK));
             Stream third = conn.newStream(EnumSet.of(StreamFlags.NONBLOCK))) {
            guest.openConsole("serial0", first, Set.of());
            assertThatThrownBy(() -> guest.openConsole("serial0", second, Set.of()))
                    .isInstanceOfSatisfying(LibvirtException.class, e -> {
                        assertThat(e.function()).isEqualTo("virDomainOpenConsole");
                        assertThat(e.is(ErrorNumber.OPERATION_FAILED)).as(e.code().toString()).isTrue();
                    });
            guest.openConsole("serial0", third, EnumSet.of(DomainConsoleFlags.FORCE));
            // The forced open cut the first client off: its stream ends or fails.
            AtomicReference<LibvirtException> cutOff = new AtomicReference<>();
            assertThat(Wait.holds(() -> {
                try {
                    return first.recv(new byte[64], 0, 64) == 0;
                } catch (LibvirtException e) {
                    cutOff.set(e);
                    return true;
                }
            }, Duration.ofSeconds(10))).isTrue();
            assertThat(cutOff.get()).satisfiesAnyOf(e -> assertThat(e).isNull(),
                    e -> assertThat(e.function()).isEqualTo("virStreamRecv"));
            third.abort();
        }
    }

    @Test
    void consoleOfAnUnknownDeviceFails() {
        try (Stream stream = conn.newStream()) {
            assertThatThrownBy(() -> guest.openConsole("virtfx-none", stream, Set.of()))
                    .isInstanceOfSatisfying(LibvirtException.class, e -> {
                        assertThat(e.function()).isEqualTo("virDomainOpenConsole");
                        assertThat(e.is(ErrorNumber.INTERNAL_ERROR)).as(e.code().toString()).isTrue();
                    });
        }
    }

    @Test
    void channelOpensByTargetNameAndAnUnknownOneFails() {
        try (Stream channel = conn.newStream(EnumSet.of(StreamFlags.NONBLOCK));
             Stream missing = conn.newStream()) {
            guest.openChannel(Guests.CHANNEL, channel, Set.of());
            // No driver in the guest reads it; the host side of the socket is still open.
            assertThat(channel.recv(new byte[16], 0, 16)).isEqualTo(Stream.WOULD_BLOCK);
            channel.abort();
            assertThatThrownBy(() -> guest.openChannel("org.virtfx.none", missing, Set.of()))
                    .isInstanceOfSatisfying(LibvirtException.class, e -> {
                        assertThat(e.function()).isEqualTo("virDomainOpenChannel");
                        assertThat(e.is(ErrorNumber.INTERNAL_ERROR)).as(e.code().toString()).isTrue();
                    });
        }
    }

}
