package org.virtfx.libvirt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.jna.Pointer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.virtfx.libvirt.internal.NativeLibvirt;

/**
 * A function that the installed libvirt does not export: it must give a Java exception with
 * libvirt's NO_SUPPORT code, never a JVM crash, and must not disturb the functions that exist.
 */
class MissingFunctionIT {

    /** A release group as gen_natives.py writes them, with one real and one made-up function. */
    static final class SinceFuture {
        static final boolean LINKED = NativeLibvirt.register(SinceFuture.class);

        private SinceFuture() {
        }

        static native int virConnectNumOfDomains(Pointer conn);

        static native int virDomainFrobnicateTheHypervisor(Pointer domain, int flags);
    }

    /** The facade method gen_natives.py writes for the made-up function. */
    static int virDomainFrobnicateTheHypervisor(Pointer domain, int flags) {
        if (!SinceFuture.LINKED) {
            throw ErrorCapture.noSupport("virDomainFrobnicateTheHypervisor");
        }
        return SinceFuture.virDomainFrobnicateTheHypervisor(domain, flags);
    }

    @BeforeAll
    static void libvirt() {
        TestDriver.requireLibvirt();
    }

    @Test
    void missingSymbolLeavesItsGroupUnlinkedWithoutThrowing() {
        assertThat(SinceFuture.LINKED).isFalse();
    }

    @Test
    void callingItThrowsNoSupport() {
        assertThatThrownBy(() -> virDomainFrobnicateTheHypervisor(null, 0))
                .isInstanceOfSatisfying(LibvirtException.class, e -> {
                    assertThat(e.is(ErrorNumber.NO_SUPPORT)).isTrue();
                    assertThat(e.getMessage()).contains("virDomainFrobnicateTheHypervisor");
                });
    }

    @Test
    void theMissingNativeItselfThrowsAnErrorNotACrash() {
        // JNA may have linked some of the group's other methods before it met the missing
        // one; the facade's LINKED test, not JNA, is what keeps callers off the whole group.
        assertThatThrownBy(() -> SinceFuture.virDomainFrobnicateTheHypervisor(null, 0))
                .isInstanceOf(UnsatisfiedLinkError.class);
    }

    @Test
    void otherGroupsStillWork() {
        try (Connect conn = TestDriver.open()) {
            assertThat(conn.numOfDomains()).isPositive();
        }
    }
}
