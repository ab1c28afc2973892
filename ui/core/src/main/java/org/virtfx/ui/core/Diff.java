package org.virtfx.ui.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The difference between two polls, by key: what appeared, what went, what changed
 * (virt-manager's pollhelpers, keyed by UUID instead of name, and linear in the number of items).
 *
 * @param <K> the key
 * @param <T> the item, compared with {@code equals}
 * @param added items whose key is new
 * @param removed keys that are gone
 * @param changed items whose key was there with a different value
 */
public record Diff<K, T>(List<T> added, List<K> removed, List<T> changed) {

    /**
     * Compares a poll with the one before it.
     *
     * @param <K> the key
     * @param <T> the item
     * @param before the previous poll, by key
     * @param now the new poll
     * @param key the key of an item
     * @return the difference; empty lists when nothing changed
     */
    public static <K, T> Diff<K, T> between(Map<K, T> before, Collection<T> now, Function<T, K> key) {
        List<T> added = new ArrayList<>();
        List<T> changed = new ArrayList<>();
        Map<K, T> gone = new HashMap<>(before);
        for (T item : now) {
            K k = key.apply(item);
            T old = gone.remove(k);
            if (old == null) {
                added.add(item);
            } else if (!Objects.equals(old, item)) {
                changed.add(item);
            }
        }
        return new Diff<>(List.copyOf(added), List.copyOf(gone.keySet()), List.copyOf(changed));
    }

    /** @return true when nothing was added, removed or changed */
    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }
}
