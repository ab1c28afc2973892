package org.virtfx.libvirt;

import com.sun.jna.Pointer;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import org.virtfx.libvirt.internal.Scratch;
import org.virtfx.libvirt.internal.StructLayout;

/**
 * Migration: moving a domain to another host, and its tuning (speed, downtime, compression
 * cache, post-copy).
 *
 * <p>One layer of {@link Domain}'s API, split from {@link DomainJobs} to keep files small: the
 * methods are public and reached through {@code Domain}. Thread-safe.
 */
abstract class DomainMigration extends DomainGuest {

    DomainMigration(Pointer pointer) {
        super(pointer);
    }

    /**
     * Migrates the domain to the host of another connection.
     *
     * <p>Wraps {@code virDomainMigrate}.
     *
     * @param dconn a connection to the destination host
     * @param flags how to migrate ({@link DomainMigrateFlags#LIVE}, ...)
     * @param dname the name on the destination, or null to keep the name
     * @param uri the hypervisor's migration URI, or null to let it choose
     * @param bandwidth the bandwidth limit in MiB/s, or 0 for none
     * @return the domain on the destination; the caller closes it
     * @throws IllegalArgumentException when {@code bandwidth} is negative
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainMigrate">virDomainMigrate</a>
     */
    @Wraps("virDomainMigrate")
    public Domain migrate(Connect dconn, Set<DomainMigrateFlags> flags, String dname, String uri, long bandwidth) {
        long f = migrateFlags(flags);
        requireNonNegative(bandwidth, "bandwidth");
        return migrateTo(dconn, "virDomainMigrate",
                (p, d) -> CDomain.virDomainMigrate(p, d, f, dname, uri, bandwidth));
    }

    /**
     * Migrates the domain to the host of another connection, with a changed XML description.
     *
     * <p>Wraps {@code virDomainMigrate2}.
     *
     * @param dconn a connection to the destination host
     * @param dxml the domain's XML for the destination (only host-specific changes), or null
     * @param flags how to migrate
     * @param dname the name on the destination, or null to keep the name
     * @param uri the hypervisor's migration URI, or null to let it choose
     * @param bandwidth the bandwidth limit in MiB/s, or 0 for none
     * @return the domain on the destination; the caller closes it
     * @throws IllegalArgumentException when {@code bandwidth} is negative
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainMigrate2">virDomainMigrate2</a>
     */
    @Wraps("virDomainMigrate2")
    public Domain migrate2(Connect dconn, String dxml, Set<DomainMigrateFlags> flags, String dname, String uri,
            long bandwidth) {
        long f = migrateFlags(flags);
        requireNonNegative(bandwidth, "bandwidth");
        return migrateTo(dconn, "virDomainMigrate2",
                (p, d) -> CDomain.virDomainMigrate2(p, d, dxml, f, dname, uri, bandwidth));
    }

    /**
     * Migrates the domain to the host of another connection, described by typed parameters.
     *
     * <p>Wraps {@code virDomainMigrate3}.
     *
     * @param dconn a connection to the destination host
     * @param params migration parameters ({@code VIR_MIGRATE_PARAM_*}: {@code migrate_uri},
     *     {@code destination_name}, {@code destination_xml}, {@code bandwidth}, ...)
     * @param flags how to migrate
     * @return the domain on the destination; the caller closes it
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainMigrate3">virDomainMigrate3</a>
     */
    @Wraps("virDomainMigrate3")
    public Domain migrate3(Connect dconn, TypedParams params, Set<DomainMigrateFlags> flags) {
        Objects.requireNonNull(params, "params");
        int f = BitFlag.mask(flags);
        try (TypedParamsCodec.Packed packed = TypedParamsCodec.pack(params)) {
            return migrateTo(dconn, "virDomainMigrate3",
                    (p, d) -> CDomain.virDomainMigrate3(p, d, packed.pointer(), packed.count(), f));
        }
    }

    /**
     * Migrates the domain to a destination URI, without a client connection to the destination.
     *
     * <p>Wraps {@code virDomainMigrateToURI}.
     *
     * @param duri with {@link DomainMigrateFlags#PEER2PEER}, the destination's libvirt URI;
     *     otherwise the hypervisor's migration URI
     * @param flags how to migrate
     * @param dname the name on the destination, or null to keep the name
     * @param bandwidth the bandwidth limit in MiB/s, or 0 for none
     * @throws IllegalArgumentException when {@code bandwidth} is negative
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainMigrateToURI">virDomainMigrateToURI</a>
     */
    @Wraps("virDomainMigrateToURI")
    public void migrateToUri(String duri, Set<DomainMigrateFlags> flags, String dname, long bandwidth) {
        Objects.requireNonNull(duri, "duri");
        long f = migrateFlags(flags);
        requireNonNegative(bandwidth, "bandwidth");
        callInt("virDomainMigrateToURI", p -> CDomain.virDomainMigrateToURI(p, duri, f, dname, bandwidth));
    }

    /**
     * Migrates the domain to a destination URI, with separate libvirt and migration URIs and a
     * changed XML description.
     *
     * <p>Wraps {@code virDomainMigrateToURI2}.
     *
     * @param dconnuri the destination's libvirt URI, for peer-to-peer migration, or null
     * @param miguri the hypervisor's migration URI, or null
     * @param dxml the domain's XML for the destination, or null
     * @param flags how to migrate
     * @param dname the name on the destination, or null to keep the name
     * @param bandwidth the bandwidth limit in MiB/s, or 0 for none
     * @throws IllegalArgumentException when {@code bandwidth} is negative
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainMigrateToURI2">virDomainMigrateToURI2</a>
     */
    @Wraps("virDomainMigrateToURI2")
    public void migrateToUri2(String dconnuri, String miguri, String dxml, Set<DomainMigrateFlags> flags,
            String dname, long bandwidth) {
        long f = migrateFlags(flags);
        requireNonNegative(bandwidth, "bandwidth");
        callInt("virDomainMigrateToURI2",
                p -> CDomain.virDomainMigrateToURI2(p, dconnuri, miguri, dxml, f, dname, bandwidth));
    }

    /**
     * Migrates the domain to a destination URI, described by typed parameters.
     *
     * <p>Wraps {@code virDomainMigrateToURI3}.
     *
     * @param dconnuri the destination's libvirt URI, for peer-to-peer migration, or null
     * @param params migration parameters ({@code VIR_MIGRATE_PARAM_*})
     * @param flags how to migrate
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainMigrateToURI3">virDomainMigrateToURI3</a>
     */
    @Wraps("virDomainMigrateToURI3")
    public void migrateToUri3(String dconnuri, TypedParams params, Set<DomainMigrateFlags> flags) {
        Objects.requireNonNull(params, "params");
        int f = BitFlag.mask(flags);
        try (TypedParamsCodec.Packed packed = TypedParamsCodec.pack(params)) {
            callInt("virDomainMigrateToURI3",
                    p -> CDomain.virDomainMigrateToURI3(p, dconnuri, packed.pointer(), packed.count(), f));
        }
    }

    /**
     * Returns the size of the cache for compressed migration (XBZRLE).
     *
     * <p>Wraps {@code virDomainMigrateGetCompressionCache}.
     *
     * @return the cache size in bytes
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainMigrateGetCompressionCache">virDomainMigrateGetCompressionCache</a>
     */
    @Wraps("virDomainMigrateGetCompressionCache")
    public long migrateGetCompressionCache() {
        return readLong("virDomainMigrateGetCompressionCache",
                (p, out) -> CDomain.virDomainMigrateGetCompressionCache(p, out, 0));
    }

    /**
     * Sets the size of the cache for compressed migration (XBZRLE).
     *
     * <p>Wraps {@code virDomainMigrateSetCompressionCache}.
     *
     * @param cacheSize the cache size in bytes
     * @throws IllegalArgumentException when {@code cacheSize} is negative
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainMigrateSetCompressionCache">virDomainMigrateSetCompressionCache</a>
     */
    @Wraps("virDomainMigrateSetCompressionCache")
    public void migrateSetCompressionCache(long cacheSize) {
        requireNonNegative(cacheSize, "cacheSize");
        callInt("virDomainMigrateSetCompressionCache",
                p -> CDomain.virDomainMigrateSetCompressionCache(p, cacheSize, 0));
    }

    /**
     * Returns the longest time the domain may be paused at the end of a live migration.
     *
     * <p>Wraps {@code virDomainMigrateGetMaxDowntime}.
     *
     * @return the downtime in milliseconds
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainMigrateGetMaxDowntime">virDomainMigrateGetMaxDowntime</a>
     */
    @Wraps("virDomainMigrateGetMaxDowntime")
    public long migrateGetMaxDowntime() {
        return readLong("virDomainMigrateGetMaxDowntime",
                (p, out) -> CDomain.virDomainMigrateGetMaxDowntime(p, out, 0));
    }

    /**
     * Sets the longest time the domain may be paused at the end of a live migration; call it
     * while the migration runs.
     *
     * <p>Wraps {@code virDomainMigrateSetMaxDowntime}.
     *
     * @param downtimeMs the downtime in milliseconds
     * @throws IllegalArgumentException when {@code downtimeMs} is negative
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainMigrateSetMaxDowntime">virDomainMigrateSetMaxDowntime</a>
     */
    @Wraps("virDomainMigrateSetMaxDowntime")
    public void migrateSetMaxDowntime(long downtimeMs) {
        requireNonNegative(downtimeMs, "downtimeMs");
        callInt("virDomainMigrateSetMaxDowntime", p -> CDomain.virDomainMigrateSetMaxDowntime(p, downtimeMs, 0));
    }

    /**
     * Returns the migration bandwidth limit of the pre-copy phase.
     *
     * @return the limit in MiB/s
     * @see #migrateGetMaxSpeed(Set)
     */
    public long migrateGetMaxSpeed() {
        return migrateGetMaxSpeed(Set.of());
    }

    /**
     * Returns the migration bandwidth limit.
     *
     * <p>Wraps {@code virDomainMigrateGetMaxSpeed}.
     *
     * @param flags {@link DomainMigrateMaxSpeedFlags#POSTCOPY} for the post-copy phase's limit
     * @return the limit in MiB/s
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainMigrateGetMaxSpeed">virDomainMigrateGetMaxSpeed</a>
     */
    @Wraps("virDomainMigrateGetMaxSpeed")
    public long migrateGetMaxSpeed(Set<DomainMigrateMaxSpeedFlags> flags) {
        int f = BitFlag.mask(flags);
        return call(p -> {
            Pointer out = Scratch.get(8);
            ErrorCapture.check(CDomain.virDomainMigrateGetMaxSpeed(p, out, f), "virDomainMigrateGetMaxSpeed");
            return StructLayout.readUnsignedLong(out, 0); // unsigned long *
        });
    }

    /**
     * Sets the migration bandwidth limit of the pre-copy phase.
     *
     * @param bandwidth the limit in MiB/s
     * @see #migrateSetMaxSpeed(long, Set)
     */
    public void migrateSetMaxSpeed(long bandwidth) {
        migrateSetMaxSpeed(bandwidth, Set.of());
    }

    /**
     * Sets the migration bandwidth limit.
     *
     * <p>Wraps {@code virDomainMigrateSetMaxSpeed}.
     *
     * @param bandwidth the limit in MiB/s
     * @param flags {@link DomainMigrateMaxSpeedFlags#POSTCOPY} for the post-copy phase's limit
     * @throws IllegalArgumentException when {@code bandwidth} is negative
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainMigrateSetMaxSpeed">virDomainMigrateSetMaxSpeed</a>
     */
    @Wraps("virDomainMigrateSetMaxSpeed")
    public void migrateSetMaxSpeed(long bandwidth, Set<DomainMigrateMaxSpeedFlags> flags) {
        requireNonNegative(bandwidth, "bandwidth");
        int f = BitFlag.mask(flags);
        callInt("virDomainMigrateSetMaxSpeed", p -> CDomain.virDomainMigrateSetMaxSpeed(p, bandwidth, f));
    }

    /**
     * Switches a running migration (started with {@link DomainMigrateFlags#POSTCOPY}) to
     * post-copy mode.
     *
     * <p>Wraps {@code virDomainMigrateStartPostCopy}.
     *
     * @see <a href="https://libvirt.org/html/libvirt-libvirt-domain.html#virDomainMigrateStartPostCopy">virDomainMigrateStartPostCopy</a>
     */
    @Wraps("virDomainMigrateStartPostCopy")
    public void migrateStartPostCopy() {
        callInt("virDomainMigrateStartPostCopy", p -> CDomain.virDomainMigrateStartPostCopy(p, 0));
    }

    /** A call with one 8-byte out-parameter. */
    @FunctionalInterface
    interface OutCall {
        int call(Pointer self, Pointer out);
    }

    /** Runs a call that writes one {@code unsigned long long}, and reads it. */
    final long readLong(String function, OutCall call) {
        return call(p -> {
            Pointer out = Scratch.get(8);
            ErrorCapture.check(call.call(p, out), function);
            return out.getLong(0);
        });
    }

    /** The migration flags as C {@code unsigned long}. */
    static long migrateFlags(Set<DomainMigrateFlags> flags) {
        return Integer.toUnsignedLong(BitFlag.mask(flags));
    }

    static void requireNonNegative(long value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + value);
        }
    }

    private Domain migrateTo(Connect dconn, String function, BiFunction<Pointer, Pointer, Pointer> call) {
        Objects.requireNonNull(dconn, "dconn");
        return call(p -> {
            Pointer d = dconn.acquire();
            try {
                return new Domain(ErrorCapture.check(call.apply(p, d), function));
            } finally {
                dconn.release();
            }
        });
    }
}
