package org.virtfx.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtfx.ui.api.Connection;
import org.virtfx.ui.core.ConnectionManager;
import org.virtfx.ui.core.saved.SavedConnection;
import org.virtfx.ui.core.saved.SavedConnections;

/** The saved connections follow the window's list: adding, removing, autoconnect; never the demo. */
class ConnectionsWriterTest {
    @TempDir
    Path dir;

    // Connections are only listed here, never opened: no libvirt call is made.
    private final ConnectionManager connections = new ConnectionManager(Runnable::run, 3_600_000);

    @AfterEach
    void close() {
        connections.close();
    }

    private List<SavedConnection> onDisk() {
        return SavedConnections.load(dir).connections();
    }

    @Test
    void everyChangeToTheListIsWrittenAndTheDemoHostNever() {
        List<SavedConnection> loaded = List.of(new SavedConnection("qemu:///system", "", true));
        Connection system = connections.add("qemu:///system", "", false);
        system.autoconnectProperty().set(true);
        connections.add("test:///demo.xml", "Demo host", true);
        new ConnectionsWriter(connections, dir, Runnable::run, loaded).start();
        // unchanged at start: nothing written
        assertThat(dir.resolve(SavedConnections.FILE_NAME)).doesNotExist();

        Connection far = connections.add("qemu+ssh://root@far:2222/system", "Far", false);
        assertThat(onDisk()).containsExactly(new SavedConnection("qemu:///system", "", true),
                new SavedConnection("qemu+ssh://root@far:2222/system", "Far", false));

        far.autoconnectProperty().set(true);
        assertThat(onDisk()).extracting(SavedConnection::autoconnect).containsExactly(true, true);

        connections.remove(system);
        assertThat(onDisk()).containsExactly(new SavedConnection("qemu+ssh://root@far:2222/system", "Far", true));
        assertThat(connections.all()).extracting(Connection::uri)
                .containsExactly("test:///demo.xml", "qemu+ssh://root@far:2222/system");
    }
}
