/**
 * Scrolling at scale, run by {@code bench/run.sh scroll} ({@code bench/scroll.sh}): the real
 * VirtFX under Xvfb with the app's scroll probe ({@code org.virtfx.app.probe.ScrollProbe}) on
 * generated test-driver files, and a plain JavaFX tree table of as many rows scrolled by the same
 * probe ({@link org.virtfx.bench.scroll.PlainTable}) as the baseline; {@link
 * org.virtfx.bench.scroll.ScrollTable} turns the probes' lines into one Markdown table.
 */
package org.virtfx.bench.scroll;
