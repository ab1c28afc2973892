package org.virtfx.ui.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.virtfx.libvirt.ConnectCredential;
import org.virtfx.libvirt.ConnectCredentialType;
import org.virtfx.ui.api.ConnectionState;
import org.virtfx.ui.api.DomainModel;

/** A connection whose host asks for credentials (virConnectOpenAuth) asks the UI's prompt. */
class CredentialPromptIT {
    private LiveConnection connection;

    @AfterEach
    void close() {
        if (connection != null) {
            connection.close();
        }
    }

    private LiveConnection open(CredentialPrompt prompt) {
        connection = new LiveConnection(CoreTestDriver.uri("/auth-testdriver.xml"), "Auth", false, Runnable::run,
                LiveModelOptions.DEFAULTS.withPollMillis(3_600_000), prompt);
        return connection;
    }

    @Test
    void thePromptAnswersOnTheWorkerAndTheConnectionOpens() {
        List<String> asked = new ArrayList<>();
        List<String> threads = new ArrayList<>();
        open((uri, questions) -> {
            threads.add(Thread.currentThread().getName());
            for (ConnectCredential q : questions) {
                asked.add(q.prompt());
                q.setResult(q.type() == ConnectCredentialType.AUTHNAME ? "core-user" : "core-secret");
            }
        }).connect().orTimeout(10, TimeUnit.SECONDS).join();
        assertThat(connection.stateProperty().get()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(connection.domains()).extracting(DomainModel::getName).containsExactly("auth-guest");
        // libvirt asks for the password as whichever secret type the prompt offers (passphrase or
        // no-echo prompt), so the test checks the questions, not their types.
        assertThat(asked).containsExactly("Enter username for localhost", "Enter core-user's password for localhost");
        assertThat(threads).allMatch(t -> t.startsWith("libvirt-test://"));
    }

    @Test
    void aWrongPasswordLeavesItDisconnectedWithLibvirtsReason() {
        open((uri, questions) -> questions.forEach(q ->
                q.setResult(q.type() == ConnectCredentialType.AUTHNAME ? "core-user" : "wrong")));
        assertThatThrownBy(() -> connection.connect().orTimeout(10, TimeUnit.SECONDS).join())
                .isInstanceOf(CompletionException.class);
        assertThat(connection.stateProperty().get()).isEqualTo(ConnectionState.DISCONNECTED);
        assertThat(connection.errorProperty().get()).containsIgnoringCase("authentication");
    }

    @Test
    void aCancelledPromptLeavesItDisconnected() {
        open((uri, questions) -> {
            throw new IllegalStateException("cancelled by the user");
        });
        assertThatThrownBy(() -> connection.connect().orTimeout(10, TimeUnit.SECONDS).join())
                .isInstanceOf(CompletionException.class);
        assertThat(connection.stateProperty().get()).isEqualTo(ConnectionState.DISCONNECTED);
    }
}
