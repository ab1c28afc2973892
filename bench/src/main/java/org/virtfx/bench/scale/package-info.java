/**
 * The whole application at scale, run by {@code bench/run.sh scale} ({@code bench/scale.sh}): the
 * real VirtFX (and virt-manager, when installed) started on generated test-driver files with 10,
 * 1000 and 10,000 domains under Xvfb, timed until the manager window shows every row, then
 * sampled for resident memory and idle CPU ({@link org.virtfx.bench.scale.ScaleRun}).
 *
 * <p>Plain programs, no JMH: each run is a fresh process, so JVM start-up is part of what is
 * measured.
 */
package org.virtfx.bench.scale;
