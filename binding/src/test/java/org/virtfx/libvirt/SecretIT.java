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
 * {@link Secret} and the secret calls of {@link Connect}. The test driver has no secret driver,
 * so with real secrets these need a real-daemon test; here: the error mapping, argument checks,
 * and a handle that libvirt itself rejects (NULL), which must fail cleanly and never crash.
 */
class SecretIT extends TestDriverFixture {
    private static final String XML = "<secret ephemeral='no' private='no'><usage type='ceph'><name>fx</name></usage></secret>";
    private static final UUID ID = UUID.fromString("55555555-5555-4555-8555-555555555555");

    SecretIT() {
        super("/devices-testdriver.xml");
    }

    @Test
    void theTestDriverHasNoSecrets() {
        assertNoSupport(conn::numOfSecrets, "virConnectNumOfSecrets");
        assertNoSupport(conn::listSecrets, "virConnectNumOfSecrets");
        assertNoSupport(conn::listAllSecrets, "virConnectListAllSecrets");
        assertNoSupport(() -> conn.listAllSecrets(EnumSet.of(ConnectListAllSecretsFlags.NO_PRIVATE)),
                "virConnectListAllSecrets");
        assertNoSupport(() -> conn.secretDefineXml(XML), "virSecretDefineXML");
        assertNoSupport(() -> conn.secretDefineXml(XML, EnumSet.of(SecretDefineFlags.VALIDATE)), "virSecretDefineXML");
        assertNoSupport(() -> conn.lookupSecretByUuid(ID), "virSecretLookupByUUID");
        assertNoSupport(() -> conn.lookupSecretByUuidString(ID.toString()), "virSecretLookupByUUIDString");
        assertNoSupport(() -> conn.lookupSecretByUsage(SecretUsageType.CEPH, "fx"), "virSecretLookupByUsage");
    }

    @Test
    void badArgumentsFailBeforeAnyNativeCall() {
        try {
            Libvirt.setCallGuard(() -> {
                throw new AssertionError("reached libvirt");
            });
            assertNpe(() -> conn.secretDefineXml(null));
            assertNpe(() -> conn.secretDefineXml(XML, null));
            assertNpe(() -> conn.lookupSecretByUuid(null));
            assertNpe(() -> conn.lookupSecretByUuidString(null));
            assertNpe(() -> conn.lookupSecretByUsage(null, "fx"));
            assertNpe(() -> conn.lookupSecretByUsage(SecretUsageType.CEPH, null));
            assertNpe(() -> conn.listAllSecrets(null));
            assertThatThrownBy(() -> conn.lookupSecretByUsage(SecretUsageType.UNKNOWN, "fx"))
                    .isInstanceOf(IllegalArgumentException.class);
            try (Secret rejected = new Secret(Pointer.NULL)) {
                assertNpe(() -> rejected.setValue(null));
            }
        } finally {
            Libvirt.setCallGuard(null);
        }
    }

    @Test
    void aHandleLibvirtRejectsFailsWithInvalidSecret() {
        try (Secret rejected = new Secret(Pointer.NULL)) {
            assertInvalid("virSecretGetValue", rejected::getValue);
            assertInvalid("virSecretSetValue", () -> rejected.setValue(new byte[] {1, 0, 2}));
            assertInvalid("virSecretSetValue", () -> rejected.setValue(new byte[0]));
            assertInvalid("virSecretGetUUID", rejected::getUuid);
            assertInvalid("virSecretGetUUIDString", rejected::getUuidString);
            assertInvalid("virSecretGetUsageType", rejected::getUsageType);
            assertInvalid("virSecretGetUsageID", rejected::getUsageId);
            assertInvalid("virSecretGetXMLDesc", rejected::getXmlDesc);
            assertInvalid("virSecretUndefine", rejected::undefine);
            assertInvalid("virSecretRef", rejected::ref);
        }
    }

    private static void assertNpe(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(NullPointerException.class);
    }

    private static void assertInvalid(String function, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(LibvirtException.class, e -> {
            assertThat(e.function()).isEqualTo(function);
            assertThat(e.is(ErrorNumber.INVALID_SECRET)).isTrue();
        });
    }
}
