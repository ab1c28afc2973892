package org.virtfx.ui.domains;

import java.util.List;
import org.virtfx.ui.api.DomainModel;

/**
 * A machine to delete and its disks.
 *
 * @param domain the machine
 * @param disks its disks with file or volume storage, each with the choice to delete it
 */
record DeleteTarget(DomainModel domain, List<DiskChoice> disks) {

    /** @return the disks whose storage is to be deleted */
    List<DiskChoice> chosen() {
        return disks.stream().filter(DiskChoice::delete).toList();
    }
}
