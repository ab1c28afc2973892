package org.virtfx.libvirt;

import java.io.IOException;

/**
 * Moves a sparse source past a hole for {@link Stream#sparseSendAll}: libvirt's
 * {@code virStreamSourceSkipFunc}. Called on the sending thread; an exception aborts the stream
 * and is rethrown by {@code sparseSendAll}.
 */
@FunctionalInterface
public interface StreamSourceSkip {
    /**
     * Skips bytes of the source.
     *
     * @param length how many bytes to move forward
     * @throws IOException when the source cannot seek; aborts the transfer
     */
    void skip(long length) throws IOException;
}
