package org.virtfx.ui.core;

import org.virtfx.libvirt.Connect;

/**
 * One kind of object in a connection's live model (domains, networks, storage pools, the host),
 * kept in step with libvirt in two halves: {@link #read} runs on the connection's worker thread
 * and makes libvirt calls; {@link #apply} runs on the JavaFX thread and only touches the model.
 * A change crosses from one to the other as an immutable batch.
 *
 * <p>Implementations keep their worker-side state (the last reading, rate baselines) apart from
 * their FX-side state (the observable model), and document which field belongs to which thread.
 *
 * @param <B> the immutable batch of changes from one reading
 */
interface ModelSync<B> {

    /**
     * Reads libvirt and returns what changed since the last reading. Worker thread only.
     *
     * @param connect the open connection
     * @param full true on a poll tick or after (re)connecting: read everything; false when only
     *     what events marked dirty needs reading
     * @return the changes, or {@code null} when nothing changed
     */
    B read(Connect connect, boolean full);

    /**
     * Applies a batch to the model. JavaFX thread only; never calls libvirt.
     *
     * @param batch a batch from {@link #read}
     */
    void apply(B batch);
}
