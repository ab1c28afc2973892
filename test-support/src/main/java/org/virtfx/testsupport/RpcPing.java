package org.virtfx.testsupport;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Asks a libvirt daemon socket whether the daemon answers, without libvirt's client library.
 *
 * <p>A socket that accepts connections is not enough: libvirtd listens before its drivers are
 * initialised and leaves early clients waiting in the backlog. So this sends one real call,
 * {@code REMOTE_PROC_AUTH_LIST}, which needs no open connection, and waits for any reply to it.
 * The wire format is libvirt's RPC framing: a 4-byte length (itself included), then program,
 * version, procedure, message type, serial and status, each a big-endian 32-bit integer.
 */
final class RpcPing {
    private static final int REMOTE_PROGRAM = 0x20008086;
    private static final int REMOTE_PROTOCOL_VERSION = 1;
    private static final int REMOTE_PROC_AUTH_LIST = 66;
    private static final int TYPE_CALL = 0;
    private static final int TYPE_REPLY = 1;
    private static final int SERIAL = 1;
    private static final int HEADER_BYTES = 28;

    private RpcPing() {
    }

    /**
     * @param socket  the daemon's read-write or read-only socket
     * @param timeout how long to wait for the reply once connected
     * @return whether a reply to the call arrived in time
     */
    static boolean answers(Path socket, Duration timeout) {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            ByteBuffer call = ByteBuffer.allocate(HEADER_BYTES)
                    .putInt(HEADER_BYTES).putInt(REMOTE_PROGRAM).putInt(REMOTE_PROTOCOL_VERSION)
                    .putInt(REMOTE_PROC_AUTH_LIST).putInt(TYPE_CALL).putInt(SERIAL).putInt(0)
                    .flip();
            while (call.hasRemaining()) {
                channel.write(call);
            }
            ByteBuffer reply = ByteBuffer.allocate(HEADER_BYTES);
            if (!readFully(channel, reply, timeout)) {
                return false;
            }
            reply.flip();
            reply.getInt(); // length
            return reply.getInt() == REMOTE_PROGRAM
                    && reply.getInt() == REMOTE_PROTOCOL_VERSION
                    && reply.getInt() == REMOTE_PROC_AUTH_LIST
                    && reply.getInt() == TYPE_REPLY
                    && reply.getInt() == SERIAL;
        } catch (IOException e) {
            // Not there yet, refused (a dead daemon's socket file), or closed on us.
            return false;
        }
    }

    private static boolean readFully(SocketChannel channel, ByteBuffer into, Duration timeout)
            throws IOException {
        channel.configureBlocking(false);
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Selector selector = Selector.open()) {
            channel.register(selector, SelectionKey.OP_READ);
            while (into.hasRemaining()) {
                long left = Duration.ofNanos(deadline - System.nanoTime()).toMillis();
                if (left <= 0) {
                    return false;
                }
                selector.select(left);
                selector.selectedKeys().clear();
                if (channel.read(into) < 0) {
                    return false;
                }
            }
            return true;
        }
    }
}
