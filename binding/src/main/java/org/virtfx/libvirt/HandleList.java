package org.virtfx.libvirt;

import java.util.AbstractList;
import java.util.List;

/**
 * An unmodifiable list of handles that closes them all: the result of the {@code ListAll} calls.
 * Use it in try-with-resources, or take ownership of single elements with their {@code ref()}.
 *
 * @param <T> the handle type
 */
public final class HandleList<T extends AutoCloseable> extends AbstractList<T> implements AutoCloseable {
    private final List<T> handles;

    HandleList(List<T> handles) {
        this.handles = List.copyOf(handles);
    }

    @Override
    public T get(int index) {
        return handles.get(index);
    }

    @Override
    public int size() {
        return handles.size();
    }

    /** Closes every handle; idempotent, as each handle's close is. */
    @Override
    public void close() {
        RuntimeException first = null;
        for (T h : handles) {
            try {
                h.close();
            } catch (Exception e) {
                if (first == null) {
                    first = e instanceof RuntimeException r ? r : new IllegalStateException(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
