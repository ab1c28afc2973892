package org.virtfx.libvirt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LibvirtEnumTest {

    @Test
    void decodesKnownValues() {
        // given the C values of virDomainState
        // when decoded
        // then each maps to its constant
        assertThat(DomainState.of(1)).isEqualTo(DomainState.RUNNING);
        assertThat(DomainState.of(5)).isEqualTo(DomainState.SHUTOFF);
        assertThat(DomainState.of(7)).isEqualTo(DomainState.PMSUSPENDED);
        assertThat(ErrorNumber.of(42)).isEqualTo(ErrorNumber.NO_DOMAIN);
        assertThat(ErrorDomain.of(0)).isEqualTo(ErrorDomain.NONE);
    }

    @Test
    void valuesFromANewerLibvirtDecodeAsUnknown() {
        // given values this build cannot know
        // when decoded
        // then they are UNKNOWN, never an exception
        assertThat(DomainState.of(99)).isEqualTo(DomainState.UNKNOWN);
        assertThat(DomainState.of(-5)).isEqualTo(DomainState.UNKNOWN);
        assertThat(ErrorNumber.of(100_000)).isEqualTo(ErrorNumber.UNKNOWN);
        assertThat(ErrorLevel.of(3)).isEqualTo(ErrorLevel.UNKNOWN);
    }

    @Test
    void everyConstantRoundTripsThroughItsValue() {
        for (DomainState s : DomainState.values()) {
            if (s != DomainState.UNKNOWN) {
                assertThat(DomainState.of(s.value())).isEqualTo(s);
            }
        }
        for (ErrorNumber n : ErrorNumber.values()) {
            if (n != ErrorNumber.UNKNOWN) {
                assertThat(ErrorNumber.of(n.value()).value()).isEqualTo(n.value());
            }
        }
    }

    @Test
    void flagSetsBecomeTheirBitwiseOr() {
        // given the ACTIVE (1) and PERSISTENT (4) filters
        Set<ConnectListAllDomainsFlags> flags =
                EnumSet.of(ConnectListAllDomainsFlags.ACTIVE, ConnectListAllDomainsFlags.PERSISTENT);
        // then the C argument is 5, and no flags are 0
        assertThat(BitFlag.mask(flags)).isEqualTo(5);
        assertThat(BitFlag.mask(Set.<ConnectListAllDomainsFlags>of())).isZero();
    }
}
