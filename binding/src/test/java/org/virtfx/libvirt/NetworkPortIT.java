package org.virtfx.libvirt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.virtfx.libvirt.TestDriver.assertNoSupport;

import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Network ports against the test driver, which has none: every port call fails with
 * {@link ErrorNumber#NO_SUPPORT}, so this checks the error mapping and argument checks only. The
 * port methods themselves (UUID, XML, parameters, network, delete) need a real daemon.
 */
class NetworkPortIT extends TestDriverFixture {
    private static final String PORT_XML = "<networkport><uuid>99999999-9999-4999-8999-999999999999</uuid>"
            + "<owner><name>fx-guest</name><uuid>11111111-1111-4111-8111-111111111111</uuid></owner>"
            + "<mac address='52:54:00:f0:00:01'/><plug type='network' bridge='virbr9'/></networkport>";

    private Network nat;

    NetworkPortIT() {
        super(NetworkIT.FIXTURE);
    }

    @BeforeEach
    void lookUp() {
        nat = closeAfter(conn.lookupNetworkByName("fx-nat"));
    }

    @Test
    void portCallsReportNoSupport() {
        assertNoSupport(nat::listAllPorts, "virNetworkListAllPorts");
        assertNoSupport(() -> nat.portCreateXml(PORT_XML), "virNetworkPortCreateXML");
        assertNoSupport(() -> nat.portCreateXml(PORT_XML, EnumSet.of(NetworkPortCreateFlags.VALIDATE)),
                "virNetworkPortCreateXML");
        assertNoSupport(() -> nat.lookupNetworkPortByUuid(UUID.fromString("99999999-9999-4999-8999-999999999999")),
                "virNetworkPortLookupByUUID");
        assertNoSupport(() -> nat.lookupNetworkPortByUuidString("99999999-9999-4999-8999-999999999999"),
                "virNetworkPortLookupByUUIDString");
    }

    @Test
    void portCallsCheckArgumentsFirst() {
        assertThatThrownBy(() -> nat.portCreateXml(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> nat.lookupNetworkPortByUuid(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> nat.lookupNetworkPortByUuidString(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void bandwidthFieldNamesAreLibvirts() {
        assertThat(NetworkPort.BANDWIDTH_IN_AVERAGE).isEqualTo("inbound.average");
        assertThat(NetworkPort.BANDWIDTH_IN_PEAK).isEqualTo("inbound.peak");
        assertThat(NetworkPort.BANDWIDTH_IN_BURST).isEqualTo("inbound.burst");
        assertThat(NetworkPort.BANDWIDTH_IN_FLOOR).isEqualTo("inbound.floor");
        assertThat(NetworkPort.BANDWIDTH_OUT_AVERAGE).isEqualTo("outbound.average");
        assertThat(NetworkPort.BANDWIDTH_OUT_PEAK).isEqualTo("outbound.peak");
        assertThat(NetworkPort.BANDWIDTH_OUT_BURST).isEqualTo("outbound.burst");
    }
}
