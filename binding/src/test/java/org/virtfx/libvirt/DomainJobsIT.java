package org.virtfx.libvirt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.virtfx.libvirt.TestDriver.assertNoSupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Save, restore, managed save and core dump (which the test driver implements), and jobs,
 * migration, block jobs, backups and dirty-rate calls (which it does not: they are checked for
 * argument validation and error mapping here, and need a real daemon for the rest).
 */
class DomainJobsIT extends TestDriverFixture {
    /** What the test driver writes at the start of save images and core dumps. */
    private static final String TEST_MAGIC = "TestGuestMagic";

    @TempDir
    Path dir;

    private Domain plain;

    DomainJobsIT() {
        super("/domain-c-testdriver.xml");
    }

    @BeforeEach
    void lookUp() {
        plain = closeAfter(conn.lookupDomainByName("dc-plain"));
    }

    private static String head(Path file, int n) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return new String(bytes, 0, Math.min(n, bytes.length), StandardCharsets.US_ASCII);
    }

    @Test
    void saveStopsTheDomainAndRestoreBringsItBack() throws IOException {
        Path image = dir.resolve("dc-plain.save");
        plain.save(image.toString());
        assertThat(plain.getState().state()).isEqualTo(DomainState.SHUTOFF);
        assertThat(head(image, TEST_MAGIC.length())).isEqualTo(TEST_MAGIC);

        String xml = conn.domainSaveImageGetXmlDesc(image.toString());
        assertThat(xml).contains("<name>dc-plain</name>", "<uuid>c0000002-0000-4000-8000-000000000002</uuid>");
        assertThat(conn.domainSaveImageGetXmlDesc(image.toString(), EnumSet.of(DomainSaveImageXMLFlags.SECURE)))
                .contains("<name>dc-plain</name>");

        conn.domainRestore(image.toString());
        assertThat(plain.getState().state()).isEqualTo(DomainState.RUNNING);
    }

    @Test
    void saveImageDefineXmlChangesWhatRestoreUses() {
        Path image = dir.resolve("dc-plain.save");
        plain.saveFlags(image.toString(), null, Set.of());
        String edited = conn.domainSaveImageGetXmlDesc(image.toString())
                .replace("</name>", "</name>\n  <description>edited image</description>");
        conn.domainSaveImageDefineXml(image.toString(), edited, Set.of());
        assertThat(conn.domainSaveImageGetXmlDesc(image.toString())).contains("<description>edited image</description>");

        conn.domainRestoreFlags(image.toString(), null, Set.of());
        assertThat(plain.getState().state()).isEqualTo(DomainState.RUNNING);

        // The restored domain carries the edit: save it once more and read it back.
        Path again = dir.resolve("again.save");
        plain.save(again.toString());
        assertThat(conn.domainSaveImageGetXmlDesc(again.toString())).contains("<description>edited image</description>");
    }

    @Test
    void theTestDriverRefusesXmlChangesInSaveAndRestore() {
        Path image = dir.resolve("dc-plain.save");
        plain.save(image.toString());
        String xml = conn.domainSaveImageGetXmlDesc(image.toString());
        assertThatThrownBy(() -> conn.domainRestoreFlags(image.toString(), xml, Set.of()))
                .isInstanceOfSatisfying(LibvirtException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorNumber.ARGUMENT_UNSUPPORTED));
        conn.domainRestore(image.toString());
        assertThatThrownBy(() -> plain.saveFlags(dir.resolve("other.save").toString(), xml, Set.of()))
                .isInstanceOfSatisfying(LibvirtException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorNumber.ARGUMENT_UNSUPPORTED));
        assertThat(plain.getState().state()).isEqualTo(DomainState.RUNNING);
    }

    @Test
    void restoreFlagsReachTheDriver() {
        Path image = dir.resolve("dc-plain.save");
        plain.save(image.toString());
        // The test driver accepts no restore flags: PAUSED (0x4) comes back as refused.
        assertThatThrownBy(() -> conn.domainRestoreFlags(image.toString(), null,
                EnumSet.of(DomainSaveRestoreFlags.PAUSED))).isInstanceOfSatisfying(LibvirtException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorNumber.INVALID_ARG);
                    assertThat(e.getMessage()).contains("0x4");
                });
    }

    @Test
    void saveAndRestoreFailOnMissingOrInactiveThings() {
        try (Domain off = conn.lookupDomainByName("dc-shutoff")) {
            assertThatThrownBy(() -> off.save(dir.resolve("x").toString()))
                    .isInstanceOfSatisfying(LibvirtException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorNumber.OPERATION_INVALID));
        }
        String missing = dir.resolve("missing.save").toString();
        assertThatThrownBy(() -> conn.domainRestore(missing)).isInstanceOf(LibvirtException.class);
        assertThatThrownBy(() -> conn.domainSaveImageGetXmlDesc(missing)).isInstanceOf(LibvirtException.class);
        assertThatThrownBy(() -> plain.save(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> conn.domainRestore(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void saveAndRestoreParamsAreNotInTheTestDriver() {
        TypedParams params = TypedParams.builder().addString("file", dir.resolve("p.save").toString()).build();
        assertNoSupport(() -> plain.saveParams(params, Set.of()), "virDomainSaveParams");
        assertNoSupport(() -> conn.domainRestoreParams(params, Set.of()), "virDomainRestoreParams");
    }

    @Test
    void managedSaveIsRemovedByStartOrByRemove() {
        assertThat(plain.hasManagedSaveImage()).isFalse();
        plain.managedSave();
        assertThat(plain.getState().state()).isEqualTo(DomainState.SHUTOFF);
        assertThat(plain.hasManagedSaveImage()).isTrue();
        plain.create();
        assertThat(plain.getState().state()).isEqualTo(DomainState.RUNNING);
        assertThat(plain.hasManagedSaveImage()).isFalse();

        plain.managedSave(Set.of());
        plain.managedSaveRemove();
        assertThat(plain.hasManagedSaveImage()).isFalse();
    }

    @Test
    void managedSaveXmlIsNotInTheTestDriver() {
        plain.managedSave();
        assertNoSupport(() -> plain.managedSaveGetXmlDesc(Set.of()), "virDomainManagedSaveGetXMLDesc");
        assertNoSupport(() -> plain.managedSaveDefineXml("<domain/>", Set.of()), "virDomainManagedSaveDefineXML");
    }

    @Test
    void coreDumpWritesAFileAndCrashFlagStopsTheDomain() throws IOException {
        Path dump = dir.resolve("dc-plain.core");
        plain.coreDump(dump.toString(), Set.of());
        assertThat(head(dump, TEST_MAGIC.length())).isEqualTo(TEST_MAGIC);
        assertThat(plain.getState().state()).isEqualTo(DomainState.RUNNING);

        Path raw = dir.resolve("dc-plain.raw");
        plain.coreDumpWithFormat(raw.toString(), DomainCoreDumpFormat.RAW, EnumSet.of(DomainCoreDumpFlags.CRASH));
        assertThat(head(raw, TEST_MAGIC.length())).isEqualTo(TEST_MAGIC);
        DomainStateInfo state = plain.getState();
        assertThat(state.state()).isEqualTo(DomainState.SHUTOFF);
        assertThat(state.reason()).isEqualTo(DomainShutoffReason.CRASHED.value());
    }

    @Test
    void coreDumpRefusesOtherFormatsAndUnknown() {
        String to = dir.resolve("z.core").toString();
        assertThatThrownBy(() -> plain.coreDumpWithFormat(to, DomainCoreDumpFormat.KDUMP_ZLIB, Set.of()))
                .isInstanceOf(LibvirtException.class);
        assertThatThrownBy(() -> plain.coreDumpWithFormat(to, DomainCoreDumpFormat.UNKNOWN, Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> plain.coreDump(null, Set.of())).isInstanceOf(NullPointerException.class);
    }

    @Test
    void jobCallsAreNotInTheTestDriver() {
        assertNoSupport(plain::getJobInfo, "virDomainGetJobInfo");
        assertNoSupport(plain::getJobStats, "virDomainGetJobStats");
        assertNoSupport(() -> plain.getJobStats(EnumSet.of(DomainGetJobStatsFlags.COMPLETED)), "virDomainGetJobStats");
        assertNoSupport(plain::abortJob, "virDomainAbortJob");
        assertNoSupport(() -> plain.abortJobFlags(EnumSet.of(DomainAbortJobFlagsValues.POSTCOPY)),
                "virDomainAbortJobFlags");
        assertNoSupport(() -> plain.backupBegin("<domainbackup/>", null, Set.of()), "virDomainBackupBegin");
        assertNoSupport(plain::backupGetXmlDesc, "virDomainBackupGetXMLDesc");
        assertNoSupport(() -> plain.startDirtyRateCalc(1, Set.of()), "virDomainStartDirtyRateCalc");
        assertThatThrownBy(() -> plain.startDirtyRateCalc(0, Set.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> plain.backupBegin(null, null, Set.of())).isInstanceOf(NullPointerException.class);
    }

    @Test
    void blockJobCallsAreNotInTheTestDriver() {
        assertNoSupport(() -> plain.getBlockJobInfo("vda", Set.of()), "virDomainGetBlockJobInfo");
        assertNoSupport(() -> plain.blockJobAbort("vda", Set.of()), "virDomainBlockJobAbort");
        assertNoSupport(() -> plain.blockJobSetSpeed("vda", 10, Set.of()), "virDomainBlockJobSetSpeed");
        assertNoSupport(() -> plain.blockPull("vda", 0, Set.of()), "virDomainBlockPull");
        assertNoSupport(() -> plain.blockRebase("vda", null, 0, Set.of()), "virDomainBlockRebase");
        assertNoSupport(() -> plain.blockCommit("vda", null, null, 0, Set.of()), "virDomainBlockCommit");
        assertNoSupport(() -> plain.blockCopy("vda", "<disk type='file'><source file='/tmp/c'/></disk>",
                TypedParams.builder().addULLong("bandwidth", 1L << 20).build(), Set.of()), "virDomainBlockCopy");
        assertNoSupport(() -> plain.blockResize("vda", 1024, EnumSet.of(DomainBlockResizeFlags.BYTES)),
                "virDomainBlockResize");
        assertThatThrownBy(() -> plain.blockPull("vda", -1, Set.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> plain.blockResize("vda", -1, Set.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> plain.getBlockJobInfo(null, Set.of())).isInstanceOf(NullPointerException.class);
    }

    @Test
    void migrationTuningIsNotInTheTestDriver() {
        assertNoSupport(plain::migrateGetMaxSpeed, "virDomainMigrateGetMaxSpeed");
        assertNoSupport(() -> plain.migrateGetMaxSpeed(EnumSet.of(DomainMigrateMaxSpeedFlags.POSTCOPY)),
                "virDomainMigrateGetMaxSpeed");
        assertNoSupport(() -> plain.migrateSetMaxSpeed(100), "virDomainMigrateSetMaxSpeed");
        assertNoSupport(plain::migrateGetMaxDowntime, "virDomainMigrateGetMaxDowntime");
        assertNoSupport(() -> plain.migrateSetMaxDowntime(300), "virDomainMigrateSetMaxDowntime");
        assertNoSupport(plain::migrateGetCompressionCache, "virDomainMigrateGetCompressionCache");
        assertNoSupport(() -> plain.migrateSetCompressionCache(64L << 20), "virDomainMigrateSetCompressionCache");
        assertNoSupport(plain::migrateStartPostCopy, "virDomainMigrateStartPostCopy");
        assertThatThrownBy(() -> plain.migrateSetMaxSpeed(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> plain.migrateSetMaxDowntime(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void migrationBetweenTestDriversFailsWithLibvirtsError() {
        // The test driver cannot migrate, so only the error path is checked in-process.
        try (Connect dest = TestDriver.open("/domain-c-testdriver.xml")) {
            Set<DomainMigrateFlags> live = EnumSet.of(DomainMigrateFlags.LIVE);
            assertThatThrownBy(() -> plain.migrate(dest, live, null, null, 0)).isInstanceOf(LibvirtException.class);
            assertThatThrownBy(() -> plain.migrate2(dest, null, live, "dc-moved", null, 0))
                    .isInstanceOf(LibvirtException.class);
            assertThatThrownBy(() -> plain.migrate3(dest, TypedParams.builder()
                    .addString("destination_name", "dc-moved").build(), live)).isInstanceOf(LibvirtException.class);
            assertThatThrownBy(() -> plain.migrate(null, live, null, null, 0)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> plain.migrate(dest, live, null, null, -1))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        Set<DomainMigrateFlags> p2p = EnumSet.of(DomainMigrateFlags.PEER2PEER, DomainMigrateFlags.LIVE);
        assertThatThrownBy(() -> plain.migrateToUri("test:///default", p2p, null, 0))
                .isInstanceOf(LibvirtException.class);
        assertThatThrownBy(() -> plain.migrateToUri2("test:///default", null, null, p2p, null, 0))
                .isInstanceOf(LibvirtException.class);
        assertThatThrownBy(() -> plain.migrateToUri3("test:///default", TypedParams.empty(), p2p))
                .isInstanceOf(LibvirtException.class);
        assertThatThrownBy(() -> plain.migrateToUri(null, p2p, null, 0)).isInstanceOf(NullPointerException.class);
        assertThat(plain.getState().state()).isEqualTo(DomainState.RUNNING);
    }
}
