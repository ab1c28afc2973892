package org.virtfx.libvirt;

/**
 * Receives libvirt events of one type.
 *
 * <p>Runs on the binding's event-loop thread ({@link EventLoop}), one event at a time: it must
 * return quickly and must never block (hand work to another thread). An exception it throws is
 * logged and does not stop later events. The event is an immutable copy, safe to keep.
 *
 * @param <E> the event type
 */
@FunctionalInterface
public interface EventListener<E> {
    /**
     * Handles one event.
     *
     * @param event the event
     */
    void onEvent(E event);
}
