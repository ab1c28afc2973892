package org.virtfx.ui.core;

import java.util.ArrayList;
import java.util.List;
import org.virtfx.libvirt.Connect;
import org.virtfx.libvirt.Domain;
import org.virtfx.libvirt.DomainInfo;
import org.virtfx.libvirt.ErrorNumber;
import org.virtfx.libvirt.HandleList;
import org.virtfx.libvirt.LibvirtException;

/**
 * Reads every domain of a connection into snapshots. Runs on the connection's worker.
 *
 * <p>One list call, then a few cheap calls per domain. The bulk statistics call
 * ({@code virConnectGetAllDomainStats}) replaces the per-domain calls once the binding has it.
 */
final class DomainPoller {
    private DomainPoller() {
    }

    static List<DomainSnapshot> poll(Connect connect) {
        try (HandleList<Domain> domains = connect.listAllDomains()) {
            List<DomainSnapshot> result = new ArrayList<>(domains.size());
            for (Domain d : domains) {
                try {
                    DomainInfo info = d.getInfo();
                    result.add(new DomainSnapshot(d.getUuidString(), d.getName(), info.state(), d.getId(),
                            info.vcpus(), info.memoryKiB(), info.maxMemoryKiB()));
                } catch (LibvirtException e) {
                    // Undefined between the list and this call: it is simply gone from this poll.
                    if (!e.is(ErrorNumber.NO_DOMAIN)) {
                        throw e;
                    }
                }
            }
            return result;
        }
    }
}
