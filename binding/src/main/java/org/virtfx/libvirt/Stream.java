package org.virtfx.libvirt;

import com.sun.jna.Pointer;

/**
 * A data stream ({@code virStreamPtr}).
 *
 * <p>Thread-safe. The caller owns the handle and must {@link #close()} it.
 */
public final class Stream extends Handle {

    Stream(Pointer pointer) {
        super(pointer, "Stream", CStream::virStreamFree, p -> "stream");
    }
}
