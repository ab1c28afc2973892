package org.virtfx.libvirt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The {@code GetConnect} calls lend a pointer; each must come back as an independent handle that
 * outlives the object and the original connection handle.
 */
class GetConnectIT {

    @Test
    void domainNetworkAndInterfaceGiveTheirConnectionBack() {
        try (Connect conn = TestDriver.open("/net-testdriver.xml");
                Network net = conn.lookupNetworkByName("fx-nat");
                Interface iface = conn.lookupInterfaceByName("fx-eth0");
                Connect fromNet = net.getConnect();
                Connect fromIface = iface.getConnect()) {
            assertThat(fromNet.getUri()).isEqualTo(conn.getUri());
            assertThat(fromIface.getUri()).isEqualTo(conn.getUri());
        }
    }

    @Test
    void aDomainsConnectionOutlivesTheFirstHandle() {
        Connect original = TestDriver.open();
        try (Domain d = original.lookupDomainByName("fx-running")) {
            String uri = original.getUri();
            original.close();
            try (Connect again = d.getConnect()) {
                assertThat(again.getUri()).isEqualTo(uri);
                assertThat(again.numOfDomains()).isPositive();
            }
        }
    }

    @Test
    void snapshotGivesItsConnectionBack() {
        try (Connect conn = TestDriver.open("/domain-c-testdriver.xml");
                Domain d = conn.lookupDomainByName("dc-snap");
                DomainSnapshot s = d.snapshotLookupByName("dc-base");
                Connect back = s.getConnect()) {
            assertThat(back.getUri()).isEqualTo(conn.getUri());
        }
    }
}
