package org.virtfx.libvirt;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

/**
 * Every C struct the binding reads or writes at computed offsets, as pairs of a C expression
 * ({@code offsetof}/{@code sizeof}) and the constant the binding's code uses for it.
 * {@link StructLayoutIT} has a C compiler evaluate the expressions and compares.
 *
 * <p>Values are read by reflection from the very constants the code reads memory with, so a test
 * that passes proves the code, not a copy of it.
 */
final class StructLayouts {
    /** One offset or size: the C expression and how to get the binding's value for it. */
    record Check(String c, String where, Value value) {
    }

    /** The binding's value of one check. */
    @FunctionalInterface
    interface Value {
        long get() throws ReflectiveOperationException;
    }

    private final List<Check> checks = new ArrayList<>();

    private StructLayouts() {
    }

    /** @return every check, in a stable order */
    static List<Check> all() {
        StructLayouts s = new StructLayouts();
        s.errorsAndParams();
        s.domain();
        s.domainStats();
        s.guest();
        s.host();
        s.storageAndNetwork();
        s.authAndEvents();
        return List.copyOf(s.checks);
    }

    private void errorsAndParams() {
        struct("virError", ErrorCapture.class, "SIZE", "code", "CODE", "domain", "DOMAIN", "message", "MESSAGE",
                "level", "LEVEL");
        struct("virTypedParameter", TypedParamsCodec.class, "SIZE", "field", "FIELD", "type", "TYPE", "value",
                "VALUE");
    }

    private void domain() {
        struct("virDomainInfo", DomainBase.class, "INFO_SIZE", "state", "INFO_STATE", "maxMem", "INFO_MAX_MEM",
                "memory", "INFO_MEMORY", "nrVirtCpu", "INFO_NR_VIRT_CPU", "cpuTime", "INFO_CPU_TIME");
        struct("virDomainJobInfo", DomainJobInfo.class, "SIZE", "type", "TYPE");
        // DomainJobInfo reads the eleven counters as one long[] starting at FIRST_COUNTER.
        String[] counters = {"timeElapsed", "timeRemaining", "dataTotal", "dataProcessed", "dataRemaining",
            "memTotal", "memProcessed", "memRemaining", "fileTotal", "fileProcessed", "fileRemaining"};
        for (int k = 0; k < counters.length; k++) {
            int index = k;
            add("offsetof(virDomainJobInfo, " + counters[k] + ")", "DomainJobInfo.FIRST_COUNTER + 8 * " + k,
                    () -> constant(DomainJobInfo.class, "FIRST_COUNTER") + 8L * index);
        }
        add("sizeof(((virDomainJobInfo *) 0)->timeElapsed) * " + counters.length, "DomainJobInfo.COUNTERS * 8",
                () -> constant(DomainJobInfo.class, "COUNTERS") * 8);
        struct("virDomainBlockJobInfo", DomainBlockJobInfo.class, "SIZE", "type", "TYPE", "bandwidth", "BANDWIDTH",
                "cur", "CUR", "end", "END");
        struct("virVcpuInfo", CpuPinning.class, "VCPU_SIZE", "number", "VCPU_NUMBER", "state", "VCPU_STATE",
                "cpuTime", "VCPU_CPU_TIME", "cpu", "VCPU_CPU");
        struct("virDomainIOThreadInfo", CpuPinning.class, null, "iothread_id", "IOT_ID", "cpumap", "IOT_CPUMAP",
                "cpumaplen", "IOT_CPUMAPLEN");
        struct("virDomainStatsRecord", DomainStatsRecords.class, "SIZE", "dom", "DOM", "params", "PARAMS",
                "nparams", "NPARAMS");
    }

    private void domainStats() {
        // DomainStatsStructs reads these three all-64-bit structs field k at 8 * k.
        eightByteFields("virDomainBlockStatsStruct", "BLOCK_STATS_SIZE",
                "rd_req", "rd_bytes", "wr_req", "wr_bytes", "errs");
        eightByteFields("virDomainInterfaceStatsStruct", "INTERFACE_STATS_SIZE",
                "rx_bytes", "rx_packets", "rx_errs", "rx_drop", "tx_bytes", "tx_packets", "tx_errs", "tx_drop");
        eightByteFields("virDomainBlockInfo", "BLOCK_INFO_SIZE", "capacity", "allocation", "physical");
        struct("virDomainMemoryStatStruct", DomainStatsStructs.class, "MEM_SIZE", "tag", "MEM_TAG", "val",
                "MEM_VAL");
        struct("virDomainDiskError", DomainStatsStructs.class, "DISK_ERR_SIZE", "disk", "DISK_ERR_DISK", "error",
                "DISK_ERR_ERROR");
        struct("virDomainControlInfo", DomainStatsStructs.class, "CTL_SIZE", "state", "CTL_STATE", "details",
                "CTL_DETAILS", "stateTime", "CTL_TIME");
        struct("virSecurityLabel", DomainStatsStructs.class, "LABEL_SIZE", "label", "LABEL_LABEL", "enforcing",
                "LABEL_ENFORCING");
        add("VIR_SECURITY_LABEL_BUFLEN", "DomainStatsStructs.LABEL_BUFLEN",
                () -> constant(DomainStatsStructs.class, "LABEL_BUFLEN"));
    }

    private void guest() {
        struct("virDomainFSInfo", GuestStructs.class, null, "mountpoint", "FS_MOUNTPOINT", "name", "FS_NAME",
                "fstype", "FS_FSTYPE", "ndevAlias", "FS_NDEVALIAS", "devAlias", "FS_DEVALIAS");
        struct("virDomainInterface", GuestStructs.class, null, "name", "IF_NAME", "hwaddr", "IF_HWADDR", "naddrs",
                "IF_NADDRS", "addrs", "IF_ADDRS");
        struct("virDomainIPAddress", GuestStructs.class, "IP_SIZE", "type", "IP_TYPE", "addr", "IP_ADDR", "prefix",
                "IP_PREFIX");
    }

    private void host() {
        struct("virNodeInfo", NodeInfo.class, "SIZE", "model", "MODEL", "memory", "MEMORY", "cpus", "CPUS", "mhz",
                "MHZ", "nodes", "NODES", "sockets", "SOCKETS", "cores", "CORES", "threads", "THREADS");
        add("sizeof(((virNodeInfo *) 0)->model)", "NodeInfo.MODEL_LENGTH",
                () -> constant(NodeInfo.class, "MODEL_LENGTH"));
        // NodeStats reads both node statistics structs with one layout.
        for (String s : List.of("virNodeCPUStats", "virNodeMemoryStats")) {
            struct(s, NodeStats.class, "SIZE", "field", "FIELD", "value", "VALUE");
            add("sizeof(((" + s + " *) 0)->field)", "NodeStats.FIELD_LENGTH",
                    () -> constant(NodeStats.class, "FIELD_LENGTH"));
        }
        struct("virSecurityModel", SecurityModel.class, "SIZE", "model", "MODEL", "doi", "DOI");
        add("VIR_SECURITY_MODEL_BUFLEN", "SecurityModel.MODEL_BUFLEN",
                () -> constant(SecurityModel.class, "MODEL_BUFLEN"));
        add("VIR_SECURITY_DOI_BUFLEN", "SecurityModel.DOI_BUFLEN", () -> constant(SecurityModel.class, "DOI_BUFLEN"));
    }

    private void storageAndNetwork() {
        struct("virStoragePoolInfo", StoragePool.class, "INFO_SIZE", "state", "INFO_STATE", "capacity",
                "INFO_CAPACITY", "allocation", "INFO_ALLOCATION", "available", "INFO_AVAILABLE");
        struct("virStorageVolInfo", StorageVol.class, "INFO_SIZE", "type", "INFO_TYPE", "capacity", "INFO_CAPACITY",
                "allocation", "INFO_ALLOCATION");
        struct("virNetworkDHCPLease", NetworkLeases.class, "SIZE", "iface", "IFACE", "expirytime", "EXPIRY_TIME",
                "type", "TYPE", "mac", "MAC", "iaid", "IAID", "ipaddr", "IP_ADDR", "prefix", "PREFIX", "hostname",
                "HOSTNAME", "clientid", "CLIENT_ID");
    }

    private void authAndEvents() {
        struct("virConnectAuth", ConnectAuth.class, "SIZE", "credtype", "CREDTYPE", "ncredtype", "NCREDTYPE", "cb",
                "CB");
        struct("virConnectCredential", ConnectAuth.class, "C_SIZE", "type", "C_TYPE", "prompt", "C_PROMPT",
                "challenge", "C_CHALLENGE", "defresult", "C_DEFRESULT", "result", "C_RESULT", "resultlen",
                "C_RESULTLEN");
        struct("virDomainEventGraphicsAddress", DomainEventGraphicsAddress.class, null, "family", "FAMILY", "node",
                "NODE", "service", "SERVICE");
        struct("virDomainEventGraphicsSubject", DomainEventGraphicsAddress.class, null, "nidentity", "S_COUNT",
                "identities", "S_IDENTITIES");
        struct("virDomainEventGraphicsSubjectIdentity", DomainEventGraphicsAddress.class, "I_SIZE", "type", "I_TYPE",
                "name", "I_NAME");
    }

    /**
     * Adds a struct's size (unless {@code size} is null: the code never needs it) and its fields.
     *
     * @param fieldsAndConstants C field name, then the binding's constant, repeated
     */
    private void struct(String struct, Class<?> owner, String size, String... fieldsAndConstants) {
        if (size != null) {
            add("sizeof(" + struct + ")", owner.getSimpleName() + "." + size, () -> constant(owner, size));
        }
        for (int i = 0; i < fieldsAndConstants.length; i += 2) {
            String constant = fieldsAndConstants[i + 1];
            add("offsetof(" + struct + ", " + fieldsAndConstants[i] + ")", owner.getSimpleName() + "." + constant,
                    () -> constant(owner, constant));
        }
    }

    private void eightByteFields(String struct, String size, String... fields) {
        add("sizeof(" + struct + ")", "DomainStatsStructs." + size, () -> constant(DomainStatsStructs.class, size));
        for (int k = 0; k < fields.length; k++) {
            int index = k;
            add("offsetof(" + struct + ", " + fields[k] + ")", "8 * " + k, () -> 8L * index);
        }
    }

    private void add(String c, String where, Value value) {
        checks.add(new Check(c, where, value));
    }

    /** Reads a static numeric constant, private or not, of a binding class. */
    static long constant(Class<?> owner, String name) throws ReflectiveOperationException {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return ((Number) f.get(null)).longValue();
    }
}
