package org.virtfx.libvirt;

import java.io.IOException;

/**
 * Consumes the data that {@link Stream#recvAll} and {@link Stream#sparseRecvAll} receive:
 * libvirt's {@code virStreamSinkFunc}. Has the shape of {@link java.io.OutputStream#write(byte[],
 * int, int)}, so {@code out::write} is a sink.
 *
 * <p>Called on the thread that called {@code recvAll}, one call at a time. An exception thrown
 * here aborts the stream and is rethrown by {@code recvAll}; it never reaches libvirt.
 */
@FunctionalInterface
public interface StreamSink {
    /**
     * Consumes all of the given bytes.
     *
     * @param data the bytes; valid only during this call (copy what you keep)
     * @param offset where they start
     * @param length how many
     * @throws IOException when they cannot be written; aborts the transfer
     */
    void write(byte[] data, int offset, int length) throws IOException;
}
