/**
 * Measuring probes that a benchmark switches on with a system property: {@link
 * org.virtfx.app.probe.ScrollProbe} scrolls the manager window's domain tree the way a user does
 * and reports the intervals between the frames. They change nothing when switched off.
 */
package org.virtfx.app.probe;
