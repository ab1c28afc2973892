package org.virtfx.ui.core;

import org.virtfx.libvirt.Connect;
import org.virtfx.libvirt.Domain;
import org.virtfx.libvirt.DomainInfo;
import org.virtfx.libvirt.DomainMetadataType;
import org.virtfx.libvirt.ErrorNumber;
import org.virtfx.libvirt.LibvirtException;

/**
 * The facts of one domain that no statistics group carries: its title, whether it is persistent
 * and whether a managed save image waits, plus vCPU and memory figures for drivers whose
 * statistics lack them. A few calls on one domain; {@link DomainSync} makes them only when a
 * domain is new, named by an event, or changed state. Worker thread only.
 */
final class DomainDetails {
    private DomainDetails() {
    }

    /**
     * @param connect the connection
     * @param uuid the domain
     * @return the details as a reading (its name is left empty), or null when the domain is gone
     */
    static DomainReading read(Connect connect, String uuid) {
        try (Domain d = DomainSync.lookup(connect, uuid)) {
            if (d == null) {
                return null;
            }
            DomainInfo info = d.getInfo();
            return new DomainReading(uuid, "", info.state(), info.vcpus(), info.memoryKiB(), info.maxMemoryKiB(),
                    title(d), d.isPersistent(), managedSave(d));
        } catch (LibvirtException e) {
            if (e.is(ErrorNumber.NO_DOMAIN)) {
                return null;
            }
            throw e;
        }
    }

    private static String title(Domain d) {
        try {
            return d.getMetadata(DomainMetadataType.TITLE, null);
        } catch (LibvirtException e) {
            if (e.is(ErrorNumber.NO_DOMAIN_METADATA)) {
                return "";
            }
            throw e;
        }
    }

    private static boolean managedSave(Domain d) {
        try {
            return d.hasManagedSaveImage();
        } catch (LibvirtException e) {
            // Drivers without managed save (some remote or older ones) simply have none.
            if (e.is(ErrorNumber.NO_SUPPORT)) {
                return false;
            }
            throw e;
        }
    }
}
