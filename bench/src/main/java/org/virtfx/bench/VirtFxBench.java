package org.virtfx.bench;

import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.virtfx.libvirt.Connect;
import org.virtfx.libvirt.Domain;
import org.virtfx.libvirt.DomainInfo;
import org.virtfx.libvirt.DomainStatsList;
import org.virtfx.libvirt.DomainStatsRecord;
import org.virtfx.libvirt.DomainStatsTypes;
import org.virtfx.libvirt.HandleList;
import org.virtfx.libvirt.LibvirtException;

/**
 * Call costs of the VirtFX binding against the in-process test driver with
 * {@value TestDriverXml#DOMAINS} domains; {@link OrgLibvirtBench} and {@code bench/c/bench.c} do
 * the same calls.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class VirtFxBench {

    private static final Set<DomainStatsTypes> STATE = Set.of(DomainStatsTypes.STATE);

    private Connect conn;
    private Domain domain;

    /** Opens the connection and looks up the domain kept across iterations. */
    @Setup(Level.Trial)
    public void open() {
        conn = Connect.open(TestDriverXml.uri());
        domain = conn.lookupDomainByName(TestDriverXml.FIRST_DOMAIN);
    }

    /** Frees the domain and closes the connection. */
    @TearDown(Level.Trial)
    public void close() {
        domain.close();
        conn.close();
    }

    /** {@code virConnectNumOfDomains}. @return the count */
    @Benchmark
    public int numOfDomains() {
        return conn.numOfDomains();
    }

    /** {@code virDomainGetInfo} on a kept handle. @return the info */
    @Benchmark
    public DomainInfo getInfo() {
        return domain.getInfo();
    }

    /** {@code virConnectListAllDomains}, then every handle freed. @return the count */
    @Benchmark
    public int listAllDomains() {
        try (HandleList<Domain> list = conn.listAllDomains()) {
            return list.size();
        }
    }

    /** {@code virConnectGetAllDomainStats} with the state group, records with handles. @return the count */
    @Benchmark
    public int getAllDomainStats() {
        try (DomainStatsList list = conn.getAllDomainStats(STATE)) {
            return list.size();
        }
    }

    /**
     * As {@link #getAllDomainStats()}, and every record's {@code domain()} handle asked for: the
     * cost of a caller that uses all the handles (they are made on demand).
     *
     * @return a sum that keeps the handles alive
     */
    @Benchmark
    public int getAllDomainStatsEveryHandle() {
        try (DomainStatsList list = conn.getAllDomainStats(STATE)) {
            int n = 0;
            for (DomainStatsRecord r : list) {
                n += r.domain() != null ? 1 : 0;
            }
            return n;
        }
    }

    /** As {@link #getAllDomainStats()}, records named instead of holding handles. @return the count */
    @Benchmark
    public int getAllDomainStatsNamed() {
        try (DomainStatsList list = conn.getAllDomainStatsNamed(STATE, Set.of())) {
            return list.size();
        }
    }

    /** {@code virDomainLookupByName} of an existing name, then {@code virDomainFree}. @return 1 while the handle is open */
    @Benchmark
    public int lookupByName() {
        try (Domain d = conn.lookupDomainByName(TestDriverXml.FIRST_DOMAIN)) {
            return d.isClosed() ? 0 : 1;
        }
    }

    /** {@code virDomainLookupByName} of a missing name: the error path. @return the exception */
    @Benchmark
    public Object failedLookup() {
        try (Domain d = conn.lookupDomainByName(TestDriverXml.MISSING_DOMAIN)) {
            throw new IllegalStateException("found " + d);
        } catch (LibvirtException e) {
            return e;
        }
    }
}
