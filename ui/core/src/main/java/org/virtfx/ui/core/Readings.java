package org.virtfx.ui.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.virtfx.libvirt.ErrorNumber;
import org.virtfx.libvirt.LibvirtException;

/** Helpers the worker-side halves of {@link ModelSync}s share. Worker thread; no state. */
final class Readings {
    private Readings() {
    }

    /**
     * Reads an object that may vanish while it is being read: undefined between the list (or
     * lookup) and this getter. Such an object is simply absent from the reading.
     *
     * @param <T> the reading
     * @param gone the error libvirt reports for the vanished object ({@code NO_NETWORK}, ...)
     * @param read the getters
     * @return the reading, or null when the object is gone
     * @throws LibvirtException any other error
     */
    static <T> T unlessGone(ErrorNumber gone, Supplier<T> read) {
        try {
            return read.get();
        } catch (LibvirtException e) {
            if (e.is(gone)) {
                return null;
            }
            throw e;
        }
    }

    /**
     * Reads each of some objects with {@link #unlessGone}, leaving out those that are gone: the
     * handles of a {@code virConnectListAll*} list, or the names an event gave, each looked up.
     *
     * @param <T> a handle, or a name
     * @param <S> the snapshot
     * @param objects the objects to read
     * @param gone the error libvirt reports for a vanished object ({@code NO_NETWORK}, ...)
     * @param read the getters (for a name: the lookup, the getters and the handle's close)
     * @return the readings of the objects that still exist, in the order of {@code objects}
     * @throws LibvirtException any other error
     */
    static <T, S> List<S> each(Collection<T> objects, ErrorNumber gone, Function<T, S> read) {
        List<S> result = new ArrayList<>(objects.size());
        for (T t : objects) {
            S s = unlessGone(gone, () -> read.apply(t));
            if (s != null) {
                result.add(s);
            }
        }
        return result;
    }

    /**
     * @param <S> the snapshot
     * @param snapshots a reading
     * @param key the identity of a snapshot
     * @return the reading by key
     */
    static <S> Map<String, S> byKey(Collection<S> snapshots, Function<S, String> key) {
        Map<String, S> result = new HashMap<>(snapshots.size() * 2);
        for (S s : snapshots) {
            result.put(key.apply(s), s);
        }
        return result;
    }

    /**
     * The last reading with some objects re-read by name: every object that had one of the names
     * is dropped, and what the re-read found is put back. A name that was undefined and defined
     * again has a new UUID, so the old object goes and the new one comes.
     *
     * @param <S> the snapshot
     * @param last the last reading, by key
     * @param names the names that were re-read
     * @param name the name of a snapshot
     * @param reread what the re-read found (the objects that still exist)
     * @param key the identity of a snapshot
     * @return the new reading, by key
     */
    static <S> Map<String, S> merge(Map<String, S> last, Set<String> names, Function<S, String> name,
                                    List<S> reread, Function<S, String> key) {
        Map<String, S> next = new HashMap<>(last);
        next.values().removeIf(s -> names.contains(name.apply(s)));
        for (S s : reread) {
            next.put(key.apply(s), s);
        }
        return next;
    }
}
