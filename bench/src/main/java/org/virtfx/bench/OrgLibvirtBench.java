package org.virtfx.bench;

import java.util.concurrent.TimeUnit;
import org.libvirt.Connect;
import org.libvirt.Domain;
import org.libvirt.DomainInfo;
import org.libvirt.LibvirtException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The calls of {@link VirtFxBench} through the official Java binding, {@code org.libvirt}.
 * It has no {@code virConnectGetAllDomainStats}, so that row is n/a.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class OrgLibvirtBench {

    private Connect conn;
    private Domain domain;

    /**
     * Opens the connection and looks up the domain kept across iterations.
     *
     * @throws LibvirtException when libvirt fails
     */
    @Setup(Level.Trial)
    public void open() throws LibvirtException {
        conn = new Connect(TestDriverXml.uri());
        domain = conn.domainLookupByName(TestDriverXml.FIRST_DOMAIN);
    }

    /**
     * Frees the domain and closes the connection.
     *
     * @throws LibvirtException when libvirt fails
     */
    @TearDown(Level.Trial)
    public void close() throws LibvirtException {
        domain.free();
        conn.close();
    }

    /** {@code virConnectNumOfDomains}. @return the count @throws LibvirtException when libvirt fails */
    @Benchmark
    public int numOfDomains() throws LibvirtException {
        return conn.numOfDomains();
    }

    /** {@code virDomainGetInfo} on a kept handle. @return the info @throws LibvirtException when libvirt fails */
    @Benchmark
    public DomainInfo getInfo() throws LibvirtException {
        return domain.getInfo();
    }

    /**
     * {@code virConnectListAllDomains}, then every handle freed.
     *
     * @return the count
     * @throws LibvirtException when libvirt fails
     */
    @Benchmark
    public int listAllDomains() throws LibvirtException {
        Domain[] all = conn.listAllDomains(0);
        for (Domain d : all) {
            d.free();
        }
        return all.length;
    }

    /**
     * {@code virDomainLookupByName} of an existing name, then {@code virDomainFree}.
     *
     * @return 1
     * @throws LibvirtException when libvirt fails
     */
    @Benchmark
    public int lookupByName() throws LibvirtException {
        Domain d = conn.domainLookupByName(TestDriverXml.FIRST_DOMAIN);
        d.free();
        return 1;
    }

    /** {@code virDomainLookupByName} of a missing name: the error path. @return the exception */
    @Benchmark
    public Object failedLookup() {
        try {
            Domain d = conn.domainLookupByName(TestDriverXml.MISSING_DOMAIN);
            throw new IllegalStateException("found " + d);
        } catch (LibvirtException e) {
            return e;
        }
    }
}
