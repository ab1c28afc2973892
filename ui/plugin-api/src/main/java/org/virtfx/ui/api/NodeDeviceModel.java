package org.virtfx.ui.api;

import java.util.List;

/**
 * One host device that libvirt knows (a PCI or USB device, a disk, a network interface...): what
 * virt-manager's "Add Hardware > Host device" lists. Immutable: a device that changes is
 * removed and added again.
 *
 * @since 0.2
 */
@AnyThread
public interface NodeDeviceModel {

    /** @return the device's name, its identity, e.g. {@code pci_0000_00_1f_2} */
    String name();

    /** @return the parent device's name, or empty for the root ({@code computer}) */
    String parent();

    /** @return the capability types, e.g. {@code pci}, {@code usb_device}, {@code net} */
    List<String> capabilities();

    /** @return the connection the device belongs to */
    Connection connection();
}
