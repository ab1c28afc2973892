package org.virtfx.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DaemonFilesTest {
    @TempDir
    Path temp;

    @Test
    void tailGivesTheLastLines() throws IOException {
        Path log = Files.writeString(temp.resolve("log"), "one\ntwo\nthree\nfour\n");

        assertThat(DaemonFiles.tail(log, 2)).isEqualTo("three\nfour");
        assertThat(DaemonFiles.tail(log, 10)).isEqualTo("one\ntwo\nthree\nfour");
    }

    @Test
    void tailOfAMissingFileSaysSo() {
        assertThat(DaemonFiles.tail(temp.resolve("none"), 5)).startsWith("(no ");
    }

    @Test
    void writesPrivateConfigurationWithTheSlotsPorts() throws IOException {
        DaemonFiles files = new DaemonFiles(Files.createDirectory(temp.resolve("d")));

        files.write(20100, false, false);

        assertThat(files.etc.resolve("libvirtd.conf")).content()
                .contains("unix_sock_dir = \"" + files.run + "\"")
                .contains("log_outputs = \"3:file:" + files.libvirtdLog() + "\"");
        assertThat(files.etc.resolve("qemu.conf")).content()
                .contains("security_driver = \"none\"", "user = \"root\"", "namespaces = [ ]",
                        "cgroup_controllers = [ ]", "remote_display_port_min = 20100",
                        "migration_port_max = 20199");
    }

    @Test
    void refusesAFolderWhosePathLibvirtCouldNotTake() {
        assertThatThrownBy(() -> new DaemonFiles(temp.resolve("with space")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
