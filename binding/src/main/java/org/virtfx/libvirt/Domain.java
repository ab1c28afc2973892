package org.virtfx.libvirt;

import com.sun.jna.Pointer;

/**
 * A virtual machine ({@code virDomainPtr}).
 *
 * <p>Thread-safe. The caller owns the handle and must {@link #close()} it. A handle stays valid
 * after its connection's handle is closed (libvirt keeps the connection alive for it).
 *
 * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html">libvirt-domain</a>
 */
public final class Domain extends DomainSnapshots {

    Domain(Pointer pointer) {
        super(pointer);
    }
}
