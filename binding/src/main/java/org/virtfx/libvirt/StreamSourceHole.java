package org.virtfx.libvirt;

import java.io.IOException;

/**
 * Tells {@link Stream#sparseSendAll} whether the source is in data or a hole: libvirt's
 * {@code virStreamSourceHoleFunc}. Called on the sending thread; an exception aborts the stream
 * and is rethrown by {@code sparseSendAll}.
 */
@FunctionalInterface
public interface StreamSourceHole {
    /**
     * Describes the source's current position.
     *
     * @return data or hole, and its remaining length
     * @throws IOException when the source cannot tell; aborts the transfer
     */
    StreamSection section() throws IOException;
}
