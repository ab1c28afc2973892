package org.virtfx.ui.api;

import org.virtfx.libvirt.Connect;

/**
 * Work done with a connection's libvirt handle, on that connection's worker thread.
 *
 * @param <T> the result
 * @since 0.1
 */
@FunctionalInterface
public interface LibvirtCall<T> {

    /**
     * Does the work. Must not keep {@code connect} beyond the call, nor touch JavaFX.
     *
     * @param connect the connection's handle
     * @return the result
     * @throws Exception anything; it completes the call's future exceptionally
     */
    T apply(Connect connect) throws Exception;
}
