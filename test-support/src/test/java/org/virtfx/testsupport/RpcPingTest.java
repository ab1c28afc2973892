package org.virtfx.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The readiness check against a fake daemon socket. */
class RpcPingTest {
    @TempDir
    Path temp;

    @Test
    void aDaemonThatRepliesToTheCallAnswers() throws Exception {
        try (ServerSocketChannel server = listen()) {
            CompletableFuture<Void> fake = CompletableFuture.runAsync(() -> replyOnce(server));

            assertThat(RpcPing.answers(temp.resolve("sock"), Duration.ofSeconds(5))).isTrue();
            fake.join();
        }
    }

    @Test
    void aSocketNobodyServesDoesNotAnswer() throws Exception {
        // Like libvirtd before its drivers are up: connections wait in the backlog.
        try (ServerSocketChannel server = listen()) {
            assertThat(server.isOpen()).isTrue();
            assertThat(RpcPing.answers(temp.resolve("sock"), Duration.ofMillis(200))).isFalse();
        }
    }

    @Test
    void aMissingSocketDoesNotAnswer() {
        assertThat(RpcPing.answers(temp.resolve("none"), Duration.ofMillis(200))).isFalse();
    }

    private ServerSocketChannel listen() throws IOException {
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(temp.resolve("sock")));
        return server;
    }

    private static void replyOnce(ServerSocketChannel server) {
        try (SocketChannel client = server.accept()) {
            ByteBuffer call = ByteBuffer.allocate(28);
            while (call.hasRemaining() && client.read(call) >= 0) {
                // read the whole call
            }
            call.flip();
            ByteBuffer reply = ByteBuffer.allocate(32);
            reply.putInt(32).putInt(call.getInt(4)).putInt(call.getInt(8)).putInt(call.getInt(12))
                    .putInt(1).putInt(call.getInt(20)).putInt(0).putInt(0).flip();
            while (reply.hasRemaining()) {
                client.write(reply);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
