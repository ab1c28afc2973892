package org.virtfx.ui.core;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.util.Subscription;
import org.virtfx.ui.api.EventBus;

/**
 * A typed event bus: synchronous delivery to subscribers of the message's class and supertypes.
 * A subscriber that throws is logged and does not stop delivery to the others.
 */
public final class SimpleEventBus implements EventBus {
    private final Map<Class<?>, List<Consumer<Object>>> subscribers = new ConcurrentHashMap<>();

    @Override
    public <E> Subscription subscribe(Class<E> type, Consumer<? super E> subscriber) {
        Consumer<Object> entry = message -> subscriber.accept(type.cast(message));
        subscribers.computeIfAbsent(type, t -> new CopyOnWriteArrayList<>()).add(entry);
        return () -> subscribers.getOrDefault(type, List.of()).remove(entry);
    }

    @Override
    public void publish(Object message) {
        for (Map.Entry<Class<?>, List<Consumer<Object>>> e : subscribers.entrySet()) {
            if (e.getKey().isInstance(message)) {
                for (Consumer<Object> s : e.getValue()) {
                    try {
                        s.accept(message);
                    } catch (RuntimeException failure) {
                        System.getLogger("org.virtfx.ui.core").log(Level.WARNING,
                                "event subscriber failed on " + message, failure);
                    }
                }
            }
        }
    }
}
