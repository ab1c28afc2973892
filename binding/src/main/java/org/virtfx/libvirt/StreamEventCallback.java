package org.virtfx.libvirt;

import java.util.Set;

/**
 * Hears that a non-blocking stream can be read or written: libvirt's
 * {@code virStreamEventCallback}, registered with {@link Stream#eventAddCallback}.
 *
 * <p>Called on the event loop's thread. It must not block; it may call the stream's
 * {@code send}/{@code recv}, which then do not block. An exception it throws is logged and
 * dropped (it must not reach the event loop).
 */
@FunctionalInterface
public interface StreamEventCallback {
    /**
     * Reports events.
     *
     * @param stream the stream the callback was added to (the same object; do not close it here)
     * @param events what happened
     */
    void onEvent(Stream stream, Set<StreamEventType> events);
}
