package org.virtfx.libvirt;

import com.sun.jna.Pointer;
import org.virtfx.libvirt.internal.NativeStrings;
import org.virtfx.libvirt.internal.Scratch;
import org.virtfx.libvirt.internal.StructLayout;

/**
 * What the guest agent offers: time, users, file systems, addresses, guest info.
 *
 * <p>One layer of {@link Domain}'s API: the methods are public and reached through
 * {@code Domain}; the class is package-private so that each area of libvirt gets a file of its
 * own. Thread-safe.
 */
abstract class DomainGuest extends DomainStats {

    DomainGuest(Pointer pointer) {
        super(pointer);
    }
}
