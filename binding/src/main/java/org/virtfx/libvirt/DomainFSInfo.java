package org.virtfx.libvirt;

import java.util.List;

/**
 * A guest file system, from {@code virDomainGetFSInfo} ({@code virDomainFSInfo}). Immutable.
 *
 * @param mountpoint where the guest mounts it
 * @param name the guest's device name, such as {@code sda1}
 * @param fstype the file system type, such as {@code ext4}
 * @param devAliases the domain's disks it lives on, by target name
 */
public record DomainFSInfo(String mountpoint, String name, String fstype, List<String> devAliases) {
}
