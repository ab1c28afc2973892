/**
 * Benchmarks of the live model (ui-core's {@code LiveConnection}), run by {@code bench/run.sh model}:
 * event latency through a private libvirtd ({@link org.virtfx.bench.model.EventLatency}) and the
 * cost of a poll tick on the JavaFX and worker threads with thousands of domains
 * ({@link org.virtfx.bench.model.TickCost}). Plain programs, no JMH: they report latency
 * distributions, not averages.
 *
 * <p>No JavaFX toolkit is started: {@link org.virtfx.bench.model.FxStandIn}, a single-thread
 * executor, stands in for the JavaFX thread and times each task, so the figures are the model's
 * cost without any rendering.
 */
package org.virtfx.bench.model;
