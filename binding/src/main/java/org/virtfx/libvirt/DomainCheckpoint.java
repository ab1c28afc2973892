package org.virtfx.libvirt;

import com.sun.jna.Pointer;
import org.virtfx.libvirt.internal.NativeStrings;

/**
 * A checkpoint of a domain ({@code virDomainCheckpointPtr}).
 *
 * <p>Thread-safe. The caller owns the handle and must {@link #close()} it.
 */
public final class DomainCheckpoint extends Handle {

    DomainCheckpoint(Pointer pointer) {
        super(pointer, "DomainCheckpoint", CCheckpoint::virDomainCheckpointFree, p -> NativeStrings.borrowUtf8(CCheckpoint.virDomainCheckpointGetName(p)));
    }
}
