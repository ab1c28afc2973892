package org.virtfx.ui.api;

import java.util.function.Consumer;
import javafx.util.Subscription;

/**
 * Typed messages between plugins. Delivery is synchronous, on the JavaFX thread, to subscribers
 * of the message's class and of its supertypes.
 *
 * @since 0.1
 */
@FxThread
public interface EventBus {

    /**
     * Subscribes to messages of a type.
     *
     * @param <E> the message type
     * @param type the message class
     * @param subscriber receives each message
     * @return unsubscribes when called; hand it to the view's {@code close()}
     */
    <E> Subscription subscribe(Class<E> type, Consumer<? super E> subscriber);

    /**
     * Delivers a message to its subscribers.
     *
     * @param message the message
     */
    void publish(Object message);
}
