package org.virtfx.ui.core;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.virtfx.libvirt.ErrorNumber;

/**
 * The worker-side memory of a {@link ModelSync} whose events name the objects they concern
 * (networks, storage pools, host devices): the last reading, by key, and the names marked since
 * for re-reading. A full read replaces the reading; a partial one re-reads only the marked names
 * by name, leaving out those that are gone, and merges them in ({@link Readings#merge}).
 *
 * <p>Threads: {@link #mark} may be called from any thread; {@link #next} belongs to the
 * connection's worker. A name stays marked until a read that covered it succeeds.
 *
 * @param <S> the snapshot
 */
final class NamedReadings<S> {

    /**
     * One reading and the one before it.
     *
     * @param <S> the snapshot
     * @param before the last reading, by key
     * @param read what this read found: every object (full) or the re-read ones (partial)
     * @param after the new reading, by key
     */
    record Step<S>(Map<String, S> before, List<S> read, Map<String, S> after) {
    }

    private final Function<S, String> key;
    private final Function<S, String> name;
    private final ErrorNumber gone;

    // Worker thread.
    private Map<String, S> last = Map.of();

    // Any thread: names to re-read, kept until a read that covered them succeeds.
    private final Set<String> dirty = ConcurrentHashMap.newKeySet();

    /**
     * @param key the identity of a snapshot (its UUID, or its name where there is none)
     * @param name the name of a snapshot, as events give it
     * @param gone the error libvirt reports for a name it no longer knows ({@code NO_NETWORK}, ...)
     */
    NamedReadings(Function<S, String> key, Function<S, String> name, ErrorNumber gone) {
        this.key = key;
        this.name = name;
        this.gone = gone;
    }

    /**
     * Marks an object to be re-read by the next partial read. Any thread.
     *
     * @param objectName the object's name, as an event gave it
     */
    void mark(String objectName) {
        dirty.add(objectName);
    }

    /**
     * Reads and remembers the result. Worker thread.
     *
     * @param full whether to read every object
     * @param all reads every object; null when there is nothing to read (no such objects here)
     * @param byName reads one object by name: the lookup, the getters and the handle's close
     * @return the step, or null when nothing was read: a partial read with no name marked, or a
     *     full read that found nothing to read
     */
    Step<S> next(boolean full, Supplier<List<S>> all, Function<String, S> byName) {
        Set<String> covered = Set.copyOf(dirty);
        List<S> read;
        Map<String, S> next;
        if (full) {
            read = all.get();
            if (read == null) {
                return null;
            }
            next = Readings.byKey(read, key);
        } else if (covered.isEmpty()) {
            return null;
        } else {
            read = Readings.each(covered, gone, byName);
            next = Readings.merge(last, covered, name, read, key);
        }
        Step<S> step = new Step<>(last, read, next);
        last = next;
        dirty.removeAll(covered);
        return step;
    }
}
