package org.virtfx.libvirt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Which errors carry a stack trace, and what the exception says; no libvirt needed. */
class LibvirtExceptionTest {

    @Test
    void notFoundCodesCarryNoStackTrace() {
        for (ErrorNumber code : new ErrorNumber[] {ErrorNumber.NO_DOMAIN, ErrorNumber.NO_STORAGE_VOL,
                ErrorNumber.NO_NETWORK, ErrorNumber.NO_DOMAIN_SNAPSHOT}) {
            LibvirtException e = new LibvirtException("virXLookupByName", code.value(), ErrorDomain.NONE.value(),
                    ErrorLevel.ERROR.value(), "not here");
            assertThat(e.isNotFound()).isTrue();
            assertThat(e.getStackTrace()).isEmpty();
        }
    }

    @Test
    void otherCodesKeepTheCallersStackTrace() {
        LibvirtException e = new LibvirtException("virDomainCreate", ErrorNumber.OPERATION_INVALID.value(),
                ErrorDomain.NONE.value(), ErrorLevel.ERROR.value(), "domain is already running");

        assertThat(e.isNotFound()).isFalse();
        assertThat(Arrays.stream(e.getStackTrace()).map(StackTraceElement::getMethodName))
                .contains("otherCodesKeepTheCallersStackTrace");
    }

    @Test
    void messageNamesTheFunctionAndKeepsLibvirtsWords() {
        LibvirtException e = new LibvirtException("virDomainLookupByName", ErrorNumber.NO_DOMAIN.value(),
                ErrorDomain.NONE.value(), ErrorLevel.ERROR.value(), "Domain not found");

        assertThat(e.getMessage()).isEqualTo("virDomainLookupByName: Domain not found");
        assertThat(e).hasToString(LibvirtException.class.getName() + ": virDomainLookupByName: Domain not found");
        assertThat(e.libvirtMessage()).isEqualTo("Domain not found");
        assertThat(e.code()).isEqualTo(ErrorNumber.NO_DOMAIN);
        assertThat(e.is(ErrorNumber.NO_DOMAIN)).isTrue();
    }
}
