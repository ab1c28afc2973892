package org.virtfx.libvirt;

import com.sun.jna.Pointer;
import org.virtfx.libvirt.internal.NativeStrings;
import org.virtfx.libvirt.internal.Scratch;
import org.virtfx.libvirt.internal.StructLayout;

/**
 * Statistics: block, interface, memory, CPU; block info and peeks.
 *
 * <p>One layer of {@link Domain}'s API: the methods are public and reached through
 * {@code Domain}; the class is package-private so that each area of libvirt gets a file of its
 * own. Thread-safe.
 */
abstract class DomainStats extends DomainTuning {

    DomainStats(Pointer pointer) {
        super(pointer);
    }
}
