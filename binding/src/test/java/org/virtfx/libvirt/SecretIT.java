package org.virtfx.libvirt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.virtfx.libvirt.NodeDeviceIT.assertNoSupport;

import com.sun.jna.Pointer;
import java.util.EnumSet;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link Secret} and the secret calls of {@link Connect}. The test driver has no secret driver,
 * so with real secrets these need a real-daemon test; here: the error mapping, argument checks,
 * and a handle that libvirt itself rejects (NULL), which must fail cleanly and never crash.
 */
class SecretIT {
    private static final String XML = "<secret ephemeral='no' private='no'><usage type='ceph'><name>fx</name></usage></secret>";
    private static final UUID ID = UUID.fromString("55555555-5555-4555-8555-555555555555");

    private Connect conn;

    @BeforeEach
    void open() {
        conn = TestDriver.open("/devices-testdriver.xml");
    }

    @AfterEach
    void close() {
        if (conn != null) {
            conn.close();
        }
    }

    @Test
    void theTestDriverHasNoSecrets() {
        assertNoSupport("virConnectNumOfSecrets", conn::numOfSecrets);
        assertNoSupport("virConnectNumOfSecrets", conn::listSecrets);
        assertNoSupport("virConnectListAllSecrets", conn::listAllSecrets);
        assertNoSupport("virConnectListAllSecrets",
                () -> conn.listAllSecrets(EnumSet.of(ConnectListAllSecretsFlags.NO_PRIVATE)));
        assertNoSupport("virSecretDefineXML", () -> conn.secretDefineXml(XML));
        assertNoSupport("virSecretDefineXML", () -> conn.secretDefineXml(XML, EnumSet.of(SecretDefineFlags.VALIDATE)));
        assertNoSupport("virSecretLookupByUUID", () -> conn.lookupSecretByUuid(ID));
        assertNoSupport("virSecretLookupByUUIDString", () -> conn.lookupSecretByUuidString(ID.toString()));
        assertNoSupport("virSecretLookupByUsage", () -> conn.lookupSecretByUsage(SecretUsageType.CEPH, "fx"));
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
