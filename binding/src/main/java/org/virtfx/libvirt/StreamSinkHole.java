package org.virtfx.libvirt;

import java.io.IOException;

/**
 * Makes a hole in the target of {@link Stream#sparseRecvAll}: libvirt's
 * {@code virStreamSinkHoleFunc}. Called on the receiving thread; an exception aborts the stream
 * and is rethrown by {@code sparseRecvAll}.
 */
@FunctionalInterface
public interface StreamSinkHole {
    /**
     * Leaves a hole (seeks forward) in the target.
     *
     * @param length the hole's length in bytes
     * @throws IOException when the target cannot seek; aborts the transfer
     */
    void hole(long length) throws IOException;
}
