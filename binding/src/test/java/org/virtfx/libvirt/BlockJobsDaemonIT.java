package org.virtfx.libvirt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.virtfx.testsupport.Wait;
import org.virtfx.testsupport.Guests;
import org.virtfx.testsupport.SystemDependency;

/**
 * Block jobs and domain jobs of a real QEMU guest, which the test driver lacks: one SeaBIOS
 * guest with two virtio disks, each the top of a two-image qcow2 chain made by qemu-img.
 * A block copy and an active commit stay in their ready phase until ended, so they can be
 * watched and aborted without a race; a pull ends by itself.
 */
class BlockJobsDaemonIT extends DaemonFixture {
    private static final Duration WAIT = Duration.ofSeconds(20);

    private static Domain guest;
    private static Path images;
    private static Path qemuImg;

    @BeforeAll
    static void startGuest() throws Exception {
        qemuImg = SystemDependency.requireCommand("qemu-img");
        images = folder("images");
        String disks = disk(chain("a"), "vda") + disk(chain("b"), "vdb");
        guest = createGuest(Guests.biosGuestWith(Guests.uniqueName("blockjobs"), disks));
    }

    /** Makes {@code NAME-base.qcow2 <- NAME-top.qcow2} and returns the top. */
    private static Path chain(String name) throws Exception {
        Path base = images.resolve(name + "-base.qcow2");
        Path top = images.resolve(name + "-top.qcow2");
        run(qemuImg.toString(), "create", "-q", "-f", "qcow2", base.toString(), "16M");
        run(qemuImg.toString(), "create", "-q", "-f", "qcow2", "-b", base.toString(), "-F", "qcow2", top.toString());
        return top;
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as("%s: %s", List.of(command), out).isZero();
    }

    private static String disk(Path top, String target) {
        return "<disk type='file' device='disk'><driver name='qemu' type='qcow2'/><source file='" + top
                + "'/><target dev='" + target + "' bus='virtio'/></disk>";
    }

    @Test
    void blockCopyRunsUntilAborted() {
        Path copy = images.resolve("a-copy.qcow2");
        List<DomainEventBlockJob> events = new CopyOnWriteArrayList<>();
        try (EventRegistration reg = conn.domainEventBlockJob2Register(guest, events::add)) {
            guest.blockCopy("vda", "<disk type='file'><driver type='qcow2'/><source file='" + copy + "'/></disk>",
                    TypedParams.builder().addULLong("bandwidth", 64L * 1024 * 1024).build(),
                    EnumSet.of(DomainBlockCopyFlags.SHALLOW));
            Optional<DomainBlockJobInfo> info = guest.getBlockJobInfo("vda", Set.of());
            assertThat(info).hasValueSatisfying(job -> assertThat(job.type()).isEqualTo(DomainBlockJobType.COPY));
            assertThat(Wait.holds(() -> isReady(events, "vda"), WAIT)).as("events %s", events).isTrue();
            DomainBlockJobInfo ready = guest.getBlockJobInfo("vda", Set.of()).orElseThrow();
            assertThat(ready.cur()).isEqualTo(ready.end()).isPositive();
            assertThat(Files.exists(copy)).isTrue();

            guest.blockJobSetSpeed("vda", 1, Set.of()); // MiB/s
            assertThat(guest.getBlockJobInfo("vda", Set.of()).orElseThrow().bandwidth()).isEqualTo(1);

            guest.blockJobAbort("vda", Set.of());
            assertThat(guest.getBlockJobInfo("vda", Set.of())).isEmpty();
            assertThat(Wait.holds(() -> has(events, "vda", ConnectDomainEventBlockJobStatus.CANCELED), WAIT)).isTrue();
        }
        // Aborted, not pivoted: the guest still writes to the original chain.
        assertThat(guest.getXmlDesc()).contains("a-top.qcow2").doesNotContain("a-copy.qcow2");
    }

    @Test
    void activeCommitWaitsInItsReadyPhase() {
        List<DomainEventBlockJob> events = new CopyOnWriteArrayList<>();
        try (EventRegistration reg = conn.domainEventBlockJob2Register(guest, events::add)) {
            guest.blockCommit("vda", null, null, 0, EnumSet.of(DomainBlockCommitFlags.ACTIVE));
            assertThat(Wait.holds(() -> isReady(events, "vda"), WAIT)).as("events %s", events).isTrue();
            assertThat(guest.getBlockJobInfo("vda", Set.of()))
                    .hasValueSatisfying(job -> assertThat(job.type()).isEqualTo(DomainBlockJobType.ACTIVE_COMMIT));
            guest.blockJobAbort("vda", Set.of());
            assertThat(guest.getBlockJobInfo("vda", Set.of())).isEmpty();
        }
        assertThat(guest.getXmlDesc()).contains("a-top.qcow2").contains("a-base.qcow2");
    }

    @Test
    void blockPullEndsByItself() {
        assertThat(guest.getXmlDesc()).contains("b-base.qcow2");
        List<DomainEventBlockJob> events = new CopyOnWriteArrayList<>();
        try (EventRegistration reg = conn.domainEventBlockJob2Register(guest, events::add)) {
            guest.blockPull("vdb", 0, Set.of());
            assertThat(Wait.holds(() -> has(events, "vdb", ConnectDomainEventBlockJobStatus.COMPLETED), WAIT))
                    .as("events %s", events).isTrue();
        }
        assertThat(events).allSatisfy(e -> assertThat(e.type()).isEqualTo(DomainBlockJobType.PULL));
        assertThat(guest.getBlockJobInfo("vdb", Set.of())).isEmpty();
        // The base's data is now in the top image, which stands alone.
        assertThat(guest.getXmlDesc()).doesNotContain("b-base.qcow2");
    }

    @Test
    void blockJobCallsOnADiskWithoutAJob() {
        assertThat(guest.getBlockJobInfo("vda", Set.of())).isEmpty();
        assertThatThrownBy(() -> guest.blockJobAbort("vda", Set.of())).isInstanceOfSatisfying(LibvirtException.class,
                e -> {
                    assertThat(e.function()).isEqualTo("virDomainBlockJobAbort");
                    assertThat(e.is(ErrorNumber.INVALID_ARG)).as(e.code().toString()).isTrue();
                    assertThat(e.libvirtMessage()).contains("disk vda does not have an active block job");
                });
        assertThatThrownBy(() -> guest.getBlockJobInfo("vdz", Set.of())).isInstanceOfSatisfying(LibvirtException.class,
                e -> assertThat(e.is(ErrorNumber.INVALID_ARG)).as(e.code().toString()).isTrue());
    }

    @Test
    void anIdleDomainHasNoJob() {
        DomainJobInfo info = guest.getJobInfo();
        assertThat(info.type()).isEqualTo(DomainJobType.NONE);
        DomainJobStats stats = guest.getJobStats();
        assertThat(stats.type()).isEqualTo(DomainJobType.NONE);
        assertThatThrownBy(guest::abortJob).isInstanceOfSatisfying(LibvirtException.class, e -> {
            assertThat(e.function()).isEqualTo("virDomainAbortJob");
            assertThat(e.is(ErrorNumber.OPERATION_INVALID)).as(e.code().toString()).isTrue();
        });
    }

    @Test
    void saveAndRestoreWithCompletedJobStats() throws IOException {
        Path saved = images.resolve("saved.img");
        String name = Guests.uniqueName("save");
        List<DomainEventJobCompleted> completed = new CopyOnWriteArrayList<>();
        try (Domain other = conn.domainDefineXml(Guests.biosGuest(name))) {
            try (EventRegistration reg = conn.domainEventJobCompletedRegister(other, completed::add)) {
                other.create();
                other.save(saved.toString());
                assertThat(other.isActive()).isFalse();
                assertThat(Files.size(saved)).isPositive();

                DomainJobStats stats = other.getJobStats(EnumSet.of(DomainGetJobStatsFlags.COMPLETED));
                assertThat(stats.type()).isEqualTo(DomainJobType.COMPLETED);
                assertThat(stats.operation()).contains(DomainJobOperation.SAVE);
                assertThat(stats.timeElapsedMs()).isPresent();
                assertThat(Wait.holds(() -> !completed.isEmpty(), WAIT)).isTrue();

                conn.domainRestore(saved.toString());
                assertThat(other.isActive()).isTrue();
                assertThat(other.getState().state()).isEqualTo(DomainState.RUNNING);
            } finally {
                if (other.isActive()) {
                    other.destroy();
                }
                other.undefine();
            }
        }
    }

    private static boolean isReady(List<DomainEventBlockJob> events, String disk) {
        return has(events, disk, ConnectDomainEventBlockJobStatus.READY);
    }

    private static boolean has(List<DomainEventBlockJob> events, String disk, ConnectDomainEventBlockJobStatus status) {
        return events.stream().anyMatch(e -> e.disk().equals(disk) && e.status() == status);
    }
}
