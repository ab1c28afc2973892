package org.virtfx.libvirt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.virtfx.testsupport.Guests;

/**
 * Guest-agent calls against a real QEMU guest that has no agent, the errors a manager must tell
 * apart: "not configured" (no agent channel) and "not connected" (a channel nobody answers on,
 * hot-plugged into the same guest half-way). The test driver fakes agent answers instead.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GuestAgentDaemonIT extends DaemonFixture {
    private static Domain guest;

    @BeforeAll
    static void startGuest() {
        guest = createGuest(Guests.biosGuest(Guests.uniqueName("agent")));
    }

    @Test
    @Order(1)
    void withoutAnAgentChannelAgentCallsAreUnsupported() {
        for (ThrowingCallable call : agentCalls()) {
            assertThatThrownBy(call).isInstanceOfSatisfying(LibvirtException.class, e -> {
                assertThat(e.is(ErrorNumber.ARGUMENT_UNSUPPORTED)).as(e.code() + ": " + e.getMessage()).isTrue();
                assertThat(e.libvirtMessage()).contains("QEMU guest agent is not configured");
            });
        }
    }

    @Test
    @Order(2)
    void callsThatNeedNoAgentWork() {
        guest.agentSetResponseTimeout(5);
        guest.agentSetResponseTimeout(DomainAgentResponseTimeoutValues.DEFAULT.value());
        // The guest has no network interface: the DHCP leases name none, without error. (The ARP
        // source reads the host's neighbour table over netlink, which not every sandbox has.)
        assertThat(guest.interfaceAddresses(DomainInterfaceAddressesSource.LEASE)).isEmpty();
    }

    @Test
    @Order(3)
    void withAChannelNobodyAnswersAgentCallsAreUnresponsive() {
        guest.attachDevice(Guests.agentChannel(), EnumSet.of(DomainDeviceModifyFlags.LIVE));
        assertThat(guest.getXmlDesc()).contains("org.qemu.guest_agent.0").contains("state='disconnected'");
        for (ThrowingCallable call : agentCalls()) {
            assertThatThrownBy(call).isInstanceOfSatisfying(LibvirtException.class, e -> {
                assertThat(e.is(ErrorNumber.AGENT_UNRESPONSIVE)).as(e.code() + ": " + e.getMessage()).isTrue();
                assertThat(e.libvirtMessage()).contains("QEMU guest agent is not connected");
            });
        }
    }

    private static List<ThrowingCallable> agentCalls() {
        return List.of(
                () -> guest.getHostname(EnumSet.of(DomainGetHostnameFlags.AGENT)),
                guest::getTime,
                () -> guest.setTime(Instant.now(), Set.of()),
                guest::getFsInfo,
                () -> guest.fsFreeze(List.of()),
                () -> guest.fsThaw(List.of()),
                () -> guest.interfaceAddresses(DomainInterfaceAddressesSource.AGENT),
                () -> guest.getGuestInfo(Set.of()),
                guest::getGuestVcpus,
                () -> guest.setUserPassword("root", "virtfx", Set.of()),
                () -> guest.authorizedSshKeysGet("root"));
    }
}
