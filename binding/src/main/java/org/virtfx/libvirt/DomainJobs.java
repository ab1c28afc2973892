package org.virtfx.libvirt;

import com.sun.jna.Pointer;
import org.virtfx.libvirt.internal.NativeStrings;
import org.virtfx.libvirt.internal.Scratch;
import org.virtfx.libvirt.internal.StructLayout;

/**
 * Migration, jobs, block jobs, save and core dump.
 *
 * <p>One layer of {@link Domain}'s API: the methods are public and reached through
 * {@code Domain}; the class is package-private so that each area of libvirt gets a file of its
 * own. Thread-safe.
 */
abstract class DomainJobs extends DomainGuest {

    DomainJobs(Pointer pointer) {
        super(pointer);
    }
}
