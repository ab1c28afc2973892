/**
 * Graph history for the live model: per-second rates computed from libvirt's growing counters,
 * kept in fixed-size rings of primitive doubles.
 *
 * <p>Plain Java, no JavaFX and no libvirt calls, so every rule is unit-tested with numbers. The
 * flow is: the connection worker reads one {@link org.virtfx.ui.core.history.DomainSample} per
 * domain (and one {@link org.virtfx.ui.core.history.HostSample}) from each bulk stats call; a
 * worker-confined {@link org.virtfx.ui.core.history.DomainRates} (or
 * {@link org.virtfx.ui.core.history.HostRates}) turns it into an immutable point; the point
 * crosses to the JavaFX thread and is appended to that object's
 * {@link org.virtfx.ui.core.history.DomainHistory} (or
 * {@link org.virtfx.ui.core.history.HostHistory}).
 *
 * <p>Counters are treated the way Prometheus' {@code rate()} treats them: a counter that went down
 * was reset (the guest's QEMU process restarted), and counts from zero during the interval. An
 * absent value is {@code -1} in a sample and {@code NaN} in a point: a gap in the graph, not a
 * zero.
 */
package org.virtfx.ui.core.history;
