/*
 * The VirtFX binding benchmarks in C: the same libvirt calls against the same test-driver file,
 * timed with clock_gettime(CLOCK_MONOTONIC). Each measurement warms up for three seconds, then runs
 * ROUNDS rounds of about one second each (as JMH with -wi 3 -w 1s -i 5 -r 1s) and prints the mean
 * time per call over the rounds with the standard deviation of the round means.
 *
 * Build: gcc -O2 -o bench bench.c -lvirt    Run: ./bench /abs/path/testdriver-1000.xml
 */
#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define ROUNDS 5
#define ROUND_NS 1000000000.0
#define WARMUP_NS 3000000000.0

static virConnectPtr conn;
static virDomainPtr domain;
static volatile long sink; /* keeps results alive, as JMH's Blackhole does */

/* Silences libvirt's default handler, which prints every error to stderr. */
static void quiet(void *opaque, virErrorPtr err) { (void) opaque; (void) err; }

static double now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e9 + ts.tv_nsec;
}

static void num_of_domains(void) { sink += virConnectNumOfDomains(conn); }

static void get_info(void) {
    virDomainInfo info;
    if (virDomainGetInfo(domain, &info) < 0) abort();
    sink += info.state;
}

static void list_all_domains(void) {
    virDomainPtr *doms = NULL;
    int n = virConnectListAllDomains(conn, &doms, 0);
    if (n < 0) abort();
    for (int i = 0; i < n; i++) virDomainFree(doms[i]);
    free(doms);
    sink += n;
}

static void get_all_domain_stats(void) {
    virDomainStatsRecordPtr *recs = NULL;
    int n = virConnectGetAllDomainStats(conn, VIR_DOMAIN_STATS_STATE, &recs, 0);
    if (n < 0) abort();
    virDomainStatsRecordListFree(recs);
    sink += n;
}

/* As get_all_domain_stats, and each record's name and raw UUID read, as a binding's records carry
 * them: the C floor of VirtFX's getAllDomainStatsNamed. */
static void get_all_domain_stats_named(void) {
    virDomainStatsRecordPtr *recs = NULL;
    unsigned char uuid[VIR_UUID_BUFLEN];
    int n = virConnectGetAllDomainStats(conn, VIR_DOMAIN_STATS_STATE, &recs, 0);
    if (n < 0) abort();
    for (int i = 0; i < n; i++) {
        const char *name = virDomainGetName(recs[i]->dom);
        if (!name || virDomainGetUUID(recs[i]->dom, uuid) < 0) abort();
        sink += (long) strlen(name) + uuid[0];
    }
    virDomainStatsRecordListFree(recs);
    sink += n;
}

/* A successful lookup of a domain by name, and its handle freed. */
static void lookup_by_name(void) {
    virDomainPtr d = virDomainLookupByName(conn, "bench-0000");
    if (!d) abort();
    sink += virDomainFree(d);
}

/* A failed lookup, its error copied out and reset, as a binding reads it for its exception. */
static void failed_lookup(void) {
    virDomainPtr d = virDomainLookupByName(conn, "no-such-domain");
    if (d) abort();
    virError err;
    memset(&err, 0, sizeof err);
    virCopyLastError(&err);
    sink += err.code + (long) strlen(err.message ? err.message : "");
    virResetError(&err);
    virResetLastError();
}

/* Runs op for about budget_ns and returns the mean time per call in ns. */
static double run_for(void (*op)(void), double budget_ns) {
    long calls = 0, batch = 1;
    double start = now_ns(), t = start;
    while (t - start < budget_ns) {
        for (long i = 0; i < batch; i++) op();
        calls += batch;
        if (batch < 1024) batch *= 2;
        t = now_ns();
    }
    return (t - start) / calls;
}

static void measure(const char *name, void (*op)(void)) {
    double mean[ROUNDS], sum = 0, var = 0;
    run_for(op, WARMUP_NS);
    for (int r = 0; r < ROUNDS; r++) { mean[r] = run_for(op, ROUND_NS); sum += mean[r]; }
    double avg = sum / ROUNDS;
    for (int r = 0; r < ROUNDS; r++) var += (mean[r] - avg) * (mean[r] - avg);
    printf("| %-24s | %12.3f | %10.3f |\n", name, avg / 1000.0, sqrt(var / (ROUNDS - 1)) / 1000.0);
    fflush(stdout);
}

int main(int argc, char **argv) {
    if (argc != 2) { fprintf(stderr, "usage: %s /abs/path/testdriver.xml\n", argv[0]); return 2; }
    char uri[4096];
    snprintf(uri, sizeof uri, "test://%s", argv[1]);
    virSetErrorFunc(NULL, quiet);
    conn = virConnectOpen(uri);
    if (!conn) { fprintf(stderr, "cannot open %s\n", uri); return 1; }
    domain = virDomainLookupByName(conn, "bench-0000");
    if (!domain) { fprintf(stderr, "no domain bench-0000\n"); return 1; }

    printf("| %-24s | %12s | %10s |\n", "operation", "C (us/op)", "sd (us)");
    printf("|--------------------------|--------------|------------|\n");
    measure("numOfDomains", num_of_domains);
    measure("getInfo", get_info);
    measure("listAllDomains", list_all_domains);
    measure("getAllDomainStats", get_all_domain_stats);
    measure("getAllDomainStatsNamed", get_all_domain_stats_named);
    measure("lookupByName", lookup_by_name);
    measure("failedLookup", failed_lookup);

    virDomainFree(domain);
    virConnectClose(conn);
    return sink == 42 ? 3 : 0;
}
