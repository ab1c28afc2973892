/**
 * Raw JNA mappings of libvirt, with libvirt's exact C names, and the native helpers behind the
 * public handles. Not exported: nothing outside the binding may use these.
 *
 * <p>Functions are direct-mapped ({@code Native.register}) for speed: JNA's interface mapping
 * costs about 80 ns more per call. Direct mapping fails a whole class when one symbol is
 * missing, so each class groups functions that one libvirt version added together, and a class
 * that cannot be linked turns its calls into {@code NO_SUPPORT} errors instead.
 */
package org.virtfx.libvirt.internal;
