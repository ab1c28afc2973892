package org.virtfx.libvirt;

import com.sun.jna.Pointer;
import java.util.Objects;
import java.util.Set;
import org.virtfx.libvirt.internal.Scratch;

/**
 * Jobs, backups, dirty-rate measurement, save, managed save and core dump. Migration and block
 * jobs are in layers of their own ({@link DomainMigration}, {@link DomainBlockJobs}).
 *
 * <p>One layer of {@link Domain}'s API: the methods are public and reached through
 * {@code Domain}; the class is package-private so that each area of libvirt gets a file of its
 * own. File paths are paths on the host that runs the hypervisor. Thread-safe.
 */
abstract class DomainJobs extends DomainBlockJobs {

    DomainJobs(Pointer pointer) {
        super(pointer);
    }

    /**
     * Returns the progress of the domain's background job (migration, save, dump, ...).
     *
     * <p>Wraps {@code virDomainGetJobInfo}.
     *
     * @return the progress; its type is {@link DomainJobType#NONE} when no job runs
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainGetJobInfo">virDomainGetJobInfo</a>
     */
    @Wraps("virDomainGetJobInfo")
    public DomainJobInfo getJobInfo() {
        return call(p -> {
            Pointer info = Scratch.get(DomainJobInfo.SIZE);
            ErrorCapture.check(CDomain.virDomainGetJobInfo(p, info), "virDomainGetJobInfo");
            return DomainJobInfo.read(info);
        });
    }

    /**
     * Returns the statistics of the domain's running background job.
     *
     * @return the job's type and statistics
     * @see #getJobStats(Set)
     */
    public DomainJobStats getJobStats() {
        return getJobStats(Set.of());
    }

    /**
     * Returns the statistics of the domain's background job.
     *
     * <p>Wraps {@code virDomainGetJobStats}.
     *
     * @param flags {@link DomainGetJobStatsFlags#COMPLETED} for the last completed job instead
     * @return the job's type and statistics
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainGetJobStats">virDomainGetJobStats</a>
     */
    @Wraps("virDomainGetJobStats")
    public DomainJobStats getJobStats(Set<DomainGetJobStatsFlags> flags) {
        int f = BitFlag.mask(flags);
        return call(p -> {
            // int type at 0, int nparams at 4, virTypedParameterPtr params at 8.
            Pointer out = Scratch.get(16);
            ErrorCapture.check(CDomain.virDomainGetJobStats(p, out, out.share(8), out.share(4), f),
                    "virDomainGetJobStats");
            DomainJobType type = DomainJobType.of(out.getInt(0));
            return new DomainJobStats(type, TypedParamsCodec.take(out.getPointer(8), out.getInt(4)));
        });
    }

    /**
     * Asks the domain's background job to stop as soon as it can.
     *
     * <p>Wraps {@code virDomainAbortJob}.
     *
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainAbortJob">virDomainAbortJob</a>
     */
    @Wraps("virDomainAbortJob")
    public void abortJob() {
        callInt("virDomainAbortJob", CDomain::virDomainAbortJob);
    }

    /**
     * Asks the domain's background job to stop as soon as it can, with options.
     *
     * <p>Wraps {@code virDomainAbortJobFlags}.
     *
     * @param flags {@link DomainAbortJobFlagsValues#POSTCOPY} to abort a migration in post-copy mode
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainAbortJobFlags">virDomainAbortJobFlags</a>
     */
    @Wraps("virDomainAbortJobFlags")
    public void abortJobFlags(Set<DomainAbortJobFlagsValues> flags) {
        int f = BitFlag.mask(flags);
        callInt("virDomainAbortJobFlags", p -> CDomain.virDomainAbortJobFlags(p, f));
    }

    /**
     * Starts a point-in-time backup of the domain's disks.
     *
     * <p>Wraps {@code virDomainBackupBegin}.
     *
     * @param backupXml the backup, as a {@code <domainbackup>} element
     * @param checkpointXml a checkpoint to create at the same time, as a {@code <domaincheckpoint>}
     *     element, or null for none
     * @param flags options
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainBackupBegin">virDomainBackupBegin</a>
     */
    @Wraps("virDomainBackupBegin")
    public void backupBegin(String backupXml, String checkpointXml, Set<DomainBackupBeginFlags> flags) {
        Objects.requireNonNull(backupXml, "backupXml");
        int f = BitFlag.mask(flags);
        callInt("virDomainBackupBegin", p -> CDomain.virDomainBackupBegin(p, backupXml, checkpointXml, f));
    }

    /**
     * Returns the description of the running backup job.
     *
     * <p>Wraps {@code virDomainBackupGetXMLDesc}.
     *
     * @return the {@code <domainbackup>} XML
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainBackupGetXMLDesc">virDomainBackupGetXMLDesc</a>
     */
    @Wraps("virDomainBackupGetXMLDesc")
    public String backupGetXmlDesc() {
        return callString("virDomainBackupGetXMLDesc", p -> CDomain.virDomainBackupGetXMLDesc(p, 0));
    }

    /**
     * Starts measuring how fast the guest dirties its memory; read the result later from the
     * domain's {@code dirtyrate} statistics.
     *
     * <p>Wraps {@code virDomainStartDirtyRateCalc}.
     *
     * @param seconds how long to measure
     * @param flags the measuring method; empty for page sampling
     * @throws IllegalArgumentException when {@code seconds} is not positive
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainStartDirtyRateCalc">virDomainStartDirtyRateCalc</a>
     */
    @Wraps("virDomainStartDirtyRateCalc")
    public void startDirtyRateCalc(int seconds, Set<DomainDirtyRateCalcFlags> flags) {
        if (seconds <= 0) {
            throw new IllegalArgumentException("seconds must be positive: " + seconds);
        }
        int f = BitFlag.mask(flags);
        callInt("virDomainStartDirtyRateCalc", p -> CDomain.virDomainStartDirtyRateCalc(p, seconds, f));
    }

    /**
     * Saves a running domain's memory to a file and stops it; {@code Connect.domainRestore}
     * brings it back.
     *
     * <p>Wraps {@code virDomainSave}.
     *
     * @param to the file to write
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainSave">virDomainSave</a>
     */
    @Wraps("virDomainSave")
    public void save(String to) {
        Objects.requireNonNull(to, "to");
        callInt("virDomainSave", p -> CDomain.virDomainSave(p, to));
    }

    /**
     * Saves a running domain's memory to a file and stops it, with options.
     *
     * <p>Wraps {@code virDomainSaveFlags}.
     *
     * @param to the file to write
     * @param dxml the domain XML to store in the image instead of the current one, or null
     * @param flags options
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainSaveFlags">virDomainSaveFlags</a>
     */
    @Wraps("virDomainSaveFlags")
    public void saveFlags(String to, String dxml, Set<DomainSaveRestoreFlags> flags) {
        Objects.requireNonNull(to, "to");
        int f = BitFlag.mask(flags);
        callInt("virDomainSaveFlags", p -> CDomain.virDomainSaveFlags(p, to, dxml, f));
    }

    /**
     * Saves a running domain's memory and stops it, described by typed parameters.
     *
     * <p>Wraps {@code virDomainSaveParams}.
     *
     * @param params {@code file} (STRING, the file to write; without it, a managed save) and
     *     {@code dxml} (STRING, the XML to store)
     * @param flags options
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainSaveParams">virDomainSaveParams</a>
     */
    @Wraps("virDomainSaveParams")
    public void saveParams(TypedParams params, Set<DomainSaveRestoreFlags> flags) {
        Objects.requireNonNull(params, "params");
        int f = BitFlag.mask(flags);
        try (TypedParamsCodec.Packed packed = TypedParamsCodec.pack(params)) {
            callInt("virDomainSaveParams", p -> CDomain.virDomainSaveParams(p, packed.pointer(), packed.count(), f));
        }
    }

    /**
     * Saves a running domain to an image libvirt manages; the next start restores it.
     *
     * @see #managedSave(Set)
     */
    public void managedSave() {
        managedSave(Set.of());
    }

    /**
     * Saves a running domain to an image libvirt manages, with options; the next start restores it.
     *
     * <p>Wraps {@code virDomainManagedSave}.
     *
     * @param flags options
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainManagedSave">virDomainManagedSave</a>
     */
    @Wraps("virDomainManagedSave")
    public void managedSave(Set<DomainSaveRestoreFlags> flags) {
        int f = BitFlag.mask(flags);
        callInt("virDomainManagedSave", p -> CDomain.virDomainManagedSave(p, f));
    }

    /**
     * Tells whether the domain has a managed save image.
     *
     * <p>Wraps {@code virDomainHasManagedSaveImage}.
     *
     * @return true when there is one
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainHasManagedSaveImage">virDomainHasManagedSaveImage</a>
     */
    @Wraps("virDomainHasManagedSaveImage")
    public boolean hasManagedSaveImage() {
        return callInt("virDomainHasManagedSaveImage", p -> CDomain.virDomainHasManagedSaveImage(p, 0)) == 1;
    }

    /**
     * Deletes the domain's managed save image; the next start boots afresh.
     *
     * <p>Wraps {@code virDomainManagedSaveRemove}.
     *
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainManagedSaveRemove">virDomainManagedSaveRemove</a>
     */
    @Wraps("virDomainManagedSaveRemove")
    public void managedSaveRemove() {
        callInt("virDomainManagedSaveRemove", p -> CDomain.virDomainManagedSaveRemove(p, 0));
    }

    /**
     * Returns the domain XML stored in the managed save image.
     *
     * <p>Wraps {@code virDomainManagedSaveGetXMLDesc}.
     *
     * @param flags {@link DomainSaveImageXMLFlags#SECURE} to include secrets
     * @return the XML
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainManagedSaveGetXMLDesc">virDomainManagedSaveGetXMLDesc</a>
     */
    @Wraps("virDomainManagedSaveGetXMLDesc")
    public String managedSaveGetXmlDesc(Set<DomainSaveImageXMLFlags> flags) {
        int f = BitFlag.mask(flags);
        return callString("virDomainManagedSaveGetXMLDesc", p -> CDomain.virDomainManagedSaveGetXMLDesc(p, f));
    }

    /**
     * Replaces the domain XML stored in the managed save image (host-specific changes only).
     *
     * <p>Wraps {@code virDomainManagedSaveDefineXML}.
     *
     * @param dxml the new XML
     * @param flags {@link DomainSaveRestoreFlags#RUNNING} or {@link DomainSaveRestoreFlags#PAUSED}
     *     to change the state the domain restores to
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainManagedSaveDefineXML">virDomainManagedSaveDefineXML</a>
     */
    @Wraps("virDomainManagedSaveDefineXML")
    public void managedSaveDefineXml(String dxml, Set<DomainSaveRestoreFlags> flags) {
        Objects.requireNonNull(dxml, "dxml");
        int f = BitFlag.mask(flags);
        callInt("virDomainManagedSaveDefineXML", p -> CDomain.virDomainManagedSaveDefineXML(p, dxml, f));
    }

    /**
     * Dumps the guest's memory to a file, for analysis.
     *
     * <p>Wraps {@code virDomainCoreDump}.
     *
     * @param to the file to write
     * @param flags options ({@link DomainCoreDumpFlags#LIVE}, {@link DomainCoreDumpFlags#CRASH}, ...)
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainCoreDump">virDomainCoreDump</a>
     */
    @Wraps("virDomainCoreDump")
    public void coreDump(String to, Set<DomainCoreDumpFlags> flags) {
        Objects.requireNonNull(to, "to");
        int f = BitFlag.mask(flags);
        callInt("virDomainCoreDump", p -> CDomain.virDomainCoreDump(p, to, f));
    }

    /**
     * Dumps the guest's memory to a file in a chosen format.
     *
     * <p>Wraps {@code virDomainCoreDumpWithFormat}.
     *
     * @param to the file to write
     * @param format the file's format
     * @param flags options
     * @throws IllegalArgumentException when {@code format} is {@link DomainCoreDumpFormat#UNKNOWN}
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainCoreDumpWithFormat">virDomainCoreDumpWithFormat</a>
     */
    @Wraps("virDomainCoreDumpWithFormat")
    public void coreDumpWithFormat(String to, DomainCoreDumpFormat format, Set<DomainCoreDumpFlags> flags) {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(format, "format");
        if (format == DomainCoreDumpFormat.UNKNOWN) {
            throw new IllegalArgumentException("not a dump format: UNKNOWN");
        }
        int f = BitFlag.mask(flags);
        callInt("virDomainCoreDumpWithFormat", p -> CDomain.virDomainCoreDumpWithFormat(p, to, format.value(), f));
    }
}
