package org.virtfx.libvirt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.virtfx.libvirt.TestDriver.assertNoSupport;

import com.sun.jna.Pointer;
import java.util.EnumSet;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * {@link NWFilter}, {@link NWFilterBinding} and the filter calls of {@link Connect}. The test
 * driver has no network filter driver, so with real filters these need a real-daemon test; here:
 * the error mapping, argument checks, and handles that libvirt itself rejects (NULL).
 */
class NWFilterIT extends TestDriverFixture {
    private static final String FILTER = "<filter name='fx-filter' chain='root'><rule action='accept' direction='in'/></filter>";
    private static final String BINDING = """
            <filterbinding>
              <owner><name>fx-running</name><uuid>11111111-1111-4111-8111-111111111111</uuid></owner>
              <portdev name='vnet0'/>
              <mac address='52:54:00:f0:00:01'/>
              <filterref filter='fx-filter'/>
            </filterbinding>
            """;
    private static final UUID ID = UUID.fromString("66666666-6666-4666-8666-666666666666");

    NWFilterIT() {
        super("/devices-testdriver.xml");
    }

    @Test
    void theTestDriverHasNoNetworkFilters() {
        assertNoSupport(conn::numOfNwFilters, "virConnectNumOfNWFilters");
        assertNoSupport(conn::listNwFilters, "virConnectNumOfNWFilters");
        assertNoSupport(conn::listAllNwFilters, "virConnectListAllNWFilters");
        assertNoSupport(() -> conn.nwFilterDefineXml(FILTER), "virNWFilterDefineXML");
        assertNoSupport(() -> conn.nwFilterDefineXml(FILTER, EnumSet.of(NWFilterDefineFlags.VALIDATE)),
                "virNWFilterDefineXMLFlags");
        assertNoSupport(() -> conn.lookupNwFilterByName("fx-filter"), "virNWFilterLookupByName");
        assertNoSupport(() -> conn.lookupNwFilterByUuid(ID), "virNWFilterLookupByUUID");
        assertNoSupport(() -> conn.lookupNwFilterByUuidString(ID.toString()), "virNWFilterLookupByUUIDString");
        assertNoSupport(conn::listAllNwFilterBindings, "virConnectListAllNWFilterBindings");
        assertNoSupport(() -> conn.nwFilterBindingCreateXml(BINDING), "virNWFilterBindingCreateXML");
        assertNoSupport(() -> conn.lookupNwFilterBindingByPortDev("vnet0"), "virNWFilterBindingLookupByPortDev");
    }

    @Test
    void nullArgumentsFailBeforeAnyNativeCall() {
        try {
            Libvirt.setCallGuard(() -> {
                throw new AssertionError("reached libvirt");
            });
            assertNpe(() -> conn.nwFilterDefineXml(null));
            assertNpe(() -> conn.nwFilterDefineXml(null, EnumSet.noneOf(NWFilterDefineFlags.class)));
            assertNpe(() -> conn.nwFilterDefineXml(FILTER, null));
            assertNpe(() -> conn.lookupNwFilterByName(null));
            assertNpe(() -> conn.lookupNwFilterByUuid(null));
            assertNpe(() -> conn.lookupNwFilterByUuidString(null));
            assertNpe(() -> conn.nwFilterBindingCreateXml(null));
            assertNpe(() -> conn.nwFilterBindingCreateXml(BINDING, null));
            assertNpe(() -> conn.lookupNwFilterBindingByPortDev(null));
        } finally {
            Libvirt.setCallGuard(null);
        }
    }

    @Test
    void handlesLibvirtRejectsFailCleanly() {
        try (NWFilter filter = new NWFilter(Pointer.NULL);
             NWFilterBinding binding = new NWFilterBinding(Pointer.NULL)) {
            assertInvalid(ErrorNumber.INVALID_NWFILTER, "virNWFilterGetName", filter::getName);
            assertInvalid(ErrorNumber.INVALID_NWFILTER, "virNWFilterGetUUID", filter::getUuid);
            assertInvalid(ErrorNumber.INVALID_NWFILTER, "virNWFilterGetUUIDString", filter::getUuidString);
            assertInvalid(ErrorNumber.INVALID_NWFILTER, "virNWFilterGetXMLDesc", filter::getXmlDesc);
            assertInvalid(ErrorNumber.INVALID_NWFILTER, "virNWFilterUndefine", filter::undefine);
            assertInvalid(ErrorNumber.INVALID_NWFILTER, "virNWFilterRef", filter::ref);
            assertInvalid(ErrorNumber.INVALID_NWFILTER_BINDING, "virNWFilterBindingGetPortDev", binding::getPortDev);
            assertInvalid(ErrorNumber.INVALID_NWFILTER_BINDING, "virNWFilterBindingGetFilterName",
                    binding::getFilterName);
            assertInvalid(ErrorNumber.INVALID_NWFILTER_BINDING, "virNWFilterBindingGetXMLDesc", binding::getXmlDesc);
            assertInvalid(ErrorNumber.INVALID_NWFILTER_BINDING, "virNWFilterBindingDelete", binding::delete);
            assertInvalid(ErrorNumber.INVALID_NWFILTER_BINDING, "virNWFilterBindingRef", binding::ref);
        }
    }

    private static void assertNpe(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(NullPointerException.class);
    }

    private static void assertInvalid(ErrorNumber code, String function, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(LibvirtException.class, e -> {
            assertThat(e.function()).isEqualTo(function);
            assertThat(e.is(code)).isTrue();
        });
    }
}
