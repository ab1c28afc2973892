package org.virtfx.libvirt;

import java.util.Objects;
import java.util.Optional;

/**
 * One question libvirt asks while opening a connection ({@code virConnectCredential}): the
 * {@link ConnectAuth.Callback} reads the prompt and sets the answer with {@link #setResult}.
 *
 * <p>Not thread-safe: it lives only for the duration of one callback, on the opening thread.
 */
public final class ConnectCredential {
    private final ConnectCredentialType type;
    private final String prompt;
    private final String challenge;
    private final String defaultResult;
    private String result;

    ConnectCredential(ConnectCredentialType type, String prompt, String challenge, String defaultResult) {
        this.type = type;
        this.prompt = prompt == null ? "" : prompt;
        this.challenge = challenge;
        this.defaultResult = defaultResult;
    }

    /** @return what is asked for, e.g. {@link ConnectCredentialType#AUTHNAME} */
    public ConnectCredentialType type() {
        return type;
    }

    /** @return the prompt to show to the user */
    public String prompt() {
        return prompt;
    }

    /** @return an additional challenge to show, if any */
    public Optional<String> challenge() {
        return Optional.ofNullable(challenge);
    }

    /** @return the default answer, if any */
    public Optional<String> defaultResult() {
        return Optional.ofNullable(defaultResult);
    }

    /**
     * Sets the answer. A credential left without one is answered with its default, or with
     * nothing.
     *
     * @param answer the answer
     */
    public void setResult(String answer) {
        this.result = Objects.requireNonNull(answer, "answer");
    }

    /** @return the answer set so far */
    public Optional<String> result() {
        return Optional.ofNullable(result);
    }

    @Override
    public String toString() {
        // Never the result: it may be a password.
        return "ConnectCredential[" + type + ", prompt=" + prompt + "]";
    }
}
