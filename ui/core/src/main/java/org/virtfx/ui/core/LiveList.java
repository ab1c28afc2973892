package org.virtfx.ui.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.virtfx.ui.api.FxThread;

/**
 * An observable list of live models, one per key, kept in step with {@link Diff}s of snapshots:
 * removes, then updates in place, then adds, each as one list change. JavaFX thread only.
 *
 * @param <K> the key (UUID, volume key)
 * @param <S> the snapshot a reading makes
 * @param <M> the live model
 */
@FxThread
final class LiveList<K, S, M> {
    private final ObservableList<M> models = FXCollections.observableArrayList();
    private final ObservableList<M> readOnly = FXCollections.unmodifiableObservableList(models);
    private final Map<K, M> byKey = new HashMap<>();
    private final Function<S, K> key;
    private final BiConsumer<M, S> update;

    /**
     * @param key the key of a snapshot
     * @param update brings a model up to date with a snapshot of the same key
     */
    LiveList(Function<S, K> key, BiConsumer<M, S> update) {
        this.key = key;
        this.update = update;
    }

    /** @return the unmodifiable view that plugins see */
    ObservableList<M> view() {
        return readOnly;
    }

    /**
     * Gives a read-only list the element type plugins see, the interface its models implement.
     *
     * @param <V> the interface
     * @param readOnly an unmodifiable list
     * @return the same list
     */
    @SuppressWarnings("unchecked") // unmodifiable: nothing of another type can ever be added
    static <V> ObservableList<V> widen(ObservableList<? extends V> readOnly) {
        return (ObservableList<V>) readOnly;
    }

    /**
     * @param k a key
     * @return its model, or null
     */
    M get(K k) {
        return byKey.get(k);
    }

    /**
     * Applies one reading's difference.
     *
     * @param diff the difference
     * @param create makes the model of an added snapshot
     */
    void apply(Diff<K, S> diff, Function<S, M> create) {
        if (!diff.removed().isEmpty()) {
            // An identity set: removeAll is then linear and one list change; models need no equals.
            Set<M> gone = Collections.newSetFromMap(new IdentityHashMap<>());
            for (K k : diff.removed()) {
                M m = byKey.remove(k);
                if (m != null) {
                    gone.add(m);
                }
            }
            models.removeAll(gone);
        }
        for (S s : diff.changed()) {
            M m = byKey.get(key.apply(s));
            if (m != null) {
                update.accept(m, s);
            }
        }
        if (!diff.added().isEmpty()) {
            List<M> added = new ArrayList<>(diff.added().size());
            for (S s : diff.added()) {
                M m = create.apply(s);
                byKey.put(key.apply(s), m);
                added.add(m);
            }
            models.addAll(added);
        }
    }
}
