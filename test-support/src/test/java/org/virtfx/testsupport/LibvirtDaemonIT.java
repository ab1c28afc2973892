package org.virtfx.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The harness against the real thing: a private libvirtd, real QEMU guests (KVM or TCG), a
 * crash and a restart, and several daemons. Skipped without root, libvirtd, QEMU or virsh;
 * failed instead in CI.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class LibvirtDaemonIT {
    @TempDir
    Path temp;

    @Test
    void runsAGuestThroughACrashOfTheDaemonAndLeavesNothingBehind() throws IOException {
        requireGuestTools();
        List<ProcessHandle> processes;
        Path folder;
        try (LibvirtDaemon daemon = LibvirtDaemon.start()) {
            folder = daemon.folder();
            String name = Guests.uniqueName("crash");

            // given a running guest
            createGuest(daemon, name);
            assertThat(Virsh.run(daemon.qemuUri(), "domstate", name).output()).isEqualTo("running");
            assertThat(Virsh.run(daemon.testUri(), "list", "--all", "--name").output()).isEqualTo("test");

            // when libvirtd crashes
            daemon.kill();

            // then nobody answers, and after a restart libvirtd has found the guest again
            assertThat(daemon.isRunning()).isFalse();
            assertThat(Virsh.run(daemon.qemuUri(), "list").ok()).isFalse();
            daemon.restart();
            assertThat(daemon.isRunning()).isTrue();
            assertThat(Virsh.run(daemon.qemuUri(), "domstate", name).output()).isEqualTo("running");

            processes = daemon.processes();
            assertThat(processes).anyMatch(p -> commandEndsWith(p, "/libvirtd"))
                    .anyMatch(p -> commandEndsWith(p, "/virtlogd"))
                    .anyMatch(p -> commandEndsWith(p, "/qemu-system-x86_64"));
        }
        assertThat(processes).allMatch(Poll::isGone);
        assertThat(folder).doesNotExist();
    }

    @Test
    void servesTheSharedTestDriverAndFreshCopiesOfAFile() throws URISyntaxException {
        SystemDependency.requireCommand("virsh");
        Path fixture = Path.of(getClass().getResource("/testdriver.xml").toURI());
        try (LibvirtDaemon daemon = LibvirtDaemon.start()) {
            // test+unix:///default keeps its state in the daemon, shared by every client, as
            // long as one of them holds a connection open
            try (Virsh.Session holder = Virsh.session(daemon.testUri())) {
                assertThat(holder.process().isAlive()).isTrue();
                assertThat(Virsh.run(daemon.testUri(), "destroy", "test").ok()).isTrue();
                assertThat(Virsh.run(daemon.testUri(), "domstate", "test").output()).isEqualTo("shut off");
            }

            // test+unix:///file.xml starts from the file for each connection
            String fromFile = daemon.testUri(fixture);
            assertThat(Virsh.run(fromFile, "destroy", "fixture-guest").ok()).isTrue();
            assertThat(Virsh.run(fromFile, "list", "--all", "--name").output()).isEqualTo("fixture-guest");
            assertThat(Virsh.run(fromFile, "domstate", "fixture-guest").output()).isEqualTo("running");
        }
    }

    @Test
    void startsDaemonsOneAfterAnotherAndRestartsARunningOne() {
        SystemDependency.requireCommand("virsh");
        for (int round = 0; round < 2; round++) {
            try (LibvirtDaemon daemon = LibvirtDaemon.start()) {
                long before = daemon.pid();
                daemon.restart();
                assertThat(daemon.pid()).isNotEqualTo(before);
                assertThat(Virsh.run(daemon.qemuUri(), "list", "--all").ok()).isTrue();
            }
        }
    }

    @Test
    void runsTwoDaemonsWithTheirOwnGuestsAtTheSameTime() throws IOException {
        requireGuestTools();
        CompletableFuture<LibvirtDaemon> first = CompletableFuture.supplyAsync(LibvirtDaemon::start);
        CompletableFuture<LibvirtDaemon> second = CompletableFuture.supplyAsync(LibvirtDaemon::start);
        try (LibvirtDaemon a = first.join(); LibvirtDaemon b = second.join()) {
            String guestA = Guests.uniqueName("twin");
            String guestB = Guests.uniqueName("twin");
            createGuest(a, guestA);
            createGuest(b, guestB);

            assertThat(Virsh.run(a.qemuUri(), "list", "--name").output()).isEqualTo(guestA);
            assertThat(Virsh.run(b.qemuUri(), "list", "--name").output()).isEqualTo(guestB);
            assertThat(Virsh.run(a.qemuUri(), "vncdisplay", guestA).output())
                    .isNotEqualTo(Virsh.run(b.qemuUri(), "vncdisplay", guestB).output());
        }
    }

    @Test
    void removesTheHostCgroupsOfItsGuestsWhenAskedToUseThem() throws IOException {
        requireGuestTools();
        String name = Guests.uniqueName("cgroup");
        try (LibvirtDaemon daemon = LibvirtDaemon.builder().cgroups(true).start()) {
            createGuest(daemon, name);
            assertThat(Virsh.run(daemon.qemuUri(), "domstate", name).output()).isEqualTo("running");
        }
        try (Stream<Path> cgroups = Files.walk(Path.of("/sys/fs/cgroup"), 4)) {
            assertThat(cgroups).noneMatch(path -> path.getFileName().toString().contains(name));
        }
    }

    private void createGuest(LibvirtDaemon daemon, String name) throws IOException {
        Path xml = Files.writeString(temp.resolve(name + ".xml"), Guests.biosGuest(name));
        Virsh.Result created = Virsh.run(daemon.qemuUri(), "create", xml.toString());
        assertThat(created.ok()).as("virsh create: %s%nlibvirtd log:%n%s", created, daemon.logTail(30)).isTrue();
    }

    private static void requireGuestTools() {
        SystemDependency.requireCommand("virsh");
        SystemDependency.requireCommand("qemu-system-x86_64");
    }

    private static boolean commandEndsWith(ProcessHandle process, String suffix) {
        return process.info().command().map(command -> command.endsWith(suffix)).orElse(false);
    }
}
