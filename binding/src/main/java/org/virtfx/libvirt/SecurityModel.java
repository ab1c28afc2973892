package org.virtfx.libvirt;

import com.sun.jna.Pointer;
import java.nio.charset.StandardCharsets;

/**
 * The host's security driver ({@code virSecurityModel}). Immutable.
 *
 * @param model the model, e.g. {@code selinux} or {@code apparmor}; empty when there is none
 * @param doi the domain of interpretation; empty when there is none
 */
public record SecurityModel(String model, String doi) {
    // struct _virSecurityModel { char model[VIR_SECURITY_MODEL_BUFLEN]; char doi[VIR_SECURITY_DOI_BUFLEN]; }
    static final int MODEL_BUFLEN = 256 + 1;
    static final int DOI_BUFLEN = 256 + 1;
    static final int MODEL = 0;
    static final int DOI = MODEL + MODEL_BUFLEN;
    static final int SIZE = DOI + DOI_BUFLEN;

    static SecurityModel read(Pointer p) {
        return new SecurityModel(text(p, MODEL, MODEL_BUFLEN), text(p, DOI, DOI_BUFLEN));
    }

    private static String text(Pointer p, long offset, int length) {
        byte[] raw = p.getByteArray(offset, length);
        int n = 0;
        while (n < raw.length && raw[n] != 0) {
            n++;
        }
        return new String(raw, 0, n, StandardCharsets.UTF_8);
    }
}
