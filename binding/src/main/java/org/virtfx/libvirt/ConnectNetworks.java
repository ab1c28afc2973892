package org.virtfx.libvirt;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.virtfx.libvirt.internal.NativeStrings;
import org.virtfx.libvirt.internal.Scratch;
import org.virtfx.libvirt.internal.StructLayout;

/**
 * Virtual networks and host interfaces.
 *
 * <p>One layer of {@link Connect}'s API: the methods are public and reached through
 * {@code Connect}; the class is package-private so that each area of libvirt gets a file of its
 * own. Thread-safe.
 */
abstract class ConnectNetworks extends ConnectDomainJobs {

    ConnectNetworks(Pointer pointer) {
        super(pointer);
    }

}
