package org.virtfx.libvirt;

import com.sun.jna.Pointer;
import org.virtfx.libvirt.internal.NativeStrings;

/**
 * A network filter bound to a port ({@code virNWFilterBindingPtr}).
 *
 * <p>Thread-safe. The caller owns the handle and must {@link #close()} it.
 */
public final class NWFilterBinding extends Handle {

    NWFilterBinding(Pointer pointer) {
        super(pointer, "NWFilterBinding", CNWFilter::virNWFilterBindingFree, p -> NativeStrings.borrowUtf8(CNWFilter.virNWFilterBindingGetPortDev(p)));
    }
}
