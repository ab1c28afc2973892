package org.virtfx.libvirt;

import com.sun.jna.Pointer;
import org.virtfx.libvirt.internal.NativeStrings;

/**
 * A secret ({@code virSecretPtr}).
 *
 * <p>Thread-safe. The caller owns the handle and must {@link #close()} it.
 */
public final class Secret extends Handle {

    Secret(Pointer pointer) {
        super(pointer, "Secret", CSecret::virSecretFree, p -> NativeStrings.borrowUtf8(CSecret.virSecretGetUsageID(p)));
    }
}
