package org.virtfx.libvirt;

import com.sun.jna.Pointer;
import org.virtfx.libvirt.internal.NativeStrings;

/**
 * A network filter ({@code virNWFilterPtr}).
 *
 * <p>Thread-safe. The caller owns the handle and must {@link #close()} it.
 */
public final class NWFilter extends Handle {

    NWFilter(Pointer pointer) {
        super(pointer, "NWFilter", CNWFilter::virNWFilterFree, p -> NativeStrings.borrowUtf8(CNWFilter.virNWFilterGetName(p)));
    }
}
