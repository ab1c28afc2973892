package org.virtfx.libvirt;

import com.sun.jna.Pointer;
import org.virtfx.libvirt.internal.NativeStrings;

/**
 * A host network interface ({@code virInterfacePtr}).
 *
 * <p>Thread-safe. The caller owns the handle and must {@link #close()} it.
 */
public final class Interface extends Handle {

    Interface(Pointer pointer) {
        super(pointer, "Interface", CInterface::virInterfaceFree, p -> NativeStrings.borrowUtf8(CInterface.virInterfaceGetName(p)));
    }
}
