package org.virtfx.libvirt;

import com.sun.jna.Pointer;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.virtfx.libvirt.internal.Scratch;

/**
 * Block jobs: long-running operations on one disk (commit, copy, pull, rebase) and their
 * progress, speed and end; and disk resizing.
 *
 * <p>One layer of {@link Domain}'s API, split from {@link DomainJobs} to keep files small: the
 * methods are public and reached through {@code Domain}. A {@code disk} argument is the disk's
 * target ({@code vda}) or its source path. Thread-safe.
 */
abstract class DomainBlockJobs extends DomainMigration {

    DomainBlockJobs(Pointer pointer) {
        super(pointer);
    }

    /**
     * Starts merging a disk's backing-chain images from {@code top} down into {@code base}.
     *
     * <p>Wraps {@code virDomainBlockCommit}.
     *
     * @param disk the disk
     * @param base the image to commit into, or null for the chain's deepest image
     * @param top the image to commit from, or null for the active image's parent
     * @param bandwidth the speed limit in MiB/s (bytes/s with
     *     {@link DomainBlockCommitFlags#BANDWIDTH_BYTES}), or 0 for none
     * @param flags options
     * @throws IllegalArgumentException when {@code bandwidth} is negative
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainBlockCommit">virDomainBlockCommit</a>
     */
    @Wraps("virDomainBlockCommit")
    public void blockCommit(String disk, String base, String top, long bandwidth, Set<DomainBlockCommitFlags> flags) {
        Objects.requireNonNull(disk, "disk");
        requireNonNegative(bandwidth, "bandwidth");
        int f = BitFlag.mask(flags);
        callInt("virDomainBlockCommit", p -> CDomain.virDomainBlockCommit(p, disk, base, top, bandwidth, f));
    }

    /**
     * Starts copying a disk to a new destination, which then mirrors it until the job ends.
     *
     * <p>Wraps {@code virDomainBlockCopy}.
     *
     * @param disk the disk
     * @param destXml the destination, as a {@code <disk>} element
     * @param params tuning ({@code bandwidth}, {@code granularity}, {@code buf-size}); may be empty
     * @param flags options
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainBlockCopy">virDomainBlockCopy</a>
     */
    @Wraps("virDomainBlockCopy")
    public void blockCopy(String disk, String destXml, TypedParams params, Set<DomainBlockCopyFlags> flags) {
        Objects.requireNonNull(disk, "disk");
        Objects.requireNonNull(destXml, "destXml");
        Objects.requireNonNull(params, "params");
        int f = BitFlag.mask(flags);
        try (TypedParamsCodec.Packed packed = TypedParamsCodec.pack(params)) {
            callInt("virDomainBlockCopy",
                    p -> CDomain.virDomainBlockCopy(p, disk, destXml, packed.pointer(), packed.count(), f));
        }
    }

    /**
     * Starts pulling the backing images' data into a disk's active image.
     *
     * <p>Wraps {@code virDomainBlockPull}.
     *
     * @param disk the disk
     * @param bandwidth the speed limit in MiB/s (bytes/s with {@link DomainBlockPullFlags#BANDWIDTH_BYTES}),
     *     or 0 for none
     * @param flags options
     * @throws IllegalArgumentException when {@code bandwidth} is negative
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainBlockPull">virDomainBlockPull</a>
     */
    @Wraps("virDomainBlockPull")
    public void blockPull(String disk, long bandwidth, Set<DomainBlockPullFlags> flags) {
        Objects.requireNonNull(disk, "disk");
        requireNonNegative(bandwidth, "bandwidth");
        int f = BitFlag.mask(flags);
        callInt("virDomainBlockPull", p -> CDomain.virDomainBlockPull(p, disk, bandwidth, f));
    }

    /**
     * Starts pulling the data above {@code base} into a disk's active image (or, with
     * {@link DomainBlockRebaseFlags#COPY}, copying the disk to {@code base}).
     *
     * <p>Wraps {@code virDomainBlockRebase}.
     *
     * @param disk the disk
     * @param base the new backing image, or null to pull everything
     * @param bandwidth the speed limit in MiB/s (bytes/s with
     *     {@link DomainBlockRebaseFlags#BANDWIDTH_BYTES}), or 0 for none
     * @param flags options
     * @throws IllegalArgumentException when {@code bandwidth} is negative
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainBlockRebase">virDomainBlockRebase</a>
     */
    @Wraps("virDomainBlockRebase")
    public void blockRebase(String disk, String base, long bandwidth, Set<DomainBlockRebaseFlags> flags) {
        Objects.requireNonNull(disk, "disk");
        requireNonNegative(bandwidth, "bandwidth");
        int f = BitFlag.mask(flags);
        callInt("virDomainBlockRebase", p -> CDomain.virDomainBlockRebase(p, disk, base, bandwidth, f));
    }

    /**
     * Resizes a disk of a running domain.
     *
     * <p>Wraps {@code virDomainBlockResize}.
     *
     * @param disk the disk
     * @param size the new size in KiB (bytes with {@link DomainBlockResizeFlags#BYTES})
     * @param flags options
     * @throws IllegalArgumentException when {@code size} is negative
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainBlockResize">virDomainBlockResize</a>
     */
    @Wraps("virDomainBlockResize")
    public void blockResize(String disk, long size, Set<DomainBlockResizeFlags> flags) {
        Objects.requireNonNull(disk, "disk");
        requireNonNegative(size, "size");
        int f = BitFlag.mask(flags);
        callInt("virDomainBlockResize", p -> CDomain.virDomainBlockResize(p, disk, size, f));
    }

    /**
     * Returns the progress of the block job on a disk.
     *
     * <p>Wraps {@code virDomainGetBlockJobInfo}.
     *
     * @param disk the disk
     * @param flags {@link DomainBlockJobInfoFlags#BANDWIDTH_BYTES} for the bandwidth in bytes/s
     * @return the job's progress, or empty when no block job runs on the disk
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainGetBlockJobInfo">virDomainGetBlockJobInfo</a>
     */
    @Wraps("virDomainGetBlockJobInfo")
    public Optional<DomainBlockJobInfo> getBlockJobInfo(String disk, Set<DomainBlockJobInfoFlags> flags) {
        Objects.requireNonNull(disk, "disk");
        int f = BitFlag.mask(flags);
        return call(p -> {
            Pointer info = Scratch.get(DomainBlockJobInfo.SIZE);
            int rc = ErrorCapture.check(CDomain.virDomainGetBlockJobInfo(p, disk, info, f), "virDomainGetBlockJobInfo");
            return rc == 0 ? Optional.empty() : Optional.of(DomainBlockJobInfo.read(info));
        });
    }

    /**
     * Cancels the block job on a disk, or with {@link DomainBlockJobAbortFlags#PIVOT} ends a copy
     * or active commit by switching to the new image.
     *
     * <p>Wraps {@code virDomainBlockJobAbort}.
     *
     * @param disk the disk
     * @param flags options
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainBlockJobAbort">virDomainBlockJobAbort</a>
     */
    @Wraps("virDomainBlockJobAbort")
    public void blockJobAbort(String disk, Set<DomainBlockJobAbortFlags> flags) {
        Objects.requireNonNull(disk, "disk");
        int f = BitFlag.mask(flags);
        callInt("virDomainBlockJobAbort", p -> CDomain.virDomainBlockJobAbort(p, disk, f));
    }

    /**
     * Changes the speed limit of the block job on a disk.
     *
     * <p>Wraps {@code virDomainBlockJobSetSpeed}.
     *
     * @param disk the disk
     * @param bandwidth the limit in MiB/s (bytes/s with {@link DomainBlockJobSetSpeedFlags#BYTES}),
     *     or 0 for none
     * @param flags options
     * @throws IllegalArgumentException when {@code bandwidth} is negative
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainBlockJobSetSpeed">virDomainBlockJobSetSpeed</a>
     */
    @Wraps("virDomainBlockJobSetSpeed")
    public void blockJobSetSpeed(String disk, long bandwidth, Set<DomainBlockJobSetSpeedFlags> flags) {
        Objects.requireNonNull(disk, "disk");
        requireNonNegative(bandwidth, "bandwidth");
        int f = BitFlag.mask(flags);
        callInt("virDomainBlockJobSetSpeed", p -> CDomain.virDomainBlockJobSetSpeed(p, disk, bandwidth, f));
    }
}
