package org.virtfx.ui.core;

import java.util.List;
import org.virtfx.libvirt.ConnectCredential;

/**
 * Answers libvirt's credential questions while a connection opens ({@code virConnectOpenAuth}):
 * the UI implements it with a dialog.
 *
 * <p>Runs on the connection's worker thread, never on the JavaFX thread, so an implementation may
 * wait for the user: it blocks only its own connection. Answers are set with
 * {@link ConnectCredential#setResult}; they go to libvirt and are never logged or stored here.
 */
@FunctionalInterface
public interface CredentialPrompt {

    /**
     * Fills in the answers, or throws to refuse (the open then fails with libvirt's error).
     *
     * @param uri the URI being opened
     * @param questions libvirt's questions, in its order
     */
    void answer(String uri, List<ConnectCredential> questions);
}
