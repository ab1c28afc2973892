package org.virtfx.ui.domains;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.virtfx.libvirt.Connect;
import org.virtfx.libvirt.Domain;
import org.virtfx.libvirt.DomainUndefineFlagsValues;
import org.virtfx.libvirt.ErrorNumber;
import org.virtfx.libvirt.LibvirtException;

/**
 * Undefines a machine together with what libvirt keeps beside its definition: its managed save
 * image, snapshot and checkpoint metadata, and NVRAM. Drivers accept different subsets of these
 * flags (the test driver rejects NVRAM and checkpoints; old libvirt has no checkpoints), so it
 * tries the fullest set first and drops flags only when the driver rejects them. Runs on the
 * connection's worker.
 */
final class Undefine {
    private static final List<Set<DomainUndefineFlagsValues>> FLAG_SETS = List.of(
            EnumSet.of(DomainUndefineFlagsValues.MANAGED_SAVE, DomainUndefineFlagsValues.SNAPSHOTS_METADATA,
                    DomainUndefineFlagsValues.CHECKPOINTS_METADATA, DomainUndefineFlagsValues.NVRAM),
            EnumSet.of(DomainUndefineFlagsValues.MANAGED_SAVE, DomainUndefineFlagsValues.SNAPSHOTS_METADATA,
                    DomainUndefineFlagsValues.NVRAM),
            EnumSet.of(DomainUndefineFlagsValues.MANAGED_SAVE, DomainUndefineFlagsValues.SNAPSHOTS_METADATA,
                    DomainUndefineFlagsValues.CHECKPOINTS_METADATA),
            EnumSet.of(DomainUndefineFlagsValues.MANAGED_SAVE, DomainUndefineFlagsValues.SNAPSHOTS_METADATA),
            EnumSet.of(DomainUndefineFlagsValues.MANAGED_SAVE));

    private Undefine() {
    }

    /**
     * @param c the connection
     * @param uuid the machine's UUID
     * @return what was done, for the results list
     */
    static String undefine(Connect c, String uuid) {
        Domain d;
        try {
            d = c.lookupDomainByUuidString(uuid);
        } catch (LibvirtException e) {
            if (e.isNotFound()) {
                return "Removed (it was transient: gone once stopped)";
            }
            throw e;
        }
        try (d) {
            if (!d.isPersistent()) {
                return "Removed (transient: gone once stopped)";
            }
            LibvirtException last = null;
            for (Set<DomainUndefineFlagsValues> flags : FLAG_SETS) {
                try {
                    d.undefine(flags);
                    return "Removed";
                } catch (LibvirtException e) {
                    if (!rejectsFlags(e)) {
                        throw e;
                    }
                    last = e;
                }
            }
            throw last;
        }
    }

    private static boolean rejectsFlags(LibvirtException e) {
        return e.is(ErrorNumber.INVALID_ARG) || e.is(ErrorNumber.NO_SUPPORT) || e.is(ErrorNumber.ARGUMENT_UNSUPPORTED);
    }
}
