package org.virtfx.ui.domains;

/**
 * One disk of a machine being deleted, and whether to delete its storage.
 *
 * @param target the disk's target device, e.g. {@code vda}
 * @param device {@code disk}, {@code cdrom}, {@code floppy} or {@code lun}
 * @param path the file or block device behind it, or {@code pool/volume} for a volume source
 * @param inPool whether libvirt knows the path as a volume of a storage pool
 * @param readOnly whether the disk is read-only
 * @param shareable whether other machines may use it at the same time
 * @param delete whether to delete the storage (the user's choice)
 */
record DiskChoice(String target, String device, String path, boolean inPool, boolean readOnly, boolean shareable,
                  boolean delete) {

    /**
     * virt-manager's default: delete a machine's own disk image in a pool; keep shared,
     * read-only and removable media, which other machines or the host may still need.
     *
     * @return whether the box starts checked
     */
    boolean deleteByDefault() {
        return inPool && !readOnly && !shareable && "disk".equals(device);
    }

    /** @param value the user's choice @return a copy with it */
    DiskChoice withDelete(boolean value) {
        return new DiskChoice(target, device, path, inPool, readOnly, shareable, value);
    }
}
