/**
 * The VirtFX binding to the libvirt C library.
 *
 * <p>Knows nothing of JavaFX. The raw mappings in {@code org.virtfx.libvirt.internal} are opened
 * to JNA for direct mapping but not exported.
 */
module org.virtfx.libvirt {
    requires transitive com.sun.jna;

    exports org.virtfx.libvirt;

    opens org.virtfx.libvirt.internal to com.sun.jna;
}
