package org.virtfx.libvirt;

import java.io.IOException;

/**
 * Supplies the data that {@link Stream#sendAll} and {@link Stream#sparseSendAll} send: libvirt's
 * {@code virStreamSourceFunc}.
 *
 * <p>Called on the thread that called {@code sendAll}, one call at a time. An exception thrown
 * here aborts the stream and is rethrown by {@code sendAll}; it never reaches libvirt.
 */
@FunctionalInterface
public interface StreamSource {
    /**
     * Fills the start of {@code buffer}.
     *
     * @param buffer where to put the data; valid only during this call
     * @param length the most bytes wanted (at most {@code buffer.length})
     * @return how many bytes were put, or 0 or -1 at the end of the data (so that
     *     {@code (b, n) -> in.read(b, 0, n)} adapts an {@link java.io.InputStream})
     * @throws IOException when the data cannot be read; aborts the transfer
     */
    int read(byte[] buffer, int length) throws IOException;
}
