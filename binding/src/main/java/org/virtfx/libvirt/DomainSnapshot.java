package org.virtfx.libvirt;

import com.sun.jna.Pointer;
import org.virtfx.libvirt.internal.NativeStrings;

/**
 * A snapshot of a domain ({@code virDomainSnapshotPtr}).
 *
 * <p>Thread-safe. The caller owns the handle and must {@link #close()} it.
 */
public final class DomainSnapshot extends Handle {

    DomainSnapshot(Pointer pointer) {
        super(pointer, "DomainSnapshot", CSnapshot::virDomainSnapshotFree, p -> NativeStrings.borrowUtf8(CSnapshot.virDomainSnapshotGetName(p)));
    }
}
