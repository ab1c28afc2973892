package org.virtfx.ui.domains;

import java.nio.file.Path;
import java.util.UUID;
import org.virtfx.libvirt.Connect;
import org.virtfx.libvirt.LibvirtException;
import org.virtfx.libvirt.StoragePool;
import org.virtfx.libvirt.StorageVol;

/**
 * Deletes a disk's storage through libvirt's storage API, so that it works on remote hosts too:
 * the volume at that path, or, for a file outside every pool, the same file seen through a
 * short-lived directory pool on its folder (virt-manager's way). Runs on the connection's worker.
 */
final class StorageDeletion {
    private StorageDeletion() {
    }

    /**
     * @param c the connection
     * @param path the disk's file or device
     * @return what was done, for the results list
     * @throws LibvirtException when libvirt refuses, or {@link IllegalStateException} when the
     *     path is in no pool and no pool could be made for its folder
     */
    static String delete(Connect c, String path) {
        try (StorageVol vol = c.lookupStorageVolByPath(path)) {
            vol.delete();
            return "Deleted";
        } catch (LibvirtException e) {
            if (!e.isNotFound()) {
                throw e;
            }
        }
        return deleteThroughTemporaryPool(c, path);
    }

    private static String deleteThroughTemporaryPool(Connect c, String path) {
        Path folder = Path.of(path).getParent();
        if (folder == null) {
            throw new IllegalStateException("Not deleted: " + path + " is in no storage pool");
        }
        String xml = "<pool type='dir'><name>virtfx-delete-" + UUID.randomUUID() + "</name><target><path>"
                + escape(folder.toString()) + "</path></target></pool>";
        StoragePool pool;
        try {
            pool = c.storagePoolCreateXml(xml);
        } catch (LibvirtException e) {
            throw new IllegalStateException("Not deleted: " + path + " is in no storage pool, and no pool could be"
                    + " made for its folder: " + e.getMessage(), e);
        }
        try (pool) {
            try {
                pool.refresh();
                try (StorageVol vol = c.lookupStorageVolByPath(path)) {
                    vol.delete();
                    return "Deleted (outside every storage pool)";
                }
            } catch (LibvirtException e) {
                throw new IllegalStateException("Not deleted: " + path + " is in no storage pool, and its folder does"
                        + " not show it: " + e.getMessage(), e);
            } finally {
                // transient: destroying it also forgets it
                pool.destroy();
            }
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace("'", "&apos;");
    }
}
